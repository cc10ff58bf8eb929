export { DecisionRecordLostError, DecisionService } from './decision-service.js';
export type {
  DecisionRequest,
  PlacementHint,
  DecisionResult,
  RecordedDecision,
  VersionedFollowUp,
} from './decision-service.js';
export { CompletionStageTimeoutError, DecisionCompletionQueue } from './completion-queue.js';
export type { CompletionJob, CompletionQueueOptions } from './completion-queue.js';
export { recordedDecisionCard } from './recorded-card.js';
export { SiteUserResolver, staticDirectory } from './identity.js';
export type { Actor, Directory, DirectoryUser } from './identity.js';
export { CardSigner } from './card-signature.js';
export type { SignedCardData, VerifiedCardData } from './card-signature.js';
export { MAX_LOOKUP_KEYS, SharedBatches, SharedBatchSizeError } from './shared-batches.js';
export type { LookupKind, SharedLookup, SharedRead } from './shared-batches.js';
export { CardModels } from './card-models.js';
export type { CardModelWithDeciders } from './card-models.js';
export { ApprovalNotifier } from './notifier.js';
export type { ConversationSender, SweepReport } from './notifier.js';
export { approvalsApi } from './api.js';
export { ReminderPolicies, StaleReminderPolicyError } from './reminder-policy.js';
export type { PlanReminderDaysChange } from './reminder-policy.js';
export type { ApprovalsApiDeps } from './api.js';
export { createApprovalsHost } from './host.js';
export type { ApprovalsHost, ApprovalsHostOptions } from './host.js';
export { approvalsSettingsFromEnv, SettingsError } from './settings.js';
export type { ApprovalsProductionSettings } from './settings.js';
export { graphDirectory, GraphDirectoryError } from './graph-directory.js';
export type { GraphDirectoryOptions } from './graph-directory.js';
export { parseSealKey, readApprovalsSettings } from './settings.js';
export type { NotifierOptions } from './notifier.js';
