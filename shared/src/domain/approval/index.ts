export { DECISION_OUTCOMES } from './approval.js';
export type { ApprovalDecision, DecisionOutcome, PublishedFollowUp } from './approval.js';
