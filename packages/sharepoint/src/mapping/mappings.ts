import {
  followUpUniqueKey,
  type ColumnNameOf,
  closureKey,
  type ApprovalDecision,
  type ConversationRef,
  type Delegation,
  type ApproverAssignment,
  type PublishedFollowUp,
  type SentApprovalCard,
  type AuditEntry,
  type Effect,
  type Measurement,
  type FocusArea,
  type FollowUp,
  type Activity,
  type Initiative,
  type Decision,
  type Plan,
  type PeriodClosure,
  type StoredReport,
  assessmentKey,
  openRoundKey,
  type PrincipleRound,
  type PrincipleAssessment,
} from '@devplan/core';
import type { DerivedColumns, EntityMapping } from './mapper.js';

/** `<planId>:<year>-<period>`: an indexed key that finds one plan's follow-ups of one period. */
export function planPeriodKey(planId: number, year: number, period: string): string {
  return `${planId}:${year}-${period}`;
}

/** The content columns both follow-up lists have (spread into both mappings, so checked against both). */
const followUpContentColumns = {
  periodYear: { field: 'PeriodYear', as: 'number' },
  period: { field: 'Period', as: 'text' },
  status: { field: 'FollowUpStatus', as: 'text' },
  progress: { field: 'Progress', as: 'number' },
  summary: { field: 'Summary', as: 'text' },
  risks: { field: 'Risks', as: 'text' },
  nextSteps: { field: 'NextSteps', as: 'text' },
  effectsSeen: { field: 'EffectsSeen', as: 'text' },
} as const;

/** The derived columns both follow-up lists have. */
type PeriodColumns = { [N in ColumnNameOf<'FollowUps'> & ColumnNameOf<'PublishedFollowUps'>]?: unknown };

/** The Title and plan-period key of a follow-up, when its plan and period are known. */
function periodColumns(
  e: Partial<{ planId: number; initiativeId: number; periodYear: number; period: string }>,
): PeriodColumns {
  if (e.planId === undefined || e.periodYear === undefined || e.period === undefined) return {};
  return {
    Title: `${e.periodYear} ${e.period}`,
    PlanPeriod: planPeriodKey(e.planId, e.periodYear, e.period),
  };
}

/** Plans list ⇄ Plan. */
export const planMapping: EntityMapping<Plan, 'Plans'> = {
  list: 'Plans',
  columns: {
    title: { field: 'Title', as: 'text' },
    planYear: { field: 'PlanYear', as: 'number' },
    caseNumber: { field: 'CaseNumber', as: 'text' },
    status: { field: 'PlanStatus', as: 'text' },
    summary: { field: 'Summary', as: 'text' },
    budgetRequested: { field: 'BudgetRequested', as: 'number' },
    principles: { field: 'Principles', as: 'lines' },
    remindAfterDays: { field: 'RemindAfterDays', as: 'number' },
    escalateAfterDays: { field: 'EscalateAfterDays', as: 'number' },
    exampleData: { field: 'ExampleData', as: 'boolean' },
  },
};

/** Decisions list ⇄ Decision. */
export const decisionMapping: EntityMapping<Decision, 'Decisions'> = {
  list: 'Decisions',
  columns: {
    planId: { field: 'Plan', as: 'lookup' },
    step: { field: 'DecisionStep', as: 'text' },
    body: { field: 'Title', as: 'text' },
    date: { field: 'DecisionDate', as: 'date' },
    paragraph: { field: 'Paragraph', as: 'text' },
    outcome: { field: 'Outcome', as: 'text' },
    notes: { field: 'Notes', as: 'text' },
  },
};

/** FocusAreas list ⇄ FocusArea. */
export const focusAreaMapping: EntityMapping<FocusArea, 'FocusAreas'> = {
  list: 'FocusAreas',
  columns: {
    planId: { field: 'Plan', as: 'lookup' },
    title: { field: 'Title', as: 'text' },
    longTermShift: { field: 'LongTermShift', as: 'text' },
    sortOrder: { field: 'SortOrder', as: 'number' },
    carriedFromId: { field: 'CarriedFrom', as: 'number' },
  },
};

