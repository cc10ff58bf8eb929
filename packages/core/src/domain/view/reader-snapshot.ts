import type { ReaderPlanView } from './plan-view.js';

/**
 * The lists whose items the intranet view shows before its first paint. A change to any of them (an item added,
 * changed or deleted: each list's `LastItemModifiedDate` and `LastItemDeletedDate`) makes a reader snapshot stale.
 * The activities are not among them: they are read after the first paint, never from a snapshot.
 */
export const READER_VIEW_LISTS = [
  'Plans',
  'Decisions',
  'FocusAreas',
  'Initiatives',
  'Effects',
  'PublishedFollowUps',
  'PeriodClosures',
] as const;

/** One of the lists a reader snapshot is made from. */
export type ReaderViewList = (typeof READER_VIEW_LISTS)[number];

/** When a list's items last changed and were last deleted, as SharePoint keeps them (ISO, to the second). */
export interface ListStamp {
  modified: string;
  deleted: string;
}

/** The stamps of each list a reader snapshot is made from. */
export type ReaderViewStamps = Record<ReaderViewList, ListStamp>;

/** The stamps of each of a set of lists, by list (`ReaderViewStamps`, `TabViewStamps`). */
export type ListStamps<L extends string = string> = Record<L, ListStamp>;

/** The name of the newest readable plan's snapshot file in the reader views library. */
export const READER_SNAPSHOT_FILE = 'latest.json';

/** The version of the snapshot's format; a file of another version is not used. */
export const READER_SNAPSHOT_VERSION = 1;

/**
 * The intranet view of the newest readable plan as the app server read it (activities left out, `pending`), with
 * the stamps of the lists as they were before that read and the seal keys it checked the publications with. A
 * reader uses it only while every list's stamps and the keys are unchanged, so it never shows out-of-date data.
 */
export interface ReaderSnapshot {
  version: typeof READER_SNAPSHOT_VERSION;
  /** When the app server wrote it (ISO). */
  builtAt: string;
  stamps: ReaderViewStamps;
  /** The seal keys' tenant property as read (its raw value): a rotated or revoked key makes the snapshot stale. */
  sealKeys: string;
  /** The view as `snapshotView` makes it: publications without their own seals, items without their times. */
  view: ReaderPlanView;
  /** The highest item id of each list read in id windows (`PlanViewRead.windows`): the activities' read uses it. */
  windows: Record<string, number>;
}

/** An item's times, as SharePoint gives them. */
type Timed = { created?: string; modified?: string };

/**
 * The view as a snapshot holds it: without what readers are never shown and the snapshot's own seal stands for,
 * so it is a third smaller to read, check and parse at thousands of initiatives: the items' created and modified
 * times (the plan's kept), and each publication's own seal (empty; the app checked it when it made the snapshot).
 */
export function snapshotView(view: ReaderPlanView): ReaderPlanView {
  const bare = <T extends object>(items: readonly T[]): T[] =>
    items.map((item) => {
      const { created: _created, modified: _modified, ...rest } = item as T & Timed;
      return rest as T;
    });
  return {
    ...view,
    decisions: bare(view.decisions),
    focusAreas: bare(view.focusAreas),
    initiatives: bare(view.initiatives),
    activities: bare(view.activities),
    effects: bare(view.effects),
    followUps: bare(view.followUps),
    published: bare(view.published).map((p) => ({ ...p, seal: '' })),
  };
}

/** The payload a snapshot's seal is made over: the format's name and version, then the JSON text. */
export function readerSnapshotSealPayload(json: string): string {
  return `reader-snapshot:v${READER_SNAPSHOT_VERSION}\n${json}`;
}

/**
 * The file's text, one line: the seal, a space, the snapshot's JSON (which has no line breaks). One line, because
 * PnPjs reads each answer of a `$batch` as one line.
 */
export function readerSnapshotFileText(seal: string, json: string): string {
  return `${seal} ${json}`;
}

/**
 * A snapshot file split into its seal and JSON text; null when it is not one. A line break after the JSON (a
 * `$batch` answer's body ends with one) is not part of it: `JSON.stringify` never ends in white space.
 */
