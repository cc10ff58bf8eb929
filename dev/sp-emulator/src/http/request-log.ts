/** One request as the emulator served it. */
export interface RequestLogEntry {
  at: string;
  method: string;
  url: string;
  status: number;
  requestBytes: number;
  responseBytes: number;
  durationMs: number;
  user?: string;
  batchParts?: number;
  /** Of a `$batch`: how many of its parts write (any method but GET); 0 for a batch of reads. */
  batchWrites?: number;
}

/** The requests an emulator served, newest last (bounded). */
export class RequestLog {
  private entries: RequestLogEntry[] = [];

  constructor(private readonly capacity = 100_000) {}

  /** Records a request. */
  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  /** A copy of the entries. */
  list(): RequestLogEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  /** Forgets every entry. */
  clear(): void {
    this.entries = [];
  }
}
