import {
  groupBy,
  periodOrder,
  TERTIAL_SCHEME,
  type Activity,
  type FocusArea,
  type PeriodRef,
  type PeriodScheme,
  type ReaderEffectData,
  type ReaderInitiativeData,
  type ReaderPlanView,
  type PublishedFollowUp,
} from '@devplan/core/domain';

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
  initiatives: ReaderInitiative[];
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
  /** The shown initiatives that changed since the previous period. */
  changes: ReaderInitiative[];
}

/** The period before `ref` in the scheme (the last period of the previous year before the first). */
export function previousPeriodOf(scheme: PeriodScheme, ref: PeriodRef): PeriodRef | null {
  const index = scheme.periods.findIndex((p) => p.key === ref.period);
  if (index < 0) return null;
  if (index > 0) return { year: ref.year, period: scheme.periods[index - 1]!.key };
  const last = scheme.periods[scheme.periods.length - 1];
  return last ? { year: ref.year - 1, period: last.key } : null;
}

function changeOf(
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
 * Arranges a plan view for readers: areas in order with their initiatives, each initiative's latest approved
 * follow-up, effects and activities, and what changed since the previous period. Only what the view holds is
 * used; the view itself holds only published data (the reader never asks for working follow-ups).
 */
export function buildReaderModel(
  view: ReaderPlanView,
  filter: { areaId: number | null },
  scheme: PeriodScheme = TERTIAL_SCHEME,
): ReaderModel {
  const order = (f: Pick<PublishedFollowUp, 'periodYear' | 'period'>) =>
    periodOrder(scheme, { year: f.periodYear, period: f.period });
  let currentPeriod: PeriodRef | null = null;
  for (const f of view.published) {
    if (!currentPeriod || order(f) > periodOrder(scheme, currentPeriod))
      currentPeriod = { year: f.periodYear, period: f.period };
  }
  const previousPeriod = currentPeriod ? previousPeriodOf(scheme, currentPeriod) : null;
  const inPeriod = (ref: PeriodRef | null) =>
    new Map(
      view.published
        .filter((f) => ref && f.periodYear === ref.year && f.period === ref.period)
        .map((f) => [f.initiativeId, f] as const),
    );
  const current = inPeriod(currentPeriod);
  const previous = inPeriod(previousPeriod);
  const latest = new Map<number, PublishedFollowUp>();
  for (const f of view.published) {
    const known = latest.get(f.initiativeId);
    if (!known || order(f) > order(known)) latest.set(f.initiativeId, f);
  }

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
      change: currentPeriod ? changeOf(current.get(initiative.id), previous.get(initiative.id)) : null,
    });
  }

  // An area id that is not in this plan (e.g. kept from another year's plan) shows every area.
  const areaId = view.focusAreas.some((a) => a.id === filter.areaId) ? filter.areaId : null;
  const shownAreas = view.focusAreas.filter((a) => areaId === null || a.id === areaId);
  const byArea = groupBy([...byId.values()], (r) => r.initiative.focusAreaId);
  const areas = shownAreas.map((area) => ({ area, initiatives: byArea.get(area.id) ?? [] }));
  const initiatives = areas.flatMap((a) => a.initiatives);
  return {
    view,
    allAreas: view.focusAreas,
    areas,
    initiatives,
    byId,
    total: view.initiatives.length,
    currentPeriod,
    previousPeriod,
    changes: initiatives.filter((r) => r.change !== null),
  };
}
