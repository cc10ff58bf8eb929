import type {
  Activity,
  ApprovalDecision,
  AuditEntry,
  CheckedMeasurement,
  DecisionOutcome,
  Effect,
  FocusArea,
  Measurement,
  FollowUp,
  FollowUpState,
  Id,
  Initiative,
  OverviewPlanView,
  Plan,
  PlanChoice,
  PlanView,
  PublishedFollowUp,
  UserRef,
} from '../domain/index.js';
import type {
  ActivityInput,
  ActivityPatch,
  EffectInput,
  EffectPatch,
  FollowUpDraftInput,
  FocusAreaInput,
  FocusAreaPatch,
  FollowUpPatch,
  InitiativeInput,
  InitiativePatch,
} from '../validation/index.js';
import type { PersonDelegations, PlanReminderPolicyView } from './app-api.js';

/** What the effect ledger reads: effects of all plans, their measurements, the plans and the initiatives' titles. */
export interface EffectLedgerData {
  plans: Plan[];
  initiatives: { id: Id; planId: Id; title: string }[];
  effects: Effect[];
  measurements: Measurement[];
}

/** An earlier year of an initiative carried forward: the initiative as it was in that plan, its follow-ups and effects. */
export interface EarlierYear {
  /** The earlier plan's year (null when the plan is not readable). */
  planYear: number | null;
  initiative: Initiative;
  /** Working follow-ups (members) or the published ones (readers), newest period first. */
  followUps: (FollowUp | PublishedFollowUp)[];
  effects: Effect[];
  /** The measurements of those effects, oldest first. */
  measurements: Measurement[];
}

/** Who is signed in and what the data layer lets them do. */
export interface TabSession {
  user: UserRef;
  /** May edit plan content and write follow-ups (member); false for readers. */
  canEdit: boolean;
  /** May read working follow-ups (members); readers see published follow-ups only. */
  canReadWorking: boolean;
  /**
   * Has full control of the plan's lists (the site's owners and site collection administrators, who
   * administer the plan): the tab names the role so. Absent: not known, named by `canEdit`.
   */
  siteOwner?: boolean;
  /** Every plan on the site, newest year first. */
  plans: Plan[];
  /**
   * The app's lead of the plan overview of the plan choice asked for (`session(lead)`; members only): each area's
   * first page and the counts of the whole (`overviewLead`), sealed by the app and made of lists that have not
   * changed since. Null when there is none that fresh; absent when not asked for or not a member. Its `plan` says
   * which plan it is of: it stands for that plan's overview only.
   */
  lead?: OverviewPlanView | null;
}

/** Who created and last changed an item, as SharePoint records it. */
export interface ItemStamp {
  created: string | null;
  author: string | null;
  modified: string | null;
  editor: string | null;
}

/** What the initiative page shows beyond the plan view. */
export interface InitiativeDetails {
  stamp: ItemStamp;
  /** AuditLog entries of the initiative and its follow-ups (empty for readers, who may not read it). */
  audit: AuditEntry[];
  /** Approval decisions on the initiative's follow-ups, newest first (members only). */
  decisions: ApprovalDecision[];
  /** False when the signed-in person may not read the audit trail and decisions. */
  auditReadable: boolean;
}

/**
 * Everything the tab views read and write. The host implements it over its own PnPjs instance (the tab
 * over bearer tokens); views receive it as a prop, so they never talk to SharePoint themselves.
 * Every update takes the ETag the view read and rejects with `ConcurrencyError` when someone saved first.
 */
