export { APPROVAL_CARD_KINDS, CONVERSATION_TYPES, DECISION_OUTCOMES, INSTALL_STATES } from './approval.js';
export type {
  ApproverAssignment,
  ApprovalCardKind,
  ApprovalDecision,
  ConversationRef,
  ConversationType,
  DecisionOutcome,
  InstallState,
  Delegation,
  PublishedFollowUp,
  SentApprovalCard,
} from './approval.js';
export {
  approvingDecision,
  decidersOf,
  decisionKey,
  DecisionRefusedError,
  DEFAULT_REMINDER_POLICY,
  dueReminder,
  isApproved,
  delegationsOverlap,
  isDelegationActive,
  lastRecordedState,
  PLAN_REMINDER_DAYS,
  planReminderPolicy,
  reminderSchedule,
} from './rules.js';
export type { DecisionRefusal, PlanReminderDays, RecordedSubmission, ReminderPolicy } from './rules.js';
export {
  decisionSealPayload,
  parseSeal,
  periodSealPayload,
  publicationSealPayload,
  SEAL_KEYS_PROPERTY,
} from './seal.js';
export type { ParsedSeal, SealedPeriodContent, SealPrivateKey } from './seal.js';
