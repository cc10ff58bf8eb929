import {
  DecisionRefusedError,
  decisionKey,
  type ApprovalDecision,
  type AuditSource,
  type Id,
} from '@devplan/core';

/** A recorded decision to finish: its completion (State, publication, audit), then its announcement. */
export interface CompletionJob {
  decision: ApprovalDecision;
  /** Who the audit entries name as having acted ('app' when the sweep finds the decision half done). */
  actorName: string;
  source: AuditSource;
  /**
   * True when the decision was recorded by the request that queues it (not found again by the sweep or a
   * repeated click): nothing can have announced it yet, so its announcement marker is not read first.
   */
  fresh?: boolean;
}

/** Settings of the completion queue; every one has a default. */
export interface CompletionQueueOptions {
  /** Jobs run at once (default 2): completion never takes the whole server from the clicks. */
  concurrency?: number;
  /** Waits before the retries of a failed job, in ms (default 500, 2,000, 5,000); then the sweep takes over. */
  retryDelaysMs?: readonly number[];
  /**
   * Whether decisions are being recorded now or were a moment ago: a job waits while they are, so a burst of
   * clicks is answered before the completions of the first clicks compete with it for the server and SharePoint.
   */
  busy?: () => boolean;
  /**
   * The longest a job waits for `busy` to clear, from when it was queued (default 1,500 ms): under a steady
   * stream of clicks, jobs queued longer ago start at once, so completions never fall further behind.
   */
  maxDeferMs?: number;
  /**
   * A second stage run after `work` succeeded, outside the concurrency slots and never retried here (the
   * announcement: Teams calls that may be slow must not hold back SharePoint completions); a failure or a
   * stage past `afterTimeoutMs` is logged and left to the sweep.
   */
  after?: (job: CompletionJob) => Promise<void>;
  /** The longest the second stage may take (default 10,000 ms). */
  afterTimeoutMs?: number;
  log?: (line: string) => void;
  /** The clock deferrals are measured with (epoch ms; default `Date.now`). */
  now?: () => number;
}

interface Entry {
  job: CompletionJob;
  /** When it was queued (epoch ms). */
  queuedAt: number;
  done: Promise<boolean>;
  settle: (finished: boolean) => void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The second stage of a completion job did not finish in time (it is left to the sweep). */
export class CompletionStageTimeoutError extends Error {
  override readonly name = 'CompletionStageTimeoutError';
  constructor(key: string, ms: number) {
    super(`the announcement of decision ${key} took longer than ${ms} ms`);
  }
}

/**
 * Finishes recorded decisions after the click is answered: one job per decision key (a second request for
 * a key already queued or running gets the same job), a few at a time, each retried a few times. Nothing here
 * is durable and nothing needs to be: the decision record is the commit point, every step of `work` is
 * idempotent, and the reminder sweep hands every decision a crash left half done (recorded on a submitted
 * follow-up, or completed but not announced) to this queue again.
 */
export class DecisionCompletionQueue {
  private readonly entries = new Map<string, Entry>();
  private readonly waiting: string[] = [];
  private running = 0;
  private held = false;
  private idleWaiters: (() => void)[] = [];
  private readonly concurrency: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly maxDeferMs: number;
  private readonly log: (line: string) => void;
  private readonly now: () => number;

  constructor(
    private readonly work: (job: CompletionJob) => Promise<void>,
    private readonly options: CompletionQueueOptions = {},
  ) {
    this.concurrency = Math.max(1, options.concurrency ?? 2);
    this.retryDelaysMs = options.retryDelaysMs ?? [500, 2000, 5000];
    this.maxDeferMs = options.maxDeferMs ?? 1500;
    this.log = options.log ?? ((line) => console.warn(line));
    this.now = options.now ?? Date.now;
  }

  /**
   * Queues a decision's completion once per decision key; resolves true when it finished, false when it was
   * refused (e.g. superseded) or failed every retry (logged; the sweep tries again). Never rejects.
   */
  enqueue(job: CompletionJob): Promise<boolean> {
    const key = decisionKey(job.decision.followUpId, job.decision.followUpVersion);
    const queued = this.entries.get(key);
    if (queued) return queued.done;
    let settle: (finished: boolean) => void = () => undefined;
    const done = new Promise<boolean>((resolve) => {
      settle = resolve;
    });
    this.entries.set(key, { job, queuedAt: this.now(), done, settle });
    this.waiting.push(key);
    this.pump();
    return done;
  }

  /** Whether a decision on the follow-up is queued or being finished here. */
  has(followUpId: Id): boolean {
    for (const entry of this.entries.values()) if (entry.job.decision.followUpId === followUpId) return true;
    return false;
  }

  /** When the job on the follow-up queued or running here is done (true: finished), or null when there is none. */
  whenDone(followUpId: Id): Promise<boolean> | null {
    for (const entry of this.entries.values())
      if (entry.job.decision.followUpId === followUpId) return entry.done;
    return null;
  }

  /** Jobs queued or running. */
  get size(): number {
    return this.entries.size;
  }

  /** Resolves once nothing is queued or running (at once when the queue is empty). */
  idle(): Promise<void> {
    if (this.entries.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Holds jobs that have not started (a maintenance window, or a test that looks at a decision recorded and
   * not yet completed); `release` starts them again.
   */
  hold(): void {
    this.held = true;
  }

  /** Starts the held jobs. */
  release(): void {
    this.held = false;
    this.pump();
  }

  private pump(): void {
    while (!this.held && this.running < this.concurrency && this.waiting.length > 0) {
      const key = this.waiting.shift()!;
      const entry = this.entries.get(key);
      if (!entry) continue;
      this.running++;
      void this.run(key, entry);
    }
  }

  private async run(key: string, entry: Entry): Promise<void> {
    let finished = false;
    try {
      const until = entry.queuedAt + this.maxDeferMs;
      while (this.options.busy?.() && this.now() < until) await sleep(10);
      finished = await this.attempt(key, entry.job);
    } finally {
      this.running--;
      this.pump();
    }
    try {
      if (finished && this.options.after) await this.second(key, entry.job);
    } catch (error) {
      finished = false;
      this.log(`[approvals] decision ${key} completed; ${(error as Error).message}: the sweep announces it`);
    } finally {
      this.entries.delete(key);
      entry.settle(finished);
      if (this.entries.size === 0) {
        const waiters = this.idleWaiters;
        this.idleWaiters = [];
        for (const resolve of waiters) resolve();
      }
    }
  }

  private async second(key: string, job: CompletionJob): Promise<void> {
    const ms = this.options.afterTimeoutMs ?? 10_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new CompletionStageTimeoutError(key, ms)), ms);
    });
    try {
      await Promise.race([this.options.after!(job), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async attempt(key: string, job: CompletionJob): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.work(job);
        return true;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof DecisionRefusedError) {
          this.log(`[approvals] decision ${key} recorded, not applied: ${message}`);
          return false;
        }
        const delay = this.retryDelaysMs[attempt];
        if (delay === undefined) {
          this.log(
            `[approvals] decision ${key} recorded; finishing it failed ${attempt + 1} times (${message}): ` +
              'the sweep finishes it',
          );
          return false;
        }
        await sleep(delay);
      }
    }
  }
}
