export { TEXT_MAX, NOTE_MAX, maxLengthOf, assertMaxLength } from './limits.js';
export {
  planInput,
  planPatch,
  decisionPatch,
  focusAreaPatch,
  measurementPatch,
  decisionInput,
  focusAreaInput,
  initiativeInput,
  initiativePatch,
  activityInput,
  activityPatch,
  followUpDraftInput,
  followUpPatch,
  followUpSubmission,
  approvalDecisionInput,
  effectInput,
  effectPatch,
  measurementInput,
  newPlanRequest,
  planDecisionRequest,
  planUpdateRequest,
  planCloseRequest,
} from './schemas.js';
export type {
  PlanInput,
  DecisionInput,
  FocusAreaInput,
  FocusAreaPatch,
  InitiativeInput,
  InitiativePatch,
  ActivityInput,
  ActivityPatch,
  FollowUpDraftInput,
  FollowUpPatch,
  ApprovalDecisionInput,
  EffectInput,
  EffectPatch,
  MeasurementInput,
  NewPlanRequest,
  PlanDecisionInput,
  PlanUpdateInput,
} from './schemas.js';
export { planReminderDaysInput } from './reminder-days.js';
export type { PlanReminderDaysInput } from './reminder-days.js';
export { validate, parseOrThrow } from './validate.js';
export type { Validated } from './validate.js';
export { toFieldIssues } from './messages.js';
export { principleRoundOpening, principleRoundClosing, principleAssessmentRequest } from './schemas.js';
export type { PrincipleRoundOpening, PrincipleRoundClosing, PrincipleAssessmentRequest } from './schemas.js';
