import type { Id, IsoDateTime, Stored } from '../common/types.js';

/** Where a follow-up is in its approval life cycle. */
export const FOLLOW_UP_STATES = ['draft', 'submitted', 'approved', 'sentBack'] as const;
/** State of a follow-up. */
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** How an initiative stands, as its owner reports it. */
export const FOLLOW_UP_STATUSES = ['onTrack', 'atRisk', 'offTrack', 'done'] as const;
/** Reported status of an initiative in a follow-up. */
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** The content a follow-up reports: what an approver approves and readers see when published. */
export interface FollowUpContent {
  status: FollowUpStatus;
  /** 0–100. */
  progress: number;
  summary: string;
  risks: string;
  nextSteps: string;
  effectsSeen: string;
}

/** A working follow-up (uppföljning) of an initiative for one period. One per initiative and period. */
export interface FollowUp extends Stored, FollowUpContent {
  planId: Id;
  initiativeId: Id;
  periodYear: number;
  period: string;
  state: FollowUpState;
  submittedById: Id | null;
  submittedAt: IsoDateTime | null;
  /** Item version the ETag stands for; an approval records the version it approved. */
  version: number;
}
