import { stockholmDay } from '../../format/date.js';
import type { PublishedFollowUp } from '../approval/approval.js';
import type { Id, IsoDate, IsoDateTime } from '../common/types.js';
import type { Effect, Measurement } from '../effect/effect.js';
import type { FocusArea } from '../focus-area/focus-area.js';
import type { FollowUpStatus } from '../follow-up/follow-up.js';
import type { PeriodRef } from '../follow-up/period.js';
import type { Initiative, InitiativeStatus } from '../initiative/initiative.js';
import type { Decision, Plan, PlanStatus } from '../plan/plan.js';
import type { SnapshotPrinciples } from '../principles/matrix.js';
import { NothingApprovedError } from './period-close.js';

/** The format id written into every snapshot, so a later reader knows how to read it. */
export const SNAPSHOT_FORMAT = 'devplan.period-snapshot/1';

/** An approved follow-up as frozen in a snapshot. */
export interface SnapshotFollowUp {
  followUpId: Id;
  publishedId: Id;
  status: FollowUpStatus;
  progress: number;
  summary: string;
  risks: string;
  nextSteps: string;
  effectsSeen: string;
  approvedAt: IsoDateTime;
  approvedById: Id;
  decisionComment: string;
}

/** An effect with the measurements taken up to the close. */
export interface SnapshotEffect {
  id: Id;
  title: string;
  description: string;
  kind: Effect['kind'];
  direction: Effect['direction'];
  indicator: string;
  method: string;
  schedule: string;
  unit: string;
  baseline: number | null;
  baselineDate: IsoDate | null;
  target: number | null;
  targetDate: IsoDate | null;
  realisedBy: string;
  followedUpBy: string;
  measurements: { measuredAt: IsoDate; value: number; comment: string }[];
}

/** An initiative in a snapshot, with its approved follow-up of the period (or null) and its effects. */
export interface SnapshotInitiative {
  id: Id;
  title: string;
  description: string;
  goal: string;
  status: InitiativeStatus;
  responsibleUnit: string;
  /** The initiative's owner and approver by name ('' when none is set). */
  owner: string;
  approver: string;
  start: IsoDate | null;
  end: IsoDate | null;
  budget: number | null;
  criticalFactors: string;
  investmentNeed: string;
  followUp: SnapshotFollowUp | null;
  effects: SnapshotEffect[];
}

/** A focus area in a snapshot, with its initiatives in plan order. */
export interface SnapshotFocusArea {
  id: Id;
  title: string;
  longTermShift: string;
  initiatives: SnapshotInitiative[];
}

/** The frozen state of a plan and its approved follow-ups at the close of a period (stored as JSON). */
export interface PeriodSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  plan: {
    id: Id;
    title: string;
    planYear: number;
    caseNumber: string;
    status: PlanStatus;
    summary: string;
    budgetRequested: number | null;
  };
  period: PeriodRef;
  closedAt: IsoDateTime;
  closedBy: { id: Id; name: string };
  decisions: { body: string; date: IsoDate; paragraph: string; outcome: string }[];
  focusAreas: SnapshotFocusArea[];
  counts: { initiatives: number; approved: number };
  /**
   * The follow-up of the principles at the close: the latest round's matrix, or null when the plan has had no
   * round yet. Absent in snapshots made before the principles were followed up.
   */
  principles?: SnapshotPrinciples | null;
}

/** What a snapshot is built from: the plan's content and the published (approved) follow-ups of the period. */
export interface SnapshotInput {
  plan: Plan;
  period: PeriodRef;
  decisions: readonly Decision[];
  focusAreas: readonly FocusArea[];
  initiatives: readonly Initiative[];
  published: readonly PublishedFollowUp[];
  effects: readonly Effect[];
  measurements: readonly Measurement[];
  closedAt: IsoDateTime;
  closedBy: { id: Id; name: string };
  /** The latest round's matrix of the principles (null: no round yet); left out of the snapshot when absent. */
  principles?: SnapshotPrinciples | null;
}

const bySortThenId = <T extends { sortOrder: number; id: Id }>(a: T, b: T) =>
  a.sortOrder - b.sortOrder || a.id - b.id;

/**
 * Freezes a plan and its approved follow-ups of one period. Only published follow-ups of this plan and
 * period count (others given by mistake are ignored); when an initiative has several, the latest approval
 * wins. Measurements after the close are left out. Throws `NothingApprovedError` when nothing is approved.
 * Deterministic: the same input gives the same snapshot.
 */
