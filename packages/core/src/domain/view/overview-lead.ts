import { groupBy } from '../common/collections.js';
import { keptInitiatives, type OverviewPlanView } from './plan-view.js';
import { packedView, parseJson, unpackedView, type ListStamp } from './reader-snapshot.js';

/**
 * How many initiatives of an area the tab's plan overview shows at first and at each "show more": a screen or two
 * of rows, so a plan of 5,000 paints 100 rows, not 200 (each row holds a link, a progress bar and three status
 * labels); the first page of each area is what its lead (`overviewLead`) holds.
 */
export const OVERVIEW_PAGE = 25;

/**
 * The lists whose items the tab's plan overview paints from. A change to any of them (an item added, changed or
 * deleted: each list's `LastItemModifiedDate` and `LastItemDeletedDate`) makes an overview lead stale, so a
 * member's own edit is never hidden by one.
 */
export const TAB_VIEW_LISTS = [
  'Plans',
  'Decisions',
  'FocusAreas',
  'Initiatives',
  'Effects',
  'FollowUps',
] as const;

/** One of the lists an overview lead is made from. */
export type TabViewList = (typeof TAB_VIEW_LISTS)[number];

/** The stamps of each list an overview lead is made from. */
export type TabViewStamps = Record<TabViewList, ListStamp>;

/**
 * What the tab's first screen of a large plan holds beyond its rows (`overviewLead`): the counts of the whole
 * plan and the choices of its filters, for the parts the lead leaves out.
 */
export interface OverviewLead {
  /** How many initiatives of each area the lead holds, at most: the first page of each. */
  page: number;
  /** Initiatives in the whole plan. */
  total: number;
  /** Per focus area (in the plan's order): its initiatives in the whole plan. */
  areas: { areaId: number; initiatives: number }[];
  /** Every administration named by an initiative of the plan (the administration filter's choices). */
  administrations: string[];
  /** Every owner of an initiative of the plan (the owner filter's choices). */
  owners: { id: number; title: string }[];
}

/**
 * The first screen of the tab's plan overview of `view`: the plan, its decisions and areas, of the initiatives
 * the first `page` of each area with their effects and follow-ups, and the counts and filter choices of the whole
 * (`lead`). The view as it is (no `lead`) when that is all of it, as for a plan of a few dozen initiatives. What
 * it shows first is exactly what the whole overview shows first: an initiative's readiness and latest follow-up
 * are made of its own effects and follow-ups, which go with it.
 */
export function overviewLead(view: OverviewPlanView, page = OVERVIEW_PAGE): OverviewPlanView {
  const byArea = groupBy(view.initiatives, (i) => i.focusAreaId);
  const kept = new Set<number>();
  const areas = view.focusAreas.map((area) => {
    const own = byArea.get(area.id) ?? [];
    for (const i of own.slice(0, page)) kept.add(i.id);
    return { areaId: area.id, initiatives: own.length };
  });
  // Initiatives of no area in the plan are in no area's table: the whole overview has them.
  if (kept.size === view.initiatives.length) return view;
  const owners = new Map<number, string>();
  for (const i of view.initiatives) if (i.owner) owners.set(i.owner.id, i.owner.title);
  return {
    ...keptInitiatives(view, (id) => kept.has(id)),
    lead: {
      page,
      total: view.initiatives.length,
      areas,
      administrations: [...new Set(view.initiatives.flatMap((i) => i.administrations))],
      owners: [...owners].map(([id, title]) => ({ id, title })),
    },
  };
}

/** The version of the overview snapshot's format; a file of another version is not used. */
export const OVERVIEW_SNAPSHOT_VERSION = 1;

/**
 * The lead of a plan's tab overview (`overviewLead`) as the app server read it for members (working follow-ups),
 * with the stamps of the lists as they were before that read and the seal keys' property then. A member's tab
 * uses it only while every list's stamps and the keys are unchanged, so it never shows out-of-date data.
 */
export interface OverviewSnapshot {
  version: typeof OVERVIEW_SNAPSHOT_VERSION;
  /** When the app server wrote it (ISO). */
  builtAt: string;
  stamps: TabViewStamps;
  /** The seal keys' tenant property as read (its raw value): a rotated or revoked key makes it stale. */
  sealKeys: string;
  view: OverviewPlanView;
}

/** The lists of an overview view that the file holds packed: hundreds of items each at size. */
const PACKED = ['decisions', 'focusAreas', 'initiatives', 'effects', 'followUps'] as const;

/** The payload an overview snapshot's seal is made over: the format's name and version, then the JSON text. */
export function overviewSnapshotSealPayload(json: string): string {
  return `overview-snapshot:v${OVERVIEW_SNAPSHOT_VERSION}\n${json}`;
}

/** An overview snapshot's JSON text, its lists packed (`parseOverviewSnapshot` reads it back). */
export function overviewSnapshotJson(snapshot: OverviewSnapshot): string {
  return JSON.stringify({ ...snapshot, view: packedView(snapshot.view, PACKED) });
}

/** Parses an overview snapshot's JSON text; null when it is not one of this version. */
export function parseOverviewSnapshot(json: string): OverviewSnapshot | null {
  const s = parseJson(json) as Partial<OverviewSnapshot> | null;
  if (
    !s ||
    s.version !== OVERVIEW_SNAPSHOT_VERSION ||
    typeof s.sealKeys !== 'string' ||
    !s.stamps ||
    !s.view?.plan
  )
    return null;
  const view = unpackedView(s.view, PACKED);
  return view && { ...(s as OverviewSnapshot), view: view as unknown as OverviewPlanView };
}
