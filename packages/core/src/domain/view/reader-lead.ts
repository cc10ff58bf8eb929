import type { PublishedFollowUp } from '../approval/approval.js';
import { groupBy } from '../common/collections.js';
import { periodOrder, TERTIAL_SCHEME, type PeriodRef, type PeriodScheme } from '../follow-up/period.js';
import { keptInitiatives, type ReaderPlanView } from './plan-view.js';

/**
 * How many initiatives of an area the intranet view shows as cards at first and at each "show more": four rows of
 * a three-column grid, so every area's heading is a few screens down at most at any size (a plan of 5,000 paints
 * 48 cards, not 200), and its lead (`readerLead`) stays small.
 */
export const READER_PAGE = 12;

/** How many changes since the last period the intranet view lists at first and at each "show more" (a line each). */
export const READER_CHANGES_PAGE = 50;

/** What changed for one initiative between the previous and the latest reported period. */
export type InitiativeChange =
  | { kind: 'new'; current: PublishedFollowUp }
  | {
      kind: 'changed';
      current: PublishedFollowUp;
      previous: PublishedFollowUp;
      status: boolean;
      progress: boolean;
    }
  | { kind: 'notReported'; previous: PublishedFollowUp };

/** The periods a plan's publications are compared over, and each initiative's latest publication and change. */
export interface ReaderPeriods {
  /** The latest period with an approved follow-up, and the one before it in the scheme. */
  currentPeriod: PeriodRef | null;
  previousPeriod: PeriodRef | null;
  /** Whether any follow-up of the previous period was approved (the changes are then "since" it). */
  hasPrevious: boolean;
  /** Each initiative's latest approved follow-up (by period). */
  latest: Map<number, PublishedFollowUp>;
  /** Each initiative's change since the previous period, or null (`changeOf`). */
  change(initiativeId: number): InitiativeChange | null;
}

/** The period before `ref` in the scheme (the last period of the previous year before the first). */
export function previousPeriodOf(scheme: PeriodScheme, ref: PeriodRef): PeriodRef | null {
  const index = scheme.periods.findIndex((p) => p.key === ref.period);
  if (index < 0) return null;
  if (index > 0) return { year: ref.year, period: scheme.periods[index - 1]!.key };
  const last = scheme.periods[scheme.periods.length - 1];
  return last ? { year: ref.year - 1, period: last.key } : null;
}

/** The change between an initiative's follow-ups of the current and the previous period; null when none. */
export function changeOf(
  current: PublishedFollowUp | undefined,
  previous: PublishedFollowUp | undefined,
): InitiativeChange | null {
  if (current && !previous) return { kind: 'new', current };
  if (!current && previous) return { kind: 'notReported', previous };
  if (!current || !previous) return null;
  const status = current.status !== previous.status;
  const progress = current.progress !== previous.progress;
  return status || progress ? { kind: 'changed', current, previous, status, progress } : null;
}

/**
 * The periods of `published` and each initiative's latest follow-up and change. `known` (a lead's, made of every
 * publication of the plan) stands for the periods when `published` is only part of them.
 */
export function readerPeriods(
  published: readonly PublishedFollowUp[],
  scheme: PeriodScheme = TERTIAL_SCHEME,
  known?: Pick<ReaderPeriods, 'currentPeriod' | 'previousPeriod' | 'hasPrevious'>,
): ReaderPeriods {
  const order = (f: Pick<PublishedFollowUp, 'periodYear' | 'period'>) =>
    periodOrder(scheme, { year: f.periodYear, period: f.period });
  let currentPeriod: PeriodRef | null = known ? known.currentPeriod : null;
  if (!known)
    for (const f of published)
      if (!currentPeriod || order(f) > periodOrder(scheme, currentPeriod))
        currentPeriod = { year: f.periodYear, period: f.period };
  const previousPeriod = known
    ? known.previousPeriod
    : currentPeriod && previousPeriodOf(scheme, currentPeriod);
  const inPeriod = (ref: PeriodRef | null) =>
    new Map(
      published
        .filter((f) => ref && f.periodYear === ref.year && f.period === ref.period)
        .map((f) => [f.initiativeId, f] as const),
    );
  const current = inPeriod(currentPeriod);
  const previous = inPeriod(previousPeriod);
  const latest = new Map<number, PublishedFollowUp>();
  for (const f of published) {
    const seen = latest.get(f.initiativeId);
    if (!seen || order(f) > order(seen)) latest.set(f.initiativeId, f);
  }
  return {
    currentPeriod,
    previousPeriod,
    hasPrevious: known ? known.hasPrevious : previous.size > 0,
    latest,
    change: (id) => (currentPeriod ? changeOf(current.get(id), previous.get(id)) : null),
  };
}

/**
 * What the first screen of a large plan's intranet view is made of (`readerLead`): the counts of the whole plan
 * and its periods, for the parts of it the lead leaves out.
 */
export interface ReaderLead {
  /** How many initiatives of each area the lead holds, at most: the first page of each. */
  page: number;
  /** How many of each area's changed initiatives the lead holds, at most. */
  changesPage: number;
  /** Initiatives in the whole plan. */
  total: number;
  /** Per focus area (in the plan's order): its initiatives and its changed initiatives in the whole plan. */
  areas: { areaId: number; initiatives: number; changes: number }[];
  /** The periods over all the plan's publications (`readerPeriods`). */
  periods: Pick<ReaderPeriods, 'currentPeriod' | 'previousPeriod' | 'hasPrevious'>;
}

/**
 * The first screen of the intranet view of `view`: the plan, its decisions and areas, and of the initiatives the
 * first `page` of each area and the first `changesPage` of each area's changes, with their effects, activities and
 * publications, and the counts of the whole (`lead`). The view as it is (no `lead`) when that is all of it, as
 * for a plan of a few dozen initiatives. What it shows first is exactly what the whole view shows first.
 */
export function readerLead(
  view: ReaderPlanView,
  page = READER_PAGE,
  changesPage = READER_CHANGES_PAGE,
  scheme: PeriodScheme = TERTIAL_SCHEME,
): ReaderPlanView {
  const periods = readerPeriods(view.published, scheme);
  const byArea = groupBy(view.initiatives, (i) => i.focusAreaId);
  const kept = new Set<number>();
  let cut = false;
  const areas = view.focusAreas.map((area) => {
    const own = byArea.get(area.id) ?? [];
    const changed = own.filter((i) => periods.change(i.id) !== null);
    for (const i of own.slice(0, page)) kept.add(i.id);
    for (const i of changed.slice(0, changesPage)) kept.add(i.id);
    if (own.length > page || changed.length > changesPage) cut = true;
    return { areaId: area.id, initiatives: own.length, changes: changed.length };
  });
  // Initiatives of no area in the plan are in no area's list: only a link reaches them (the whole view has them).
  if (!cut && kept.size === view.initiatives.length) return view;
  return {
    ...keptInitiatives(view, (id) => kept.has(id)),
    lead: {
      page,
      changesPage,
      total: view.initiatives.length,
      areas,
      periods: {
        currentPeriod: periods.currentPeriod,
        previousPeriod: periods.previousPeriod,
        hasPrevious: periods.hasPrevious,
      },
    },
  };
}