export function splitReaderSnapshotFile(text: string): { seal: string; json: string } | null {
  const space = text.indexOf(' ');
  if (space <= 0) return null;
  return { seal: text.slice(0, space), json: text.slice(space + 1).trimEnd() };
}

/** A list of items as the file holds it: the keys once, then each item's values in that order. */
interface PackedRows {
  keys: string[];
  rows: unknown[][];
}

/** The lists of a view that the file holds packed (`PackedRows`): thousands of items each at size. */
const PACKED = [
  'decisions',
  'focusAreas',
  'initiatives',
  'activities',
  'effects',
  'followUps',
  'published',
] as const;

/** The keys of `item` that hold a value (JSON leaves out the others). */
const keysOf = (item: object): string[] =>
  Object.keys(item).filter((key) => (item as Record<string, unknown>)[key] !== undefined);

/**
 * `items` packed when they all have the same keys with a value, in the same order (as mapped items have); else as
 * they are.
 */
function pack(items: readonly object[]): PackedRows | readonly object[] {
  const first = items[0];
  if (!first) return items;
  const keys = keysOf(first);
  const same = items.every((item) => {
    const own = keysOf(item);
    return own.length === keys.length && own.every((key, n) => key === keys[n]);
  });
  if (!same) return items;
  return { keys, rows: items.map((item) => keys.map((key) => (item as Record<string, unknown>)[key])) };
}

/** The items of a list as `pack` left it. */
function unpack(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  const packed = value as Partial<PackedRows> | null;
  if (!packed || !Array.isArray(packed.keys) || !Array.isArray(packed.rows)) return null;
  const keys = packed.keys;
  return packed.rows.map((row) => {
    const item: Record<string, unknown> = {};
    for (let n = 0; n < keys.length; n++) item[keys[n]!] = row[n];
    return item;
  });
}

/** `view` with each of `lists` packed (`pack`): what a snapshot file holds. */
export function packedView(view: object, lists: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...view };
  for (const list of lists) out[list] = pack((view as Record<string, readonly object[]>)[list] ?? []);
  return out;
}

/** `view` (as `packedView` left it) with each of `lists` unpacked; null when one is not a list. */
export function unpackedView(view: object, lists: readonly string[]): Record<string, unknown> | null {
  const out: Record<string, unknown> = { ...view };
  for (const list of lists) {
    const items = unpack(out[list]);
    if (!items) return null;
    out[list] = items;
  }
  return out;
}

/** `text` parsed as JSON; null when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * A snapshot's JSON text, with the view's lists packed (each key once per list, not once per item): at 5,000
 * initiatives under half the text to read, check and parse. `parseReaderSnapshot` reads it back.
 */
export function readerSnapshotJson(snapshot: ReaderSnapshot): string {
  return JSON.stringify({ ...snapshot, view: packedView(snapshot.view, PACKED) });
}

/** Parses a snapshot's JSON text (`readerSnapshotJson`); null when it is not a snapshot of this version. */
export function parseReaderSnapshot(json: string): ReaderSnapshot | null {
  const s = parseJson(json) as Partial<ReaderSnapshot> | null;
  if (
    !s ||
    s.version !== READER_SNAPSHOT_VERSION ||
    typeof s.sealKeys !== 'string' ||
    !s.stamps ||
    !s.view?.plan ||
    !s.windows
  )
    return null;
  const view = unpackedView(s.view, PACKED);
  return view && { ...(s as ReaderSnapshot), view: view as unknown as ReaderPlanView };
}

/** Whether `a` and `b` hold the same stamps for every one of `lists` (by default those of a reader snapshot). */
export function sameStamps<L extends string>(
  a: ListStamps<L>,
  b: ListStamps<L>,
  lists: readonly L[] = READER_VIEW_LISTS as unknown as readonly L[],
): boolean {
  return lists.every(
    (list) => a[list]?.modified === b[list]?.modified && a[list]?.deleted === b[list]?.deleted,
  );
}

/** The newest of the stamps of `lists` (ms since the epoch): the last change to any of them. */
export function lastChange<L extends string>(
  stamps: ListStamps<L>,
  lists: readonly L[] = READER_VIEW_LISTS as unknown as readonly L[],
): number {
  return Math.max(
    ...lists.flatMap((list) => [Date.parse(stamps[list].modified), Date.parse(stamps[list].deleted)]),
  );
}
