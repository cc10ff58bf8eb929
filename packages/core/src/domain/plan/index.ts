export { PLAN_STATUSES } from './plan.js';
export type { Plan, PlanStatus, Decision } from './plan.js';
export { choosePlan, isReadable } from './choose.js';
export type { PlanChoice } from './choose.js';