/** Initiatives list ⇄ Initiative. */
export const initiativeMapping: EntityMapping<Initiative, 'Initiatives'> = {
  list: 'Initiatives',
  columns: {
    planId: { field: 'Plan', as: 'lookup' },
    focusAreaId: { field: 'FocusArea', as: 'lookup' },
    title: { field: 'Title', as: 'text' },
    description: { field: 'Description', as: 'text' },
    goal: { field: 'Goal', as: 'text' },
    ownerId: { field: 'Owner', as: 'user', userRef: 'owner' },
    approverId: { field: 'Approver', as: 'user', userRef: 'approver' },
    responsibleUnit: { field: 'ResponsibleUnit', as: 'text' },
    administrations: { field: 'Administrations', as: 'lines' },
    principles: { field: 'Principles', as: 'lines' },
    start: { field: 'StartDate', as: 'date' },
    end: { field: 'EndDate', as: 'date' },
    status: { field: 'InitiativeStatus', as: 'text' },
    budget: { field: 'Budget', as: 'number' },
    criticalFactors: { field: 'CriticalFactors', as: 'text' },
    investmentNeed: { field: 'InvestmentNeed', as: 'text' },
    sortOrder: { field: 'SortOrder', as: 'number' },
    carriedFromId: { field: 'CarriedFrom', as: 'number' },
  },
};

/** Activities list ⇄ Activity. */
export const activityMapping: EntityMapping<Activity, 'Activities'> = {
  list: 'Activities',
  columns: {
    planId: { field: 'Plan', as: 'lookup' },
    initiativeId: { field: 'Initiative', as: 'lookup' },
    title: { field: 'Title', as: 'text' },
    status: { field: 'ActivityStatus', as: 'text' },
    due: { field: 'Due', as: 'date' },
    responsible: { field: 'Responsible', as: 'text' },
    sortOrder: { field: 'SortOrder', as: 'number' },
  },
};

/** FollowUps list ⇄ FollowUp. The unique key and plan-period key are derived here. */
export const followUpMapping: EntityMapping<FollowUp, 'FollowUps'> = {
  list: 'FollowUps',
  columns: {
    planId: { field: 'Plan', as: 'lookup' },
    initiativeId: { field: 'Initiative', as: 'lookup' },
    ...followUpContentColumns,
    state: { field: 'State', as: 'text' },
    submittedById: { field: 'SubmittedBy', as: 'user' },
    submittedAt: { field: 'SubmittedAt', as: 'datetime' },
  },
  derived: (e) => {
    const key: DerivedColumns<'FollowUps'> =
      e.initiativeId !== undefined && e.periodYear !== undefined && e.period !== undefined
        ? { UniqueKey: followUpUniqueKey(e.initiativeId, { year: e.periodYear, period: e.period }) }
        : {};
    return { ...periodColumns(e), ...key };
  },
};

/** ApprovalDecisions list ⇄ ApprovalDecision. `DecisionKey` makes a second decision on one version impossible. */
export const approvalDecisionMapping: EntityMapping<ApprovalDecision, 'ApprovalDecisions'> = {
  list: 'ApprovalDecisions',
  columns: {
    followUpId: { field: 'FollowUp', as: 'lookup' },
    decision: { field: 'Decision', as: 'text' },
    decidedById: { field: 'DecidedBy', as: 'user', userRef: 'decidedBy' },
    decidedAt: { field: 'DecidedAt', as: 'datetime' },
    comment: { field: 'Comment', as: 'text' },
    followUpVersion: { field: 'FollowUpVersion', as: 'number' },
    seal: { field: 'Seal', as: 'text' },
  },
  derived: (e): DerivedColumns<'ApprovalDecisions'> =>
    e.followUpId !== undefined && e.followUpVersion !== undefined
      ? {
          Title: `${e.decision ?? ''} ${e.followUpId}`.trim(),
          DecisionKey: `${e.followUpId}@${e.followUpVersion}`,
        }
      : {},
};

/** PublishedFollowUps list ⇄ PublishedFollowUp. */
export const publishedFollowUpMapping: EntityMapping<PublishedFollowUp, 'PublishedFollowUps'> = {
  list: 'PublishedFollowUps',
  columns: {
    planId: { field: 'Plan', as: 'lookup' },
    initiativeId: { field: 'Initiative', as: 'lookup' },
    followUpId: { field: 'FollowUpId', as: 'number' },
    ...followUpContentColumns,
    approvedById: { field: 'ApprovedBy', as: 'user' },
    approvedAt: { field: 'ApprovedAt', as: 'datetime' },
    decisionComment: { field: 'DecisionComment', as: 'text' },
    seal: { field: 'Seal', as: 'text' },
  },
  derived: periodColumns,
};

