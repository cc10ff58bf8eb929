import {
  groupBy,
  readerPeriods,
  TERTIAL_SCHEME,
  type Activity,
  type InitiativeChange,
  type FocusArea,
  type PeriodRef,
  type PeriodScheme,
  type ReaderEffectData,
  type ReaderInitiativeData,
  type ReaderPlanView,
  type PublishedFollowUp,
} from '@devplan/core/domain';

/** An initiative with everything a reader sees about it. */
export interface ReaderInitiative {
  initiative: ReaderInitiativeData;
  area: FocusArea | undefined;
  /** The latest approved (published) follow-up, if any. */
  latest: PublishedFollowUp | undefined;
  effects: ReaderEffectData[];
  activities: Activity[];
  /** Its change since the previous period, or null when nothing changed (or nothing is reported). */
  change: InitiativeChange | null;
}

/** A focus area with its initiatives. */
export interface ReaderArea {
  area: FocusArea;
  /** Its initiatives in plan order: the first page of them while the view is a lead (`partial`). */
  initiatives: ReaderInitiative[];
  /** How many initiatives it has in the whole plan. */
  count: number;
}

/** The plan arranged for reading, after the area filter. */
export interface ReaderModel {
  view: ReaderPlanView;
  /** Every area of the plan (for the filter), in order. */
  allAreas: FocusArea[];
  /** The areas shown, each with its initiatives. */
  areas: ReaderArea[];
  /** The initiatives shown, in plan order. */
  initiatives: ReaderInitiative[];
  /** Every initiative of the plan by id (deep links reach an initiative even when filtered out). */
  byId: Map<number, ReaderInitiative>;
  /** Number of initiatives in the plan. */
  total: number;
  /** The latest period with an approved follow-up, and the one before it in the scheme. */
  currentPeriod: PeriodRef | null;
  previousPeriod: PeriodRef | null;
  /** Whether any follow-up of the previous period was approved (changes are "since" it). */
  hasPrevious: boolean;
  /** The shown initiatives that changed since the previous period (the first page of each area's in a lead). */
  changes: ReaderInitiative[];
  /** How many of the shown initiatives changed, in the whole plan. */
  changeCount: number;
  /** How many initiatives the shown areas have in the whole plan. */
  shownCount: number;
  /**
   * Whether the view holds only the first screen of the plan (`ReaderPlanView.lead`): lists hold their first page,
   * the counts are the whole plan's, and the rest is read after the first paint.
   */
  partial: boolean;
}

export type { InitiativeChange };

/**
 * Arranges a plan view for readers: areas in order with their initiatives, each initiative's latest approved
 * follow-up, effects and activities, and what changed since the previous period. Only what the view holds is
 * used; the view itself holds only published data (the reader never asks for working follow-ups).
 */
export function buildReaderModel(
  view: ReaderPlanView,
  filter: { areaId: number | null },
  scheme: PeriodScheme = TERTIAL_SCHEME,
): ReaderModel {
  const lead = view.lead;
  const periods = readerPeriods(view.published, scheme, lead?.periods);
  const { currentPeriod, previousPeriod, latest } = periods;
  const areasById = new Map(view.focusAreas.map((a) => [a.id, a] as const));
  const effects = groupBy(view.effects, (e) => e.initiativeId);
  const activities = groupBy(view.activities, (a) => a.initiativeId);
  const byId = new Map<number, ReaderInitiative>();
  for (const initiative of view.initiatives) {
    byId.set(initiative.id, {
      initiative,
      area: areasById.get(initiative.focusAreaId),
      latest: latest.get(initiative.id),
      effects: effects.get(initiative.id) ?? [],
      activities: activities.get(initiative.id) ?? [],
      change: periods.change(initiative.id),
    });
  }

  // An area id that is not in this plan (e.g. kept from another year's plan) shows every area.
  const areaId = view.focusAreas.some((a) => a.id === filter.areaId) ? filter.areaId : null;
  const shownAreas = view.focusAreas.filter((a) => areaId === null || a.id === areaId);
  const byArea = groupBy([...byId.values()], (r) => r.initiative.focusAreaId);
  // A lead holds each area's first page of initiatives and of changes: only the first page is a list's start.
  const counts = new Map(lead?.areas.map((a) => [a.areaId, a] as const));
  const first = <T>(items: T[], page: number | undefined) =>
    page === undefined ? items : items.slice(0, page);
  const areas = shownAreas.map((area) => {
    const own = byArea.get(area.id) ?? [];
    return {
      area,
      initiatives: first(own, lead?.page),
      count: counts.get(area.id)?.initiatives ?? own.length,
    };
  });
  const initiatives = areas.flatMap((a) => a.initiatives);
  const changes = shownAreas.flatMap((area) =>
    first(
      (byArea.get(area.id) ?? []).filter((r) => r.change !== null),
      lead?.changesPage,
    ),
  );
  const sum = (of: (area: FocusArea) => number) => shownAreas.reduce((n, area) => n + of(area), 0);
  return {
    view,
    allAreas: view.focusAreas,
    areas,
    initiatives,
    byId,
    total: lead?.total ?? view.initiatives.length,
    currentPeriod,
    previousPeriod,
    hasPrevious: periods.hasPrevious,
    changes,
    changeCount: lead ? sum((a) => counts.get(a.id)?.changes ?? 0) : changes.length,
    shownCount: lead ? sum((a) => counts.get(a.id)?.initiatives ?? 0) : initiatives.length,
    partial: lead !== undefined,
  };
}
