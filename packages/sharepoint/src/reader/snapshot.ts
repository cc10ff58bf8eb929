import '@pnp/sp/items/index.js';
import { SPQueryable, type SPFI } from '@pnp/sp/index.js';
import { TextParse } from '@pnp/queryable/index.js';
import {
  parseReaderSnapshot,
  READER_SNAPSHOT_FILE,
  READER_VIEW_LISTS,
  readerSnapshotSealPayload,
  sameStamps,
  splitReaderSnapshotFile,
  type Plan,
  type ListStamps,
  type PlanChoice,
  type ReaderSnapshot,
  type ReaderViewStamps,
} from '@devplan/core/domain';
import type { ListKey } from '@devplan/core/schema';
import { spCall } from '../client/errors.js';
import type { PlanSite } from '../client/site.js';
import { sealKeysFromProperty, sealKeysQuery, SealVerifier } from '../integrity/seals.js';
import { fromItem, selectFor, type SpItem } from '../mapping/mapper.js';
import { planMapping } from '../mapping/mappings.js';

/** The most plans one request reads (as `PAGE_SIZE`; a site has one plan a year). */
const PAGE_SIZE = 5000;

/**
 * Which of a plan's two snapshots: the `whole` intranet view, or its `lead` (`readerLead`: the first screen and the
 * whole's counts, small at any size; the whole view itself when that is all of it).
 */
export type SnapshotPart = 'whole' | 'lead';

/**
 * The snapshot file of a plan choice: `latest.json` for the newest readable plan, `plan-<year>.json` for a year;
 * `latest.lead.json` and `plan-<year>.lead.json` for their leads.
 */
export function readerSnapshotFileName(choice: PlanChoice, part: SnapshotPart = 'whole'): string {
  const name = choice === 'latest' ? READER_SNAPSHOT_FILE : `plan-${choice}.json`;
  return part === 'lead' ? name.replace(/\.json$/, '.lead.json') : name;
}

/** The libraries the app writes its views into: the intranet view's (everyone reads) and the tab's (members read). */
export type ViewLibrary = 'ReaderViews' | 'TabViews';

/** Server-relative URL of a snapshot file in the reader views library (or `library`). */
export function readerSnapshotUrl(
  site: PlanSite,
  name: string,
  library: ViewLibrary = 'ReaderViews',
): string {
  return `${site.listUrl(library)}/${name}`;
}

/**
 * Asks, on `sp` (a batched instance), for the stamps of every list a reader snapshot (or one of `lists`) is made
 * from: one small request per list (`LastItemModifiedDate`, `LastItemDeletedDate`).
 */
export function stampsQuery(site: PlanSite, sp: SPFI): Promise<ReaderViewStamps>;
export function stampsQuery<L extends ListKey>(
  site: PlanSite,
  sp: SPFI,
  lists: readonly L[],
): Promise<ListStamps<L>>;
export function stampsQuery(
  site: PlanSite,
  sp: SPFI,
  lists: readonly ListKey[] = READER_VIEW_LISTS,
): Promise<ListStamps> {
  const reads = lists.map((list) =>
    spCall({ listName: list }, () =>
      site.list(list, sp).select('LastItemModifiedDate', 'LastItemDeletedDate')(),
    ).then((raw) => {
      const entity = raw as { LastItemModifiedDate?: string; LastItemDeletedDate?: string };
      return [
        list,
        { modified: entity.LastItemModifiedDate ?? '', deleted: entity.LastItemDeletedDate ?? '' },
      ] as const;
    }),
  );
  return Promise.all(reads).then((pairs) => Object.fromEntries(pairs) as ListStamps);
}

/** The raw value of the seal keys' tenant property ('' when absent), asked on `sp`. */
export function sealKeysValueQuery(sp: SPFI): Promise<string> {
  return spCall({ listName: 'TenantProperties' }, () => sealKeysQuery(sp)).then((entity) => {
    const value = (entity as { Value?: unknown } | null)?.Value;
    return typeof value === 'string' ? value : '';
  });
}

