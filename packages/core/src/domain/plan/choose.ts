import type { Plan } from './plan.js';

/** Which plan to show: the latest one, or the plan of a year. */
export type PlanChoice = 'latest' | number;

/** Plans readers may see: anything past draft (adopted, approved, closed). Drafts never reach a reader. */
export function isReadable(plan: Pick<Plan, 'status'>): boolean {
  return plan.status !== 'draft';
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
