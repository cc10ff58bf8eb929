import type { ApprovalAnswer, ApprovalRequest, PendingApproval } from './tab.js';

/** A change the tab made, for the audit trail: which item, and for deletions the initiative it belonged to. */
export interface AuditedChange {
  list: 'FocusAreas' | 'Initiatives' | 'Activities' | 'Effects' | 'FollowUps';
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

/** A delegation as the tab shows it: both people by name, and whether it is in force today. */
export interface DelegationView {
  id: number;
  approver: { id: number; name: string };
  deputy: { id: number; name: string };
  /** Days in Stockholm, `YYYY-MM-DD`, both included. */
  start: string;
  end: string;
  active: boolean;
  /** The ETag, for ending it early. */
  etag: string;
}

/** The signed-in person's delegations: those they gave (as an approver) and those they hold (as a deputy). */
export interface PersonDelegations {
  /** True when the person approves at least one initiative (and so may name a deputy). */
  approver: boolean;
  given: DelegationView[];
  received: DelegationView[];
  /**
   * Only for plan administrators (asking for their own): everyone who approves an initiative, whose deputies
   * they may name and end.
   */
  approvers?: { id: number; name: string }[];
}

/** A plan's reminder and escalation days: its own (null when not set), the ones that apply, and its ETag. */
export interface PlanReminderPolicyView {
  planId: number;
  remindAfterDays: number | null;
  escalateAfterDays: number | null;
  /** What the plan's pending approvals follow: the plan's own days, else the app server's setting. */
  applies: { remindAfterDays: number; escalateAfterDays: number; source: 'plan' | 'server' };
  /** The plan's ETag, for a change. */
  etag: string;
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
  /**
   * The caller's current and coming delegations, given and held; with `approverId`, that approver's (plan
   * administrators only).
   */
  delegations(approverId?: number): Promise<PersonDelegations>;
  /**
   * Names a deputy for the caller's approvals (or, by a plan administrator, for `approverId`'s) from `start` to
   * `end` (days); refused with the reason.
   */
  delegate(deputyId: number, start: string, end: string, approverId?: number): Promise<void>;
  /** Ends a delegation the caller gave (or, by a plan administrator, one of `approverId`'s), read at `etag`. */
  endDelegation(id: number, etag: string, approverId?: number): Promise<void>;
  /** A plan's reminder and escalation days. */
  reminderPolicy(planId: number): Promise<PlanReminderPolicyView>;
  /** Sets a plan's reminder and escalation days (both null: the server's setting); plan administrators only. */
  setReminderPolicy(
    planId: number,
    days: { remindAfterDays: number | null; escalateAfterDays: number | null },
    etag: string,
  ): Promise<PlanReminderPolicyView>;
  /** Whether the caller is a plan administrator (the site's owners), as the server reads it. */
  administrator(): Promise<boolean>;
  /** Names an initiative's approver (null: nobody); plan administrators only, checked by the server. */
  assignApprover(initiativeId: number, approverId: number | null): Promise<void>;
}