/** A snapshot file's text (in the reader views library, or `library`), asked on `sp`; null when there is no such file (404). */
export function snapshotFileQuery(
  site: PlanSite,
  sp: SPFI,
  name: string,
  library: ViewLibrary = 'ReaderViews',
): Promise<string | null> {
  const url = readerSnapshotUrl(site, name, library).replace(/'/g, "''");
  const file = SPQueryable(sp.web, `getFileByServerRelativePath(decodedurl='${url}')/$value`).using(
    TextParse(),
  );
  return (file() as Promise<string>).then(
    (text) => text,
    (error: unknown) => {
      if ((error as { status?: number }).status === 404) return null;
      throw error;
    },
  );
}

/**
 * Whether `seal` is the app's over `payload` with one of the keys of the seal keys' property `keys` (as read with
 * the stamps): a view file checks only so.
 */
function sealedByApp(keys: string, payload: string, seal: string): Promise<boolean> {
  return new SealVerifier(sealKeysFromProperty(keys)).verify(payload, seal);
}

/** What one snapshot read found: the plans of the site, and the snapshot if it is fresh and sealed by the app. */
export interface SnapshotRead {
  /** The plans of the site, newest year first. */
  plans: Plan[];
  /** The snapshot, when there is one, it checks and nothing it was made from has changed since. */
  snapshot: ReaderSnapshot | null;
  /** Why there is no snapshot: no file (the app server does not write them), or one out of date or not sealed. */
  missing: 'file' | 'stale' | null;
}

/**
 * Reads, in ONE `$batch`, the snapshot file of `choice` (its `part`), the stamps of the lists it was made from, the seal keys
 * and the list of plans, and uses the snapshot only when it is the app's (its seal checks with the current keys),
 * made of lists whose stamps have not changed since, with the same keys, and of the plan `choice` leads to now.
 * A failure to read the file or the stamps is no snapshot; a failure to read the plans is thrown.
 */
export async function readReaderSnapshot(
  site: PlanSite,
  choice: PlanChoice,
  choose: (plans: Plan[]) => Plan | null | undefined,
  part: SnapshotPart = 'whole',
): Promise<SnapshotRead> {
  const [batched, execute] = site.batched();
  const sp = batched as SPFI;
  const file = snapshotFileQuery(site, sp, readerSnapshotFileName(choice, part)).catch((error: unknown) => {
    console.warn(`[view] the reader snapshot could not be read: ${(error as Error).message}`);
    return undefined;
  });
  const stamps = stampsQuery(site, sp).catch((error: unknown) => {
    console.warn(`[view] the lists' stamps could not be read: ${(error as Error).message}`);
    return null;
  });
  const keys = sealKeysValueQuery(sp).catch((error: unknown) => {
    console.warn(`[seals] the seal keys could not be read: ${(error as Error).message}`);
    return null;
  });
  // The plans mapped here, without the lists' repositories: those load with the lists' read, when needed.
  const { select, expand } = selectFor(planMapping);
  const planItems = spCall({ listName: 'Plans' }, () => {
    const items = site.list('Plans', sp).items.select(...select);
    return (expand.length ? items.expand(...expand) : items).orderBy('PlanYear', false).top(PAGE_SIZE)();
  });
  await spCall({ listName: 'Plans' }, () => execute());
  const all = ((await planItems) as SpItem[]).map((item) => fromItem(planMapping, item));
  const text = await file;
  if (text === null) return { plans: all, snapshot: null, missing: 'file' };
  const snapshot = text === undefined ? null : await checked(text, await stamps, await keys);
  const plan = choose(all);
  if (!snapshot || !plan || snapshot.view.plan.id !== plan.id)
    return { plans: all, snapshot: null, missing: 'stale' };
  return { plans: all, snapshot, missing: null };
}

/** The snapshot in `text` when it is sealed by the app with one of `keys` and made of lists as `stamps` has them. */
function checked(
  text: string,
  stamps: ReaderViewStamps | null,
  keys: string | null,
): Promise<ReaderSnapshot | null> {
  return checkedViewFile(text, stamps, keys, {
    lists: READER_VIEW_LISTS,
    parse: parseReaderSnapshot,
    payload: readerSnapshotSealPayload,
    what: 'the reader snapshot',
  });
}

/** How to read and check one kind of the app's view files (`checkedViewFile`). */
export interface ViewFileKind<L extends string, S extends { stamps: ListStamps<L>; sealKeys: string }> {
  /** The lists whose stamps it is made of. */
  lists: readonly L[];
  /** Its JSON text parsed; null when it is not one of this version. */
  parse(json: string): S | null;
  /** The payload its seal is made over. */
  payload(json: string): string;
  /** What it is, for the warning when its seal does not check. */
  what: string;
}

/**
 * The view file in `text` (`<seal> <json>`) when it is one of `kind`, sealed by the app with one of `keys` and
 * made of lists as `stamps` has them (read with it); else null.
 */
export async function checkedViewFile<
  L extends string,
  S extends { stamps: ListStamps<L>; sealKeys: string },
>(
  text: string,
  stamps: ListStamps<L> | null,
  keys: string | null,
  kind: ViewFileKind<L, S>,
): Promise<S | null> {
  const parts = splitReaderSnapshotFile(text);
  const file = parts && kind.parse(parts.json);
  if (!parts || !file || !stamps || keys === null) return null;
  if (!sameStamps(file.stamps, stamps, kind.lists) || file.sealKeys !== keys) return null;
  if (!(await sealedByApp(keys, kind.payload(parts.json), parts.seal))) {
    console.warn(`[seals] ${kind.what} is not sealed by the app: not used`);
    return null;
  }
  return file;
}