export interface TabDataPort {
  /**
   * Who is signed in and the site's plans; with `lead` (the plan choice the tab opens on), in the same request the
   * app's lead of that plan's overview (`TabSession.lead`), so a member's tab paints after one request.
   */
  session(lead?: PlanChoice): Promise<TabSession>;
  /**
   * What the plan overview paints from, in one request: the plan view with only the overview's columns of
   * initiatives, effects and working follow-ups (`OverviewPlanView`), without activities.
   */
  planOverview(plan: Pick<Plan, 'id' | 'planYear'>, canReadWorking: boolean): Promise<OverviewPlanView>;
  /**
   * The whole plan view without its activities (`view.activities` is empty; see `planActivities`): what pages
   * that show or edit more than the overview read, when they open.
   */
  planView(plan: Pick<Plan, 'id' | 'planYear'>, canReadWorking: boolean): Promise<PlanView>;
  /**
   * One initiative's part of the plan view with its activities (`initiativeSlice`), in one request whatever the
   * plan's size: what an initiative's page and its editors read when the whole view was not read.
   */
  initiativeView(plan: Pick<Plan, 'id' | 'planYear'>, id: number, canReadWorking: boolean): Promise<PlanView>;
  /** The plan's activities, read only when needed: a search of the overview, an initiative's page. */
  planActivities(plan: Pick<Plan, 'id'>): Promise<Activity[]>;
  /** A plan's focus areas in order, read alone (the configuration page's list for another plan). */
  planFocusAreas(plan: Pick<Plan, 'id'>): Promise<FocusArea[]>;
  initiativeDetails(
    initiative: Initiative,
    followUpIds: Id[],
    canReadWorking: boolean,
  ): Promise<InitiativeDetails>;
  siteUsers(): Promise<UserRef[]>;
  /**
   * The earlier years of an initiative carried forward from plan to plan (following `carriedFromId` back), newest
   * first; empty for one that starts this year.
   */
  earlierYears(initiative: Initiative, canReadWorking: boolean): Promise<EarlierYear[]>;
  getInitiative(id: Id): Promise<Initiative>;
  updateInitiative(id: Id, patch: InitiativePatch, etag: string): Promise<Initiative>;
  /** Adds a focus area to a plan (a draft plan, in the tab), once per `createKey`. */
  addFocusArea(input: FocusAreaInput, createKey?: string): Promise<FocusArea>;
  updateFocusArea(id: Id, patch: FocusAreaPatch, etag: string): Promise<FocusArea>;
  /** Deletes a focus area read at `etag`; refused (ValidationError) while it has initiatives, whose history stays. */
  deleteFocusArea(id: Id, etag: string): Promise<void>;
  /** Adds an initiative to a plan's focus area, once per `createKey`. */
  addInitiative(input: InitiativeInput, createKey?: string): Promise<Initiative>;
  getActivity(id: Id): Promise<Activity>;
  updateActivity(id: Id, patch: ActivityPatch, etag: string): Promise<Activity>;
  getEffect(id: Id): Promise<Effect>;
  /** Adds an effect; `createKey` (see `newCreateKey`) makes a repeated create find the first. */
  addEffect(input: EffectInput, createKey?: string): Promise<Effect>;
  updateEffect(id: Id, patch: EffectPatch, etag: string): Promise<Effect>;
  /** Deletes an effect read at `etag` (and then its measurements). */
  deleteEffect(id: Id, etag: string): Promise<void>;
  /** The measurements of the given effects, oldest first. */
  measurements(effectIds: Id[]): Promise<Measurement[]>;
  /** Records a measurement after checking it against its effect (unit, dates); refuses bad input with a ValidationError. */
  addMeasurement(input: CheckedMeasurement, createKey?: string): Promise<Measurement>;
  /** Every effect of every plan with its measurements, the plans and the initiatives' titles (the effect ledger). */
  effectLedger(): Promise<EffectLedgerData>;
  getFollowUp(id: Id): Promise<FollowUp>;
  /** Working follow-ups by id in one request (one no longer there is left out): the texts of those waiting for a decision. */
  getFollowUps(ids: readonly Id[]): Promise<FollowUp[]>;
  /** The decisions on a follow-up, newest first (members). */
  followUpDecisions(id: Id): Promise<ApprovalDecision[]>;
  /** Creates a draft follow-up, once per `createKey`. */
  addFollowUp(input: FollowUpDraftInput, createKey?: string): Promise<FollowUp>;
  updateFollowUp(id: Id, patch: FollowUpPatch, etag: string): Promise<FollowUp>;
  submitFollowUp(id: Id, etag: string, userId: Id): Promise<FollowUp>;
  /** Adds an activity to an initiative, once per `createKey`. */
  addActivity(input: ActivityInput, createKey?: string): Promise<Activity>;
  /** Deletes an activity read at `etag`. */
  deleteActivity(id: Id, etag: string): Promise<void>;
  /** Submitted follow-ups waiting for the signed-in person's decision (as approver or active deputy). */
  pendingApprovals(): Promise<PendingApproval[]>;
  /**
   * The signed-in person's delegations, given and held (from the app server); with `approverId`, that
   * approver's (plan administrators only).
   */
  delegations(approverId?: Id): Promise<PersonDelegations>;
  /**
   * Names a deputy for the signed-in approver, or (plan administrators) for `approverId`; the app server checks
   * and audits.
   */
  delegate(deputyId: Id, start: string, end: string, approverId?: Id): Promise<void>;
  /** Ends a delegation the signed-in person gave, or (plan administrators) one of `approverId`'s. */
  endDelegation(id: Id, etag: string, approverId?: Id): Promise<void>;
  /** A plan's reminder and escalation days, and the ones that apply (from the app server). */
  reminderPolicy(planId: Id): Promise<PlanReminderPolicyView>;
  /** Sets a plan's reminder and escalation days read at `etag` (plan administrators; the app server checks and audits). */
  setReminderPolicy(
    planId: Id,
    days: { remindAfterDays: number | null; escalateAfterDays: number | null },
    etag: string,
  ): Promise<PlanReminderPolicyView>;
  /** Whether the signed-in person is a plan administrator (false when the app server is not reachable). */
  isAdministrator(): Promise<boolean>;
  /** Names an initiative's approver (plan administrators; the app server checks and audits); the initiative after. */
  assignApprover(initiativeId: Id, approverId: Id | null): Promise<Initiative>;
  /** Records an approval decision through the app server's API; refuses with the reason when it may not. */
  decideFollowUp(request: ApprovalRequest): Promise<ApprovalAnswer>;
}

/** A follow-up waiting for the signed-in person's decision, at the version they decide on. */
export interface PendingApproval {
  followUpId: Id;
  version: number;
  initiativeId: Id;
  period: string;
  periodYear: number;
  /** The approver's name when the signed-in person decides as their deputy; null for the approver. */
  onBehalfOf: string | null;
  /** When it was submitted, when the approver is reminded and when it goes to the deputies (instants). */
  submittedAt?: string | null;
  remindAt?: string | null;
  escalateAt?: string | null;
}

/** A decision asked for from the tab. */
export interface ApprovalRequest {
  followUpId: Id;
  version: number;
  decision: DecisionOutcome;
  comment: string;
}

/** What the app server answered: recorded now, or the same decision was already recorded. */
export interface ApprovalAnswer {
  status: 'recorded' | 'repeated';
  followUpState: FollowUpState;
}