/** Effects list ⇄ Effect. */
export const effectMapping: EntityMapping<Effect, 'Effects'> = {
  list: 'Effects',
  columns: {
    planId: { field: 'Plan', as: 'lookup' },
    initiativeId: { field: 'Initiative', as: 'lookup' },
    title: { field: 'Title', as: 'text' },
    description: { field: 'Description', as: 'text' },
    kind: { field: 'EffectKind', as: 'text' },
    direction: { field: 'Direction', as: 'text' },
    indicator: { field: 'Indicator', as: 'text' },
    method: { field: 'Method', as: 'text' },
    schedule: { field: 'Schedule', as: 'text' },
    measureEveryMonths: { field: 'MeasureEveryMonths', as: 'number' },
    unit: { field: 'Unit', as: 'text' },
    baseline: { field: 'Baseline', as: 'number' },
    baselineDate: { field: 'BaselineDate', as: 'date' },
    target: { field: 'Target', as: 'number' },
    targetDate: { field: 'TargetDate', as: 'date' },
    realisedBy: { field: 'RealisedBy', as: 'text' },
    followedUpBy: { field: 'FollowedUpBy', as: 'text' },
    carriedFromId: { field: 'CarriedFrom', as: 'number' },
  },
};

/** Measurements list ⇄ Measurement. */
export const measurementMapping: EntityMapping<Measurement, 'Measurements'> = {
  list: 'Measurements',
  columns: {
    effectId: { field: 'Effect', as: 'lookup' },
    measuredAt: { field: 'MeasuredAt', as: 'date' },
    value: { field: 'Value', as: 'number' },
    comment: { field: 'Comment', as: 'text' },
  },
  derived: (e): DerivedColumns<'Measurements'> => (e.measuredAt ? { Title: e.measuredAt } : {}),
};

/** AuditLog list ⇄ AuditEntry. */
export const auditMapping: EntityMapping<AuditEntry, 'AuditLog'> = {
  list: 'AuditLog',
  columns: {
    action: { field: 'Title', as: 'text' },
    listName: { field: 'ListName', as: 'text' },
    itemId: { field: 'ItemId', as: 'number' },
    actor: { field: 'Actor', as: 'text' },
    at: { field: 'At', as: 'datetime' },
    details: { field: 'Details', as: 'json' },
    source: { field: 'Source', as: 'text' },
    entryKey: { field: 'EntryKey', as: 'text' },
  },
};

/** Conversations list ⇄ ConversationRef (where the bot can send proactively). */
export const conversationMapping: EntityMapping<ConversationRef, 'Conversations'> = {
  list: 'Conversations',
  columns: {
    key: { field: 'ConversationKey', as: 'text' },
    aadObjectId: { field: 'AadObjectId', as: 'text' },
    conversationId: { field: 'ConversationId', as: 'text' },
    conversationType: { field: 'ConversationType', as: 'text' },
    serviceUrl: { field: 'ServiceUrl', as: 'text' },
    tenantId: { field: 'TenantId', as: 'text' },
    installState: { field: 'InstallState', as: 'text' },
    updatedAt: { field: 'UpdatedAt', as: 'datetime' },
  },
  derived: (e): DerivedColumns<'Conversations'> =>
    e.key !== undefined ? { Title: e.key.slice(0, 255) } : {},
};

/** ApprovalCards list ⇄ SentApprovalCard. */
export const approvalCardMapping: EntityMapping<SentApprovalCard, 'ApprovalCards'> = {
  list: 'ApprovalCards',
  columns: {
    followUpId: { field: 'FollowUpId', as: 'number' },
    followUpVersion: { field: 'FollowUpVersion', as: 'number' },
    recipientId: { field: 'Recipient', as: 'user' },
    recipientAadId: { field: 'RecipientAadId', as: 'text' },
    conversationId: { field: 'ConversationId', as: 'text' },
    activityId: { field: 'ActivityId', as: 'text' },
    kind: { field: 'CardKind', as: 'text' },
    sentAt: { field: 'SentAt', as: 'datetime' },
  },
  derived: (e): DerivedColumns<'ApprovalCards'> =>
    e.followUpId !== undefined
      ? { Title: `${e.kind ?? ''} ${e.followUpId}@${e.followUpVersion ?? ''}`.trim() }
      : {},
};

/** Delegations list ⇄ Delegation. */
/** ApproverAssignments: one per initiative, written by the app only. */
export const approverAssignmentMapping: EntityMapping<ApproverAssignment, 'ApproverAssignments'> = {
  list: 'ApproverAssignments',
  columns: {
    initiativeId: { field: 'InitiativeId', as: 'number' },
    approverId: { field: 'Approver', as: 'user' },
    assignedById: { field: 'AssignedBy', as: 'user' },
    assignedAt: { field: 'AssignedAt', as: 'datetime' },
  },
  derived: (e): DerivedColumns<'ApproverAssignments'> =>
    e.initiativeId !== undefined ? { Title: `Insats ${e.initiativeId}` } : {},
};

