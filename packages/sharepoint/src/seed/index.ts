export { PLAN_2026 } from './plan-2026.js';
export { importPlan } from './import-plan.js';
export type { ImportReport, ImportOptions } from './import-plan.js';
export type { PlanSeed, SeedFocusArea, SeedInitiative, SeedFootnote } from './types.js';
export { EXAMPLE_2026 } from './example-2026.js';
export {
  seedExampleData,
  exampleDataState,
  exampleDataDoneKey,
  ExampleDataMismatchError,
} from './example-data.js';
export type {
  ExampleDataApi,
  ExampleDataCounts,
  ExampleDataOptions,
  ExampleDataPorts,
  ExampleDataReport,
  ExampleDataState,
  ExampleDecision,
} from './example-data.js';
export type {
  ExampleDataSet,
  ExampleEffect,
  ExampleFollowUp,
  ExampleInitiative,
  ExampleMeasurement,
  ExamplePerson,
} from './example-types.js';
