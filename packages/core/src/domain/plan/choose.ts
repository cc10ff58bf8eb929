import type { Plan } from './plan.js';

/** Which plan to show: the latest one, or the plan of a year. */
export type PlanChoice = 'latest' | number;

/**
 * Plans readers may see: approved by the executive board (KS), or closed after their year. A draft, and a plan
 * on its way through the decision chain (adopted by the service committee, prepared by KSAU), never reaches a reader.
 */
export function isReadable(plan: Pick<Plan, 'status'>): boolean {
  return plan.status === 'approved' || plan.status === 'closed';
}

/** The plan a choice points at among `plans`: the newest for `'latest'`, else that year's; undefined if none. */
export function choosePlan<P extends Pick<Plan, 'planYear'>>(
  plans: readonly P[],
  choice: PlanChoice,
): P | undefined {
  if (choice !== 'latest') return plans.find((p) => p.planYear === choice);
  return plans.reduce<P | undefined>(
    (newest, p) => (!newest || p.planYear > newest.planYear ? p : newest),
    undefined,
  );
}
