import type { SPFI } from '@pnp/sp/index.js';
import '@pnp/sp/batching.js';
import { SharePointError, spCall, type ErrorContext, type PlanSite } from '@devplan/sharepoint';

/** The most requests SharePoint Online takes in one `$batch` (as `PlanSite.batched` sends). */
const MAX_BATCH_REQUESTS = 100;

/**
 * A read that callers of one shared `$batch` may ask for alike: the first `make` under `key` goes in the
 * `$batch`, every caller asking for the same `key` in it gets that same answer. For reads only (the same
 * URL, so the same answer), never for writes.
 */
export type SharedRead = <T>(key: string, make: () => Promise<T>) => Promise<T>;

/** The most keys one lookup request asks for (its `$filter` is one `or` term a key). */
export const MAX_LOOKUP_KEYS = 30;

/**
 * Items that callers of one shared `$batch` each ask for by a key of their own (a follow-up by its id, an
 * initiative's approver by the initiative): the keys of one `kind` asked in a `$batch` go in one request
 * (one per `MAX_LOOKUP_KEYS`), whose answer is shared out by `keyOf`. SharePoint runs a `$batch`'s requests one
 * by one, so one request for thirty follow-ups costs it about what one for a single follow-up does.
 */
export interface LookupKind<T> {
  /** Names the kind: lookups of the same kind in a `$batch` share their requests. */
  kind: string;
  /** The one request for these keys (at most `MAX_LOOKUP_KEYS`), made on the batched instance. */
  query: (sp: SPFI, keys: readonly number[]) => Promise<T[]>;
  /** The key an item of the answer belongs to. */
  keyOf: (item: T) => number;
}

/** The items of a lookup's answer for one key (none when nothing matched it), from a shared `$batch`. */
export type SharedLookup = <T>(kind: LookupKind<T>, key: number) => Promise<T[]>;

/**
 * What a caller's requests are made of: a batched instance, `read` for reads others may share, and `lookup`
 * for items others ask for by keys of their own.
 */
export type ShareBuilder = (sp: SPFI, read: SharedRead, lookup: SharedLookup) => readonly Promise<unknown>[];

/** The callers waiting for one lookup kind's keys in a `$batch`. */
interface LookupWaiters {
  kind: LookupKind<unknown>;
  waiters: Map<number, { resolve: (items: unknown[]) => void; reject: (error: unknown) => void }[]>;
}

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
 * requests always travel in one `$batch`, in the order it built them (lookups after all of them); every caller
 * gets its own answers, and a request that fails (a duplicate value, a missing item) fails only its caller.
 * Reads that callers make through `read` with the same key go in a `$batch` once (decisions on follow-ups of
 * one initiative read its approver once), and items they ask for through `lookup`, each by a key of its own, go
 * in one request a kind (fifty decisions' follow-ups in two requests, not fifty). SharePoint runs a `$batch`'s
 * requests one by one and never lets one failure stop the others.
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
   * called and not awaited; a `read` another caller made already counts, though it is not sent again, and so
   * does each `lookup`) in a shared `$batch`; resolves with every request's outcome, in order. Rejects only
   * when the `$batch` itself failed (named by `spCall` for `context`).
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
    const lookups = new Map<string, LookupWaiters>();
    const lookup: SharedLookup = <T>(kind: LookupKind<T>, key: number): Promise<T[]> =>
      new Promise<T[]>((resolve, reject) => {
        let waiting = lookups.get(kind.kind);
        if (!waiting)
          lookups.set(kind.kind, (waiting = { kind: kind as LookupKind<unknown>, waiters: new Map() }));
        const forKey = waiting.waiters.get(key) ?? [];
        forKey.push({ resolve: resolve as (items: unknown[]) => void, reject });
        waiting.waiters.set(key, forKey);
      });
    const built = group.map((share) => {
      try {
        const requests = share.build(batched as SPFI, read, lookup);
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
    for (const { kind, waiters } of lookups.values()) this.askAll(batched as SPFI, kind, waiters);
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

  /**
   * Makes a lookup kind's requests for every key waited on (`MAX_LOOKUP_KEYS` a request) and shares each answer
   * out: every caller gets the items of its key. A request for several keys that SharePoint refuses (a
   * `SharePointError`: a list past the view threshold may refuse a filter of many `or` terms) is made again one
   * key a request, in a `$batch` of their own sent at once, so each caller gets its own key's answer or failure;
   * any other failure (no answer, no permission) is every caller's.
   */
  private askAll(sp: SPFI, kind: LookupKind<unknown>, waiters: LookupWaiters['waiters']): void {
    const rejectKeys = (keys: readonly number[], error: unknown) => {
      for (const key of keys) for (const w of waiters.get(key)!) w.reject(error);
    };
    const keys = [...waiters.keys()];
    for (let start = 0; start < keys.length; start += MAX_LOOKUP_KEYS) {
      const chunk = keys.slice(start, start + MAX_LOOKUP_KEYS);
      this.ask(sp, kind, chunk, waiters, (error) => {
        if (chunk.length === 1 || !(error instanceof SharePointError)) return rejectKeys(chunk, error);
        const [alone, execute] = this.site.batched();
        for (const key of chunk) this.ask(alone as SPFI, kind, [key], waiters, (e) => rejectKeys([key], e));
        // A failed `$batch` fails every key's read (a waiter already answered keeps its answer).
        execute().catch((e: unknown) => rejectKeys(chunk, e));
      });
    }
  }

  /** One lookup request for `keys`: each key's waiters get the items of their key; a failure goes to `failed`. */
  private ask(
    sp: SPFI,
    kind: LookupKind<unknown>,
    keys: readonly number[],
    waiters: LookupWaiters['waiters'],
    failed: (error: unknown) => void,
  ): void {
    kind.query(sp, keys).then((items) => {
      const byKey = new Map<number, unknown[]>();
      for (const item of items) {
        const key = kind.keyOf(item);
        byKey.set(key, [...(byKey.get(key) ?? []), item]);
      }
      for (const key of keys) for (const w of waiters.get(key)!) w.resolve(byKey.get(key) ?? []);
    }, failed);
  }
}
