export { PLAN_STATUSES } from './plan.js';
export type { Plan, PlanStatus, Decision } from './plan.js';
