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
  view: ReaderPlanView;
  /** The highest item id of each list read in id windows (`PlanViewRead.windows`): the activities' read uses it. */
  windows: Record<string, number>;
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

/** Parses a snapshot's JSON text; null when it is not a snapshot of this version. */
export function parseReaderSnapshot(json: string): ReaderSnapshot | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  const s = parsed as Partial<ReaderSnapshot> | null;
  if (
    !s ||
    s.version !== READER_SNAPSHOT_VERSION ||
    typeof s.sealKeys !== 'string' ||
    !s.stamps ||
    !s.view?.plan ||
    !Array.isArray(s.view.initiatives) ||
    !s.windows
  )
    return null;
  return s as ReaderSnapshot;
}

/** Whether `a` and `b` hold the same stamps for every list a snapshot is made from. */
export function sameStamps(a: ReaderViewStamps, b: ReaderViewStamps): boolean {
  return READER_VIEW_LISTS.every(
    (list) => a[list]?.modified === b[list]?.modified && a[list]?.deleted === b[list]?.deleted,
  );
}

/** The newest of the stamps (ms since the epoch): the last change to any of the lists. */
export function lastChange(stamps: ReaderViewStamps): number {
  return Math.max(
    ...READER_VIEW_LISTS.flatMap((list) => [
      Date.parse(stamps[list].modified),
      Date.parse(stamps[list].deleted),
    ]),
  );
}
