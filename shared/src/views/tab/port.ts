import type {
  Activity,
  ApprovalDecision,
  AuditEntry,
  Effect,
  FollowUp,
  Id,
  Initiative,
  Plan,
  PlanView,
  UserRef,
} from '../../domain/index.js';
import type {
  ActivityPatch,
  EffectInput,
  EffectPatch,
  FollowUpDraftInput,
  FollowUpPatch,
  InitiativePatch,
} from '../../validation/index.js';

/** Who is signed in and what the data layer lets them do. */
export interface TabSession {
  user: UserRef;
  /** May edit plan content and write follow-ups (member); false for readers. */
  canEdit: boolean;
  /** May read working follow-ups (members); readers see published follow-ups only. */
  canReadWorking: boolean;
  /** Every plan on the site, newest year first. */
  plans: Plan[];
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
  session(): Promise<TabSession>;
  planView(plan: Pick<Plan, 'id' | 'planYear'>, canReadWorking: boolean): Promise<PlanView>;
  initiativeDetails(
    initiative: Initiative,
    followUpIds: Id[],
    canReadWorking: boolean,
  ): Promise<InitiativeDetails>;
  siteUsers(): Promise<UserRef[]>;
  getInitiative(id: Id): Promise<Initiative>;
  updateInitiative(id: Id, patch: InitiativePatch, etag: string): Promise<Initiative>;
  getActivity(id: Id): Promise<Activity>;
  updateActivity(id: Id, patch: ActivityPatch, etag: string): Promise<Activity>;
  getEffect(id: Id): Promise<Effect>;
  addEffect(input: EffectInput): Promise<Effect>;
  updateEffect(id: Id, patch: EffectPatch, etag: string): Promise<Effect>;
  getFollowUp(id: Id): Promise<FollowUp>;
  addFollowUp(input: FollowUpDraftInput): Promise<FollowUp>;
  updateFollowUp(id: Id, patch: FollowUpPatch, etag: string): Promise<FollowUp>;
  submitFollowUp(id: Id, etag: string, userId: Id): Promise<FollowUp>;
}
