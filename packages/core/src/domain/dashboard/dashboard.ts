import type { Id, IsoDate } from '../common/types.js';
import type { FocusArea } from '../focus-area/focus-area.js';
import { FOLLOW_UP_STATUSES, type FollowUpContent, type FollowUpStatus } from '../follow-up/follow-up.js';
import {
  periodCloses,
  periodOrder,
  TERTIAL_SCHEME,
  type PeriodRef,
  type PeriodScheme,
} from '../follow-up/period.js';
import type { Initiative } from '../initiative/initiative.js';
import type { InitiativeReadiness } from '../readiness/readiness.js';
import { latestByInitiative } from '../view/plan-view.js';

/** A status bucket of the dashboard: a reported status, or `none` (no follow-up yet). */
export const DASHBOARD_STATUSES = [...FOLLOW_UP_STATUSES, 'none'] as const;
/** One status bucket. */
export type DashboardStatus = (typeof DASHBOARD_STATUSES)[number];

/** How the initiatives of one focus area stand, by their latest follow-up. */
export interface AreaStatus {
  areaId: Id;
  title: string;
  counts: Record<DashboardStatus, number>;
  total: number;
}

/** Mean reported progress of one focus area in one period. */
export interface AreaProgress {
  areaId: Id;
  /** 0–100, rounded; null when nobody in the area reported for the period. */
  mean: number | null;
  reported: number;
}

/** Progress over one reporting period of the plan year. */
export interface PeriodProgress {
  period: PeriodRef;
  /** The day the period closes. */
  closes: IsoDate;
  /** Mean progress of every initiative that reported, rounded; null when none did. */
  overall: number | null;
  reported: number;
  byArea: AreaProgress[];
}

/** Readiness of one initiative, as the dashboard lists it. */
export interface ReadinessRow {
  initiativeId: Id;
  title: string;
  areaId: Id;
  score: number;
  missing: number;
}

/** Everything the dashboards show, computed from the data the viewer may see. */
export interface DashboardModel {
  planYear: number;
  areas: AreaStatus[];
  periods: PeriodProgress[];
  readiness: ReadinessRow[];
  /** Mean readiness of the plan, 0–100 (100 without initiatives). */
  readinessScore: number;
  /** How many initiatives are counted. */
  initiatives: number;
}

type AreaFacts = Pick<FocusArea, 'id' | 'title' | 'sortOrder'>;
type InitiativeFacts = Pick<Initiative, 'id' | 'focusAreaId' | 'title'>;
type FollowUpFacts = Pick<FollowUpContent, 'status' | 'progress'> & {
  initiativeId: Id;
  periodYear: number;
  period: string;
};

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : Math.round(values.reduce((s, v) => s + v, 0) / values.length);

/**
 * Aggregates a plan for the dashboards: per focus area the initiatives by the status of their latest
 * follow-up, the mean reported progress per period of the plan year (overall and per area), and each
 * initiative's readiness. The caller passes only what the viewer may see (readers: published follow-ups).
 */
export function buildDashboard(input: {
  planYear: number;
  focusAreas: readonly AreaFacts[];
  initiatives: readonly InitiativeFacts[];
  followUps: readonly FollowUpFacts[];
  readiness: readonly Pick<InitiativeReadiness, 'initiativeId' | 'score' | 'missing'>[];
  scheme?: PeriodScheme;
}): DashboardModel {
  const scheme = input.scheme ?? TERTIAL_SCHEME;
  const areas = [...input.focusAreas].sort((a, b) => a.sortOrder - b.sortOrder);
  const known = new Set(input.initiatives.map((i) => i.id));
  const followUps = input.followUps.filter((f) => known.has(f.initiativeId));
  const latest = latestByInitiative(followUps, (f) =>
    periodOrder(scheme, { year: f.periodYear, period: f.period }),
  );
  const areaOf = new Map(input.initiatives.map((i) => [i.id, i.focusAreaId]));

  const areaStatus: AreaStatus[] = areas.map((area) => {
    const counts = Object.fromEntries(DASHBOARD_STATUSES.map((s) => [s, 0])) as Record<
      DashboardStatus,
      number
    >;
    const own = input.initiatives.filter((i) => i.focusAreaId === area.id);
    for (const i of own) counts[(latest.get(i.id)?.status as FollowUpStatus | undefined) ?? 'none'] += 1;
    return { areaId: area.id, title: area.title, counts, total: own.length };
  });

  const periods: PeriodProgress[] = scheme.periods.map((def) => {
    const ref = { year: input.planYear, period: def.key };
    const reportedIn = followUps.filter((f) => f.periodYear === ref.year && f.period === ref.period);
    return {
      period: ref,
      closes: periodCloses(scheme, ref),
      overall: mean(reportedIn.map((f) => f.progress)),
      reported: reportedIn.length,
      byArea: areas.map((area) => {
        const own = reportedIn.filter((f) => areaOf.get(f.initiativeId) === area.id);
        return { areaId: area.id, mean: mean(own.map((f) => f.progress)), reported: own.length };
      }),
    };
  });

  const scores = new Map(input.readiness.map((r) => [r.initiativeId, r]));
  const order = new Map(areas.map((a, index) => [a.id, index]));
  const readiness: ReadinessRow[] = input.initiatives
    .filter((i) => scores.has(i.id))
    .map((i) => ({
      initiativeId: i.id,
      title: i.title,
      areaId: i.focusAreaId,
      score: scores.get(i.id)!.score,
      missing: scores.get(i.id)!.missing.length,
    }))
    .sort((a, b) => (order.get(a.areaId) ?? 0) - (order.get(b.areaId) ?? 0) || a.score - b.score);

  return {
    planYear: input.planYear,
    areas: areaStatus,
    periods,
    readiness,
    readinessScore: mean(readiness.map((r) => r.score)) ?? 100,
    initiatives: input.initiatives.length,
  };
}
