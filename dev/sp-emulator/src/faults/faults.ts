/** Settings of fault injection (see `EmulatorOptions.faults`). */
export interface FaultOptions {
  /** Share (0–1) of `_api` requests answered 429/503 before any processing. */
  rate: number;
  /** Statuses to answer with (default 429 and 503). */
  statuses?: number[];
  /** `Retry-After` seconds (default 1). */
  retryAfterSeconds?: number;
  /** Share (0–1) of `_api` requests whose connection is dropped without an answer. */
  dropRate?: number;
}

/** What to do with one request. */
export type FaultDecision =
  { kind: 'none' } | { kind: 'drop' } | { kind: 'status'; status: number; retryAfterSeconds: number };

/** Decides, per `_api` request, whether to inject a fault. */
export class FaultInjector {
  private readonly rate: number;
  private readonly dropRate: number;
  private readonly statuses: number[];
  private readonly retryAfterSeconds: number;

  constructor(
    options: FaultOptions | undefined,
    private readonly random: () => number = Math.random,
  ) {
    const clamp = (n: number | undefined): number =>
      typeof n === 'number' && Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
    this.rate = clamp(options?.rate);
    this.dropRate = clamp(options?.dropRate);
    this.statuses = options?.statuses && options.statuses.length > 0 ? [...options.statuses] : [429, 503];
    this.retryAfterSeconds = Math.max(0, Math.floor(options?.retryAfterSeconds ?? 1));
  }

  /** True when any fault can happen. */
  get enabled(): boolean {
    return this.rate > 0 || this.dropRate > 0;
  }

  /** Draws the fault (if any) for one request. */
  decide(): FaultDecision {
    if (this.dropRate > 0 && this.random() < this.dropRate) return { kind: 'drop' };
    if (this.rate > 0 && this.random() < this.rate) {
      const status = this.statuses[Math.floor(this.random() * this.statuses.length)] ?? 503;
      return { kind: 'status', status, retryAfterSeconds: this.retryAfterSeconds };
    }
    return { kind: 'none' };
  }
}
