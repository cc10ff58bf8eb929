import { stockholmDay } from '../../format/date.js';
import { localize } from '../../i18n/translate.js';
import { DomainError } from '../common/errors.js';
import type { Id, IsoDateTime, Localized } from '../common/types.js';
import type { FollowUp } from '../follow-up/follow-up.js';
import type { ApprovalDecision, Delegation, SentApprovalCard } from './approval.js';

/** The unique key of a decision: one decision per follow-up version, enforced by SharePoint. */
export function decisionKey(followUpId: Id, followUpVersion: number): string {
  return `${followUpId}@${followUpVersion}`;
}

/** True when the delegation covers the calendar day of `at` (UTC), both ends included. */
export function isDelegationActive(delegation: Pick<Delegation, 'start' | 'end'>, at: Date): boolean {
  // Dates of a delegation are days in Stockholm: it starts at midnight Swedish time, not UTC.
  const day = stockholmDay(at);
  return delegation.start <= day && day <= delegation.end;
}

/** Whether two delegations' day ranges share a day. */
export function delegationsOverlap(
  a: Pick<Delegation, 'start' | 'end'>,
  b: Pick<Delegation, 'start' | 'end'>,
): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Who may decide a follow-up of an initiative on a given day: its approver and their active deputies. */
export function decidersOf(
  approverId: Id | null,
  delegations: readonly Pick<Delegation, 'approverId' | 'deputyId' | 'start' | 'end'>[],
  at: Date,
): Id[] {
  if (approverId === null) return [];
  const deputies = delegations
    .filter((d) => d.approverId === approverId && isDelegationActive(d, at))
    .map((d) => d.deputyId);
  return [approverId, ...new Set(deputies.filter((d) => d !== approverId))];
}

/** The decision that makes a follow-up approved: one recorded on the version just before the approving write. */
export function approvingDecision<
  D extends Pick<ApprovalDecision, 'followUpId' | 'decision' | 'followUpVersion'>,
>(followUp: Pick<FollowUp, 'id' | 'state' | 'version'>, decisions: readonly D[]): D | null {
  if (followUp.state !== 'approved') return null;
  return (
    decisions.find(
      (d) =>
        d.followUpId === followUp.id &&
        d.decision === 'approved' &&
        d.followUpVersion === followUp.version - 1,
    ) ?? null
  );
}

/** A submission the app accepted and recorded (AuditLog `submit`), at the follow-up version submitted. */
export interface RecordedSubmission {
  followUpVersion: number;
}

/**
 * The last state of a follow-up that the app itself recorded, from what only the app writes: its decisions
 * (ApprovalDecisions) and the submissions it accepted (AuditLog `submit` entries). Versions order them, never
 * clocks: a submission recorded on a later version than the last decision is waiting (`submitted`); else the
 * last decision stands (`sentBack`; `approved` is backed by its decision and never restored); with no record
 * at all the follow-up is a `draft`. A State written over REST is not a record, so restoring to this never
 * invents a submission.
 */
export function lastRecordedState(
  decisions: readonly Pick<ApprovalDecision, 'decision' | 'followUpVersion'>[],
  submissions: readonly RecordedSubmission[],
): 'draft' | 'submitted' | 'sentBack' | 'approved' {
  const newest = <T extends { followUpVersion: number }>(items: readonly T[]) =>
    items.reduce<T | null>((a, b) => (a && a.followUpVersion >= b.followUpVersion ? a : b), null);
  const decision = newest(decisions);
  const submission = newest(submissions);
  if (submission && (!decision || submission.followUpVersion > decision.followUpVersion)) return 'submitted';
  return decision ? decision.decision : 'draft';
}

/**
 * Whether the app treats a follow-up as approved: its State says so *and* an ApprovalDecision recorded by
 * the app backs exactly that state (members can write State through REST; that alone approves nothing,
 * and an approved follow-up changed afterwards is no longer backed).
 */
export function isApproved(
  followUp: Pick<FollowUp, 'id' | 'state' | 'version'>,
  decisions: readonly Pick<ApprovalDecision, 'followUpId' | 'decision' | 'followUpVersion'>[],
): boolean {
  return approvingDecision(followUp, decisions) !== null;
}

