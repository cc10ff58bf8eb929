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
