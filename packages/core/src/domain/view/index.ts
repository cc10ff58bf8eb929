export { latestByInitiative } from './plan-view.js';
export type { PlanView, PlanViewPart, DecisionHistory } from './plan-view.js';
