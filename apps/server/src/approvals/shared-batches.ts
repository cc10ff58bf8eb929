import type { SPFI } from '@pnp/sp/index.js';
import '@pnp/sp/batching.js';
import { spCall, type ErrorContext, type PlanSite } from '@devplan/sharepoint';

/** The most requests SharePoint Online takes in one `$batch` (as `PlanSite.batched` sends). */
const MAX_BATCH_REQUESTS = 100;

/**
 * A read that callers of one shared `$batch` may ask for alike: the first `make` under `key` goes in the
 * `$batch`, every caller asking for the same `key` in it gets that same answer. For reads only (the same
 * URL, so the same answer), never for writes.
 */
export type SharedRead = <T>(key: string, make: () => Promise<T>) => Promise<T>;

/** What a caller's requests are made of: a batched instance, and `read` for reads others may share. */
export type ShareBuilder = (sp: SPFI, read: SharedRead) => readonly Promise<unknown>[];

/** One caller's requests in a shared `$batch`, and where their answers go. */
interface Share {
  parts: number;
  context: ErrorContext;
  build: ShareBuilder;
  settle: (results: PromiseSettledResult<unknown>[]) => void;
  fail: (error: unknown) => void;
}

/** The first failure among settled requests (a shared `$batch`'s answers), thrown; otherwise their values. */
export function valuesOf(results: readonly PromiseSettledResult<unknown>[]): unknown[] {
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value);
}

/** A caller's requests would not fit in one `$batch`. */
export class SharedBatchSizeError extends RangeError {
  override readonly name = 'SharedBatchSizeError';
  constructor(parts: number, max: number) {
    super(`${parts} requests do not fit in one shared $batch of at most ${max}.`);
  }
}

/**
 * Sends the requests of concurrent callers together ("group commit"): a caller's requests go out at once when
 * no shared `$batch` is on its way; otherwise they wait and leave, with everything else queued meanwhile, as
 * soon as one on its way is answered (natural batching: no timer waits for company, so one caller alone is
 * never slowed, and what the callers of an answered `$batch` ask next goes with the next one). A caller's
 * requests always travel in one `$batch`, in the order it built them; every caller gets its own answers, and a
 * request that fails (a duplicate value, a missing item) fails only its caller. Reads that callers make through
 * `read` with the same key go in a `$batch` once (decisions on follow-ups of one initiative read its approver
 * once). SharePoint runs a `$batch`'s requests one by one and never lets one failure stop the others.
 */
export class SharedBatches {
  private queued: Share[] = [];
  /** Shared `$batch` requests on their way. */
  private inFlight = 0;
  /** Whether a flush of the queue is due. */
  private scheduled = false;

  /** `maxParts`: the most requests one shared `$batch` carries (SharePoint takes at most 100). */
  constructor(
    private readonly site: PlanSite,
    private readonly maxParts = MAX_BATCH_REQUESTS,
  ) {}

  /**
   * Sends `parts` requests that `build` makes on a batched instance (it must make exactly that many, each
   * called and not awaited; a `read` another caller made already counts, though it is not sent again) in a
   * shared `$batch`; resolves with every request's outcome, in order. Rejects only when the `$batch` itself
   * failed (named by `spCall` for `context`).
   */
  settled(
    context: ErrorContext,
    parts: number,
    build: ShareBuilder,
  ): Promise<PromiseSettledResult<unknown>[]> {
    if (parts < 1 || parts > this.maxParts)
      return Promise.reject(new SharedBatchSizeError(parts, this.maxParts));
    return new Promise((settle, fail) => {
      this.queued.push({ parts, context, build, settle, fail });
      // Callers in this same turn of the event loop join the first $batch; nobody waits for more.
      this.schedule(false);
    });
  }

  /** Sends everything queued now, in as few `$batch` requests as fit; each one's answer lets the next go. */
  private flush(): void {
    this.scheduled = false;
    const shares = this.queued;
    this.queued = [];
    for (const group of this.pack(shares)) {
      this.inFlight++;
      void this.send(group).finally(() => {
        this.inFlight--;
        this.schedule(true);
      });
    }
  }

  /**
   * Lets what is queued leave: at once (in this turn's microtasks) when no `$batch` is on its way, else when
   * one is answered (after its callers, whose continuations run first, queued their next requests).
   */
  private schedule(answered: boolean): void {
    if (this.scheduled || this.queued.length === 0) return;
    if (!answered && this.inFlight > 0) return;
    this.scheduled = true;
    if (answered) setImmediate(() => this.flush());
    else queueMicrotask(() => this.flush());
  }

  /** Shares in groups of at most `maxParts` requests, in the order they came. */
  private pack(shares: readonly Share[]): Share[][] {
    const groups: Share[][] = [];
    let group: Share[] = [];
    let size = 0;
    for (const share of shares) {
      if (size + share.parts > this.maxParts) {
        groups.push(group);
        group = [];
        size = 0;
      }
      group.push(share);
      size += share.parts;
    }
    if (group.length > 0) groups.push(group);
    return groups;
  }

  /** One `$batch` of the group's requests; every share settles before this returns, none rejects unhandled. */
  private async send(group: readonly Share[]): Promise<void> {
    const [batched, execute] = this.site.batched();
    const reads = new Map<string, Promise<unknown>>();
    const read: SharedRead = <T>(key: string, make: () => Promise<T>): Promise<T> => {
      let made = reads.get(key);
      if (!made) reads.set(key, (made = make()));
      return made as Promise<T>;
    };
    const built = group.map((share) => {
      try {
        const requests = share.build(batched as SPFI, read);
        if (requests.length !== share.parts) {
          // Its requests still go out with the others; the caller is told it miscounted.
          void Promise.allSettled(requests);
          return { share, error: new SharedBatchSizeError(requests.length, share.parts) };
        }
        return { share, outcomes: Promise.allSettled(requests) };
      } catch (error) {
        return { share, error };
      }
    });
    let batchError: unknown = null;
    try {
      await execute();
    } catch (error) {
      batchError = error;
    }
    for (const { share, outcomes, error } of built) {
      if (error !== undefined) {
        share.fail(error);
      } else if (batchError !== null) {
        share.fail(
          await spCall(share.context, () => Promise.reject(batchError as Error)).catch((e: unknown) => e),
        );
      } else {
        share.settle(await outcomes!);
      }
    }
  }
}
