export { PlanYearService } from './plan-years.js';
export type { PlanYearResult, PlanDecisionResult } from './plan-years.js';
export { plansApi } from './api.js';
export type { PlansApiDeps } from './api.js';
export { plansRoutes } from './routes.js';
export { PlanDocumentService } from './plan-document.js';
export type { PlanDocumentFile } from './plan-document.js';
export { renderPlanDocx } from './document-docx.js';
