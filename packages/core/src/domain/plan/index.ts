export { PLAN_STATUSES, DECISION_STEPS } from './plan.js';
export type { Plan, PlanStatus, Decision, DecisionStep } from './plan.js';
export {
  STATUS_AFTER_STEP,
  STEP_BODIES,
  PARAGRAPH_PATTERN,
  nextDecisionStep,
  assertDecisionAllowed,
  carryKey,
  carryForwardSelection,
} from './cycle.js';
export type { PlanDecisionRequest, PlanContent } from './cycle.js';
export { choosePlan, isReadable } from './choose.js';
export type { PlanChoice } from './choose.js';
export { buildPlanDocument, planDocumentFileName, textBlocks, goalSentence } from './document.js';
export type { PlanDocument, PlanDocumentBlock, PlanDocumentInput } from './document.js';
