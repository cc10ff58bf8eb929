import type { ApprovalDecision, PublishedFollowUp } from '../approval/approval.js';
import type { Effect } from '../effect/effect.js';
import type { FocusArea } from '../focus-area/focus-area.js';
import type { FollowUp } from '../follow-up/follow-up.js';
import type { Activity, Initiative } from '../initiative/initiative.js';
import type { Decision, Plan } from '../plan/plan.js';

/** Everything a plan overview shows, read in one go. */
export interface PlanView {
  plan: Plan;
  decisions: Decision[];
  focusAreas: FocusArea[];
  initiatives: Initiative[];
  activities: Activity[];
  effects: Effect[];
  /** Working follow-ups (members only; never read for intranet readers). */
  followUps: FollowUp[];
  /** Approved, frozen follow-ups: what readers may see; only those whose app seal checks. */
  published: PublishedFollowUp[];
  /** Publications left out because their seal did not check (not written by the app); 0 when none. */
  unverifiedPublications?: number;
  /**
   * Parts asked for but not read yet (empty lists here): too big for the first request (past SharePoint's list
   * view threshold), read after the first paint (`PlanSource.activities`). Absent when everything was read.
   */
  pending?: readonly PlanViewPart[];
}

/**
 * The columns of an initiative the intranet view reads: what readers are shown, and what the dashboard's readiness
 * check looks at (investment need, critical factors, whether an approver is named: the approver's id, not the
 * person). Not the description, responsible unit, administrations, principles or budget.
 */
export const READER_INITIATIVE_FIELDS = [
  'planId',
  'focusAreaId',
  'title',
  'goal',
  'ownerId',
  'owner',
  'approverId',
  'start',
  'end',
  'status',
  'investmentNeed',
  'criticalFactors',
  'sortOrder',
] as const satisfies readonly (keyof Initiative)[];

/** The columns of an effect the intranet view reads: what its effect list shows. */
export const READER_EFFECT_FIELDS = [
  'planId',
  'initiativeId',
  'title',
  'kind',
  'direction',
  'indicator',
  'unit',
  'baseline',
  'baselineDate',
  'target',
  'targetDate',
] as const satisfies readonly (keyof Effect)[];

/** An initiative as the intranet view has it: id and the reader's columns. */
export type ReaderInitiativeData = Pick<Initiative, 'id' | (typeof READER_INITIATIVE_FIELDS)[number]>;
/** An effect as the intranet view has it: id and the reader's columns. */
export type ReaderEffectData = Pick<Effect, 'id' | (typeof READER_EFFECT_FIELDS)[number]>;

/**
 * The plan view an intranet reader gets (`PlanSource`): published content only, and of initiatives and effects
 * only the columns readers are shown, so a plan of thousands of initiatives reads a third less. A full
 * `PlanView` is one too.
 */
export interface ReaderPlanView extends Omit<PlanView, 'initiatives' | 'effects'> {
  initiatives: ReaderInitiativeData[];
  effects: ReaderEffectData[];
}

/** The parts of a plan view a caller can ask for. */
export type PlanViewPart = 'decisions' | 'activities' | 'effects' | 'followUps' | 'published';

/** Decisions on a follow-up, newest first, as the history of one follow-up. */
export type DecisionHistory = ApprovalDecision[];

/** The latest (by period order) of the given follow-ups of each initiative. */
export function latestByInitiative<T extends { initiativeId: number; periodYear: number; period: string }>(
  items: readonly T[],
  order: (item: T) => number,
): Map<number, T> {
  const latest = new Map<number, T>();
  for (const item of items) {
    const current = latest.get(item.initiativeId);
    if (!current || order(item) > order(current)) latest.set(item.initiativeId, item);
  }
  return latest;
}
