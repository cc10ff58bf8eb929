import type { Id, IsoDateTime, Stored } from '../common/types.js';
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
  decidedAt: IsoDateTime;
  comment: string;
  /** The follow-up version the decision was taken on. */
  followUpVersion: number;
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
}