export function buildSnapshot(input: SnapshotInput): PeriodSnapshot {
  const { plan, period } = input;
  const approved = new Map<Id, PublishedFollowUp>();
  for (const p of input.published) {
    if (p.planId !== plan.id || p.periodYear !== period.year || p.period !== period.period) continue;
    const current = approved.get(p.initiativeId);
    if (!current || current.approvedAt < p.approvedAt) approved.set(p.initiativeId, p);
  }
  const initiatives = input.initiatives.filter((i) => i.planId === plan.id);
  const known = new Set(initiatives.map((i) => i.id));
  const count = [...approved.keys()].filter((id) => known.has(id)).length;
  if (count === 0) throw new NothingApprovedError(plan.title, period);

  // A measurement dated the day of the close counts, the day as it is in Stockholm (not in UTC).
  const closeDay = stockholmDay(new Date(input.closedAt));
  const measurementsOf = new Map<Id, SnapshotEffect['measurements']>();
  for (const m of [...input.measurements].sort(
    (a, b) => a.measuredAt.localeCompare(b.measuredAt) || a.id - b.id,
  )) {
    if (m.measuredAt > closeDay) continue;
    const list = measurementsOf.get(m.effectId) ?? [];
    list.push({ measuredAt: m.measuredAt, value: m.value, comment: m.comment });
    measurementsOf.set(m.effectId, list);
  }
  const effectsOf = (initiativeId: Id): SnapshotEffect[] =>
    input.effects
      .filter((e) => e.initiativeId === initiativeId)
      .sort((a, b) => a.id - b.id)
      .map((e) => ({
        id: e.id,
        title: e.title,
        description: e.description,
        kind: e.kind,
        direction: e.direction,
        indicator: e.indicator,
        method: e.method,
        schedule: e.schedule,
        unit: e.unit,
        baseline: e.baseline,
        baselineDate: e.baselineDate,
        target: e.target,
        targetDate: e.targetDate,
        realisedBy: e.realisedBy,
        followedUpBy: e.followedUpBy,
        measurements: measurementsOf.get(e.id) ?? [],
      }));

  const toInitiative = (i: Initiative): SnapshotInitiative => {
    const p = approved.get(i.id);
    return {
      id: i.id,
      title: i.title,
      description: i.description,
      goal: i.goal,
      status: i.status,
      responsibleUnit: i.responsibleUnit,
      owner: i.owner?.title ?? '',
      approver: i.approver?.title ?? '',
      start: i.start,
      end: i.end,
      budget: i.budget,
      criticalFactors: i.criticalFactors,
      investmentNeed: i.investmentNeed,
      followUp: p
        ? {
            followUpId: p.followUpId,
            publishedId: p.id,
            status: p.status,
            progress: p.progress,
            summary: p.summary,
            risks: p.risks,
            nextSteps: p.nextSteps,
            effectsSeen: p.effectsSeen,
            approvedAt: p.approvedAt,
            approvedById: p.approvedById,
            decisionComment: p.decisionComment,
          }
        : null,
      effects: effectsOf(i.id),
    };
  };

  const areas = input.focusAreas.filter((a) => a.planId === plan.id).sort(bySortThenId);
  return {
    format: SNAPSHOT_FORMAT,
    plan: {
      id: plan.id,
      title: plan.title,
      planYear: plan.planYear,
      caseNumber: plan.caseNumber,
      status: plan.status,
      summary: plan.summary,
      budgetRequested: plan.budgetRequested,
    },
    period: { year: period.year, period: period.period },
    closedAt: input.closedAt,
    closedBy: input.closedBy,
    decisions: input.decisions
      .filter((d) => d.planId === plan.id)
      .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id)
      .map((d) => ({ body: d.body, date: d.date, paragraph: d.paragraph, outcome: d.outcome })),
    focusAreas: areas.map((area) => ({
      id: area.id,
      title: area.title,
      longTermShift: area.longTermShift,
      initiatives: initiatives
        .filter((i) => i.focusAreaId === area.id)
        .sort(bySortThenId)
        .map(toInitiative),
    })),
    counts: { initiatives: initiatives.length, approved: count },
    ...(input.principles === undefined ? {} : { principles: input.principles }),
  };
}