/** Settings of reminders and escalation. */
export interface ReminderPolicy {
  /** A pending approval older than this many days is sent to the approver again. */
  remindAfterDays: number;
  /** …and after this many days (counted from submission) also to the approver's deputy. */
  escalateAfterDays: number;
  /** Owners are reminded this many days before a period closes, while their follow-up is not submitted. */
  ownerReminderDaysBefore: number;
}

/** Default reminder settings. */
export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  remindAfterDays: 3,
  escalateAfterDays: 6,
  ownerReminderDaysBefore: 7,
};

/** The fewest and most days a plan may set for its reminder and escalation (the Plans list's columns allow these). */
export const PLAN_REMINDER_DAYS = { min: 1, max: 60 } as const;

/** A plan's own reminder and escalation days, as stored on the plan (null or absent: not set). */
export interface PlanReminderDays {
  remindAfterDays?: number | null;
  escalateAfterDays?: number | null;
}

/**
 * The policy that applies to a plan's pending approvals: the plan's own days when both are set and make sense
 * (whole days within `PLAN_REMINDER_DAYS`, the reminder before the escalation), else the app server's setting
 * (`fallback`) for both. Owners' deadline reminders always follow the server's setting.
 */
export function planReminderPolicy(
  plan: PlanReminderDays | null | undefined,
  fallback: ReminderPolicy,
): ReminderPolicy {
  const remind = plan?.remindAfterDays;
  const escalate = plan?.escalateAfterDays;
  const valid = (days: number | null | undefined): days is number =>
    typeof days === 'number' &&
    Number.isInteger(days) &&
    days >= PLAN_REMINDER_DAYS.min &&
    days <= PLAN_REMINDER_DAYS.max;
  if (!valid(remind) || !valid(escalate) || remind >= escalate) return fallback;
  return { ...fallback, remindAfterDays: remind, escalateAfterDays: escalate };
}

const DAY = 86_400_000;

/** What is due for one pending (submitted) follow-up now: nothing, a reminder, or an escalation. */
export function dueReminder(
  submittedAt: IsoDateTime | null,
  sent: readonly Pick<SentApprovalCard, 'kind' | 'followUpVersion'>[],
  version: number,
  now: Date,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): 'reminder' | 'escalation' | null {
  if (!submittedAt) return null;
  const age = (now.getTime() - new Date(submittedAt).getTime()) / DAY;
  const ofVersion = sent.filter((s) => s.followUpVersion === version);
  if (age >= policy.escalateAfterDays && !ofVersion.some((s) => s.kind === 'escalation')) return 'escalation';
  if (
    age >= policy.remindAfterDays &&
    !ofVersion.some((s) => s.kind === 'reminder' || s.kind === 'escalation')
  )
    return 'reminder';
  return null;
}

/**
 * When a pending follow-up will be sent again to the approver and when to their deputies: instants counted
 * from its submission by the policy's days (null without a submission time).
 */
export function reminderSchedule(
  submittedAt: IsoDateTime | null,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): { remindAt: IsoDateTime; escalateAt: IsoDateTime } | null {
  if (!submittedAt) return null;
  const at = new Date(submittedAt).getTime();
  if (Number.isNaN(at)) return null;
  return {
    remindAt: new Date(at + policy.remindAfterDays * DAY).toISOString(),
    escalateAt: new Date(at + policy.escalateAfterDays * DAY).toISOString(),
  };
}

/** Why a decision was not recorded; `status` is the HTTP status the API answers with. */
export class DecisionRefusedError extends DomainError {
  override readonly name = 'DecisionRefusedError';
  constructor(
    code: DecisionRefusal,
    reason: Localized = localize(`approvals.refused.${code}`),
    status = 409,
  ) {
    super(`approvals.${code}`, reason, status);
  }
}

/** The reasons a decision can be refused. */
export type DecisionRefusal =
  | 'notApprover'
  | 'ownWork'
  | 'tampered'
  | 'outdated'
  | 'notSubmitted'
  | 'commentRequired'
  | 'unknownUser'
  | 'alreadyDecided'
  | 'superseded';
