import type { Id, IsoDateTime, Stored, UserRef } from '../common/types.js';
import type { FollowUpContent } from '../follow-up/follow-up.js';

/** What an approver decided. */
export const DECISION_OUTCOMES = ['approved', 'sentBack'] as const;
/** The outcome of an approval decision. */
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** One decision on a follow-up; written only by the app's own identity. */
export interface ApprovalDecision extends Stored {
  followUpId: Id;
  decision: DecisionOutcome;
  decidedById: Id;
  /** Who decided, as SharePoint names them (read only; not part of the seal). */
  decidedBy?: UserRef;
  decidedAt: IsoDateTime;
  comment: string;
  /** The follow-up version the decision was taken on. */
  followUpVersion: number;
  /** The app's seal over the decision (`seal.ts`); a decision without a valid seal was not written by the app. */
  seal: string;
}

/** An approved follow-up frozen as it was approved: the only follow-up data intranet readers read. */
export interface PublishedFollowUp extends Stored, FollowUpContent {
  planId: Id;
  initiativeId: Id;
  followUpId: Id;
  periodYear: number;
  period: string;
  approvedById: Id;
  approvedAt: IsoDateTime;
  decisionComment: string;
  /** The app's seal over the publication (`seal.ts`); readers show only publications whose seal checks. */
  seal: string;
}

/** Kinds of Teams conversation the bot keeps a reference to. */
export const CONVERSATION_TYPES = ['personal', 'channel', 'groupChat'] as const;
/** Kind of a stored conversation. */
export type ConversationType = (typeof CONVERSATION_TYPES)[number];

/** Whether the app is installed in a conversation. */
export const INSTALL_STATES = ['installed', 'uninstalled'] as const;
/** Install state of a conversation. */
export type InstallState = (typeof INSTALL_STATES)[number];

/** A stored conversation reference: where the bot can send proactively. */
export interface ConversationRef extends Stored {
  /** `personal:<aadObjectId>` for 1:1 chats, `channel:<conversationId>` for channels. */
  key: string;
  /** The user of a 1:1 chat (Entra object id), '' for channels. */
  aadObjectId: string;
  conversationId: string;
  conversationType: ConversationType;
  serviceUrl: string;
  tenantId: string;
  /** 'uninstalled' once the app was removed from the conversation. */
  installState: InstallState;
  updatedAt: IsoDateTime;
}

/** Why an approval card was sent. */
export const APPROVAL_CARD_KINDS = ['request', 'reminder', 'escalation', 'channel'] as const;
/** Kind of a sent approval card. */
export type ApprovalCardKind = (typeof APPROVAL_CARD_KINDS)[number];

/** One approval card sent to someone, so it can be updated for everyone and reminders can be timed. */
export interface SentApprovalCard extends Stored {
  followUpId: Id;
  followUpVersion: number;
  /** Site user id of the recipient (null for a channel). */
  recipientId: Id | null;
  recipientAadId: string;
  conversationId: string;
  activityId: string;
  kind: ApprovalCardKind;
  sentAt: IsoDateTime;
}

/** An approver's deputy for a date range (both days included). */
/**
 * Who approves an initiative's follow-ups: the one source the decisions read, written only by the app when a
 * plan administrator names the approver (the initiative's own Approver column is a copy for display, which
 * members could change over REST).
 */
export interface ApproverAssignment extends Stored {
  initiativeId: Id;
  /** The approver's site user id; null when the administrator removed the approver. */
  approverId: Id | null;
  assignedById: Id;
  assignedAt: IsoDateTime;
}

/** A deputy an approver named for a period. */
export interface Delegation extends Stored {
  approverId: Id;
  deputyId: Id;
  start: string;
  end: string;
}
