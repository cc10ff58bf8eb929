import type { ApprovalDecision, PublishedFollowUp } from '../approval/approval.js';
import type { Effect } from '../effect/effect.js';
import type { FocusArea } from '../focus-area/focus-area.js';
import type { FollowUp } from '../follow-up/follow-up.js';
import type { Activity, Initiative } from '../initiative/initiative.js';
import type { Decision, Plan } from '../plan/plan.js';
import type { ReaderLead } from './reader-lead.js';
import type { OverviewLead } from './overview-lead.js';

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
  /**
   * Present when the view holds only its first screen (`readerLead`: each area's first page of initiatives and of
   * changes): the counts of the whole, which `PlanSource.whole` reads after the first paint.
   */
  lead?: ReaderLead;
}

/**
 * The columns of an initiative the tab's plan overview reads before its first paint: what its tables, filters and
 * readiness check use. Not the description or goal (a search waits for the whole view), the responsible unit,
 * principles or budget, nor the approver's name (only whether one is named).
 */
export const OVERVIEW_INITIATIVE_FIELDS = [
  'planId',
  'focusAreaId',
  'title',
  'ownerId',
  'owner',
  'approverId',
  'administrations',
  'start',
  'end',
  'status',
  'investmentNeed',
  'criticalFactors',
  'sortOrder',
] as const satisfies readonly (keyof Initiative)[];

/** The columns of an effect the plan overview reads: whether it makes the goal measurable (readiness). */
export const OVERVIEW_EFFECT_FIELDS = [
  'planId',
  'initiativeId',
  'indicator',
  'baseline',
  'target',
] as const satisfies readonly (keyof Effect)[];

/** The columns of a working follow-up the plan overview reads: its period, status, progress and state. */
export const OVERVIEW_FOLLOW_UP_FIELDS = [
  'planId',
  'initiativeId',
  'periodYear',
  'period',
  'status',
  'progress',
  'state',
] as const satisfies readonly (keyof FollowUp)[];

/** An initiative as the plan overview has it before the whole view is read. */
export type OverviewInitiative = Pick<Initiative, 'id' | (typeof OVERVIEW_INITIATIVE_FIELDS)[number]> &
  Partial<Pick<Initiative, 'description' | 'goal'>>;
/** An effect as the plan overview has it before the whole view is read. */
export type OverviewEffect = Pick<Effect, 'id' | (typeof OVERVIEW_EFFECT_FIELDS)[number]>;
/** A working follow-up as the plan overview has it before the whole view is read. */
export type OverviewFollowUp = Pick<FollowUp, 'id' | (typeof OVERVIEW_FOLLOW_UP_FIELDS)[number]>;

/**
 * What the tab's plan overview paints from: the plan view with only the overview's columns of initiatives,
 * effects and working follow-ups (no texts, no ETags), so a plan of thousands reads a fraction of the whole view.
 * Pages that show or edit more read the whole `PlanView`, which is an `OverviewPlanView` too.
 */
export interface OverviewPlanView extends Omit<PlanView, 'initiatives' | 'effects' | 'followUps'> {
  initiatives: OverviewInitiative[];
  effects: OverviewEffect[];
  followUps: OverviewFollowUp[];
  /**
   * Present when this is the app's lead of a larger overview (`overviewLead`): the initiatives are then each
   * area's first page, and the counts and filter choices of the whole are here.
   */
  lead?: OverviewLead;
}

/** `item` with only `id` and `fields` (what a narrowed read of its list has). */
function picked<T extends { id: number }, K extends keyof T>(
  item: T,
  fields: readonly K[],
): Pick<T, 'id' | K> {
  const out = { id: item.id } as Pick<T, 'id' | K>;
  for (const field of fields) if (field in item) out[field] = item[field];
  return out;
}

/** The overview's part of a whole plan view: what `planOverview` reads of the same plan. */
export function overviewOf(view: PlanView): OverviewPlanView {
  return {
    ...view,
    initiatives: view.initiatives.map((i) => picked(i, OVERVIEW_INITIATIVE_FIELDS)),
    effects: view.effects.map((e) => picked(e, OVERVIEW_EFFECT_FIELDS)),
    followUps: view.followUps.map((f) => picked(f, OVERVIEW_FOLLOW_UP_FIELDS)),
  };
}

/**
 * One initiative's part of a whole plan view: the plan, its decisions and focus areas, and of the initiatives,
 * activities, effects and follow-ups only those of initiative `id` (none when the plan has no such initiative):
 * what `initiativeView` reads of the same plan.
 */
export function initiativeSlice(view: PlanView, id: number): PlanView {
  return keptInitiatives(view, (initiativeId) => initiativeId === id);
}

/** The lists of a view that belong to its initiatives (by `initiativeId`). */
interface InitiativeLists {
  initiatives: readonly { id: number }[];
  activities: readonly { initiativeId: number }[];
  effects: readonly { initiativeId: number }[];
  followUps: readonly { initiativeId: number }[];
  published: readonly { initiativeId: number }[];
}

/**
 * `view` with only the initiatives `keep` picks (by id), and of the activities, effects, follow-ups and
 * publications only theirs; the plan, its decisions and focus areas as they are (`initiativeSlice`, the leads).
 */
export function keptInitiatives<V extends InitiativeLists>(
  view: V,
  keep: (initiativeId: number) => boolean,
): V {
  const mine = <T extends { initiativeId: number }>(items: readonly T[]) =>
    items.filter((item) => keep(item.initiativeId));
  return {
    ...view,
    initiatives: view.initiatives.filter((i) => keep(i.id)),
    activities: mine(view.activities),
    effects: mine(view.effects),
    followUps: mine(view.followUps),
    published: mine(view.published),
  };
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
