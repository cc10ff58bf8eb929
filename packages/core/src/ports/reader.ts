import type { PlanChoice, PlanView } from '../domain/index.js';

/** Where the reader view gets its plan from; the host builds it from its own PnPjs instance. */
export interface PlanSource {
  /** The chosen plan with its published content, or null when there is no such adopted plan. */
  load(choice: PlanChoice): Promise<PlanView | null>;
}
