export { PLAN_2026 } from './plan-2026.js';
export { importPlan } from './import-plan.js';
export type { ImportReport, ImportOptions } from './import-plan.js';
export type { PlanSeed, SeedFocusArea, SeedInitiative, SeedFootnote } from './types.js';
