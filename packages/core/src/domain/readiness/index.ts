export { READINESS_CRITERIA, initiativeReadiness, planReadiness } from './readiness.js';
export type {
  ReadinessCriterion,
  CriterionResult,
  InitiativeReadiness,
  PlanReadiness,
  ReadinessContext,
} from './readiness.js';
