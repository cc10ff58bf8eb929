import type { Activity, Plan, PlanChoice, ReaderPlanView } from '../domain/index.js';

/** Where the reader view gets its plan from; the host builds it from its own PnPjs instance. */
export interface PlanSource {
  /**
   * The chosen plan with its published content (of initiatives and effects the columns readers are shown), or
   * null when there is no such adopted plan. Parts too big for
   * the first request are named in the view's `pending` and read after it (`activities`).
   */
  load(choice: PlanChoice): Promise<ReaderPlanView | null>;
  /** The activities of a loaded plan, in sort order: read after the first paint when the view had them pending. */
  activities(plan: Pick<Plan, 'id'>): Promise<Activity[]>;
  /**
   * One initiative of the chosen plan, read beside `load` when a link names it, so its card paints before the
   * whole plan is read: the plan, its areas and decisions, and of the initiatives, activities, effects and
   * publications only this one's (none when the plan has no such initiative); null when there is no such adopted
   * plan. A source without it shows a linked initiative once the whole plan is read.
   */
  initiative?(choice: PlanChoice, id: number): Promise<ReaderPlanView | null>;
  /**
   * The whole view of the chosen plan, read after the first paint when `load` gave only its first screen (a view
   * with `lead`); null when there is no such adopted plan any more. Never a lead itself.
   */
  whole?(choice: PlanChoice): Promise<ReaderPlanView | null>;
}
