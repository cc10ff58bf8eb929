import type { Decision, Id, Initiative, Plan } from '../domain/index.js';
import type { DownloadedFile } from './periods.js';
import type { NewPlanRequest, PlanDecisionInput, PlanUpdateInput } from '../validation/index.js';

/** What creating a plan year gave: the draft plan and how much was carried forward into it. */
export interface PlanYearAnswer {
  plan: Plan;
  carried: { focusAreas: number; initiatives: number; activities: number; effects: number };
}

/** What recording a step of the decision chain gave (`repeated`: the same step was already recorded). */
export interface PlanDecisionAnswer {
  status: 'recorded' | 'repeated';
  decision: Decision;
  plan: Plan;
}

/**
 * The yearly cycle as the tab sees it. A plan's decisions and initiatives are read from SharePoint with the
 * signed-in person's own token; creating a plan year and recording a decision go through the app server, which
 * checks on every call that the person is a plan administrator and writes with the app's identity.
 */
export interface PlansPort {
  /** Whether the signed-in person is a plan administrator, as the app server reads it. */
  isAdministrator(): Promise<boolean>;
  /** A plan's decision chain, oldest first. */
  decisions(planId: Id): Promise<Decision[]>;
  /** A plan's initiatives in their order (to choose which carry forward). */
  initiatives(planId: Id): Promise<Initiative[]>;
  /** Creates a draft plan year; the same `createKey` again resumes an interrupted run. */
  createPlanYear(request: NewPlanRequest, createKey: string): Promise<PlanYearAnswer>;
  /** Changes a plan's own fields (plan administrators, before KS approval) at the ETag read; the plan after. */
  updatePlan(request: PlanUpdateInput): Promise<Plan>;
  /** Closes an approved plan after its year (plan administrators); the plan after. */
  closePlanYear(planId: Id, etag: string): Promise<Plan>;
  /** Records one step of the decision chain. */
  recordDecision(request: PlanDecisionInput): Promise<PlanDecisionAnswer>;
  /** The plan as a Word document for the committee (members and plan administrators; a draft is not for readers). */
  planDocument(planId: Id): Promise<DownloadedFile>;
}
