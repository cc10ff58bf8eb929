import type { ApprovalAnswer, ApprovalRequest, PendingApproval } from './tab.js';

/** A change the tab made, for the audit trail: which item, and for deletions the initiative it belonged to. */
export interface AuditedChange {
  list: 'Initiatives' | 'Activities' | 'Effects' | 'FollowUps';
  itemId: number;
  deleted?: boolean;
  /** Before an item's first audited edit: record its current state, so the edit's changes can be named. */
  baseline?: boolean;
  /** For a deleted activity or effect: its initiative (checked by the server against what it audited). */
  initiativeId?: number;
}

/** What the audit route answered: an entry added now, or none needed (the version was already audited). */
export interface AuditAnswer {
  status: 'recorded' | 'unchanged';
  entryId: number | null;
}

/** What the tab asks of the app server's API for approvals and the audit trail (the host implements it). */
export interface AppApiPort {
  /** Submitted follow-ups waiting for the caller's decision (as approver or active deputy). */
  pendingApprovals(): Promise<PendingApproval[]>;
  /** Records a decision. */
  decide(request: ApprovalRequest): Promise<ApprovalAnswer>;
  /** Asks the server to audit a change the tab just made. */
  recordChange(change: AuditedChange): Promise<AuditAnswer>;
  /** Sends the approval card of a just-submitted follow-up now (the server's sweep is the safety net). */
  requestApproval(followUpId: number): Promise<void>;
  /** Whether the caller is a plan administrator (the site's owners), as the server reads it. */
  administrator(): Promise<boolean>;
  /** Names an initiative's approver (null: nobody); plan administrators only, checked by the server. */
  assignApprover(initiativeId: number, approverId: number | null): Promise<void>;
}