export const delegationMapping: EntityMapping<Delegation, 'Delegations'> = {
  list: 'Delegations',
  columns: {
    approverId: { field: 'Approver', as: 'user' },
    deputyId: { field: 'Deputy', as: 'user' },
    start: { field: 'StartDate', as: 'date' },
    end: { field: 'EndDate', as: 'date' },
  },
  derived: (e): DerivedColumns<'Delegations'> =>
    e.approverId !== undefined
      ? { Title: `${e.approverId} → ${e.deputyId ?? ''} ${e.start ?? ''}–${e.end ?? ''}` }
      : {},
};

/** PeriodClosures list ⇄ PeriodClosure. `UniqueKey` (plan@period) makes a second close of a period impossible. */
export const periodClosureMapping: EntityMapping<PeriodClosure, 'PeriodClosures'> = {
  list: 'PeriodClosures',
  columns: {
    planId: { field: 'Plan', as: 'lookup' },
    periodYear: { field: 'PeriodYear', as: 'number' },
    period: { field: 'Period', as: 'text' },
    state: { field: 'ClosureState', as: 'text' },
    closedById: { field: 'ClosedBy', as: 'user' },
    closedAt: { field: 'ClosedAt', as: 'datetime' },
    caseNumber: { field: 'CaseNumber', as: 'text' },
    followUpCount: { field: 'FollowUpCount', as: 'number' },
    reportUrl: { field: 'ReportUrl', as: 'text' },
    snapshotUrl: { field: 'SnapshotUrl', as: 'text' },
    exportUrl: { field: 'ExportUrl', as: 'text' },
    publicationsSeal: { field: 'PublicationsSeal', as: 'text' },
  },
  derived: (e): DerivedColumns<'PeriodClosures'> =>
    e.planId !== undefined && e.periodYear !== undefined && e.period !== undefined
      ? {
          Title: `${e.periodYear} ${e.period}`,
          UniqueKey: closureKey(e.planId, { year: e.periodYear, period: e.period }),
        }
      : {},
};

/** Reports library items (files with metadata) ⇄ StoredReport; `size` is filled from the file by the library. */
export const storedReportMapping: EntityMapping<StoredReport, 'Reports'> = {
  list: 'Reports',
  columns: {
    name: { field: 'FileLeafRef', as: 'text' },
    serverRelativeUrl: { field: 'FileRef', as: 'text' },
    planId: { field: 'Plan', as: 'lookup' },
    periodYear: { field: 'PeriodYear', as: 'number' },
    period: { field: 'Period', as: 'text' },
    caseNumber: { field: 'CaseNumber', as: 'text' },
    kind: { field: 'ReportKind', as: 'text' },
  },
};

/**
 * PrincipleRounds list ⇄ PrincipleRound. `OpenKey` (the plan) is set while the round is open and cleared when it
 * closes (SharePoint ignores empty values in a unique column), so one round per plan is open at a time.
 */
export const principleRoundMapping: EntityMapping<PrincipleRound, 'PrincipleRounds'> = {
  list: 'PrincipleRounds',
  columns: {
    planId: { field: 'Plan', as: 'lookup' },
    label: { field: 'Title', as: 'text' },
    state: { field: 'RoundState', as: 'text' },
    openedById: { field: 'OpenedBy', as: 'user' },
    openedAt: { field: 'OpenedAt', as: 'datetime' },
    closedById: { field: 'ClosedBy', as: 'user' },
    closedAt: { field: 'ClosedAt', as: 'datetime' },
  },
  derived: (e): DerivedColumns<'PrincipleRounds'> => {
    if (e.state === undefined) return {};
    if (e.state !== 'open') return { OpenKey: null };
    return e.planId !== undefined ? { OpenKey: openRoundKey(e.planId) } : {};
  },
};

/** PrincipleAssessments list ⇄ PrincipleAssessment. `UniqueKey`: one per plan, round, administration and principle. */
export const principleAssessmentMapping: EntityMapping<PrincipleAssessment, 'PrincipleAssessments'> = {
  list: 'PrincipleAssessments',
  columns: {
    planId: { field: 'Plan', as: 'lookup' },
    roundId: { field: 'Round', as: 'lookup' },
    administration: { field: 'Administration', as: 'text' },
    principle: { field: 'Principle', as: 'text' },
    level: { field: 'PrincipleLevel', as: 'text' },
    comment: { field: 'Comment', as: 'text' },
    assessedById: { field: 'AssessedBy', as: 'user', userRef: 'assessedBy' },
    assessedAt: { field: 'AssessedAt', as: 'datetime' },
  },
  derived: (e): DerivedColumns<'PrincipleAssessments'> =>
    e.planId !== undefined &&
    e.roundId !== undefined &&
    e.administration !== undefined &&
    e.principle !== undefined
      ? {
          Title: `${e.administration} – ${e.principle}`.slice(0, 255),
          UniqueKey: assessmentKey(e.planId, e.roundId, e.administration, e.principle),
        }
      : {},
};
