import type {
  Decision,
  DownloadedFile,
  Id,
  Initiative,
  NewPlanRequest,
  PlanDecisionAnswer,
  PlanDecisionInput,
  PlanUpdateInput,
  Plan,
  PlansPort,
  PlanYearAnswer,
} from '@devplan/core';
import { DecisionRepository, InitiativeRepository, type PlanSite } from '@devplan/sharepoint';
import type { AppApiClient } from './app-api.js';
import { downloadedFile } from './downloaded-file.js';

/**
 * The tab's side of the yearly cycle: decisions and initiatives read from SharePoint with the signed-in
 * person's own token (PnPjs over `site`); new plan years and decisions through the app server's API with the
 * person's API token (the server checks they are a plan administrator and writes as the app).
 */
export class PlansClient implements PlansPort {
  private readonly decisionsRepo: DecisionRepository;
  private readonly initiativesRepo: InitiativeRepository;

  constructor(
    site: PlanSite,
    private readonly api: AppApiClient,
  ) {
    this.decisionsRepo = new DecisionRepository(site);
    this.initiativesRepo = new InitiativeRepository(site);
  }

  /** `GET /api/approvals/me`. */
  isAdministrator(): Promise<boolean> {
    return this.api.administrator();
  }

  /** A plan's decision chain, read from SharePoint. */
  decisions(planId: Id): Promise<Decision[]> {
    return this.decisionsRepo.byPlan(planId);
  }

  /** A plan's initiatives, read from SharePoint. */
  initiatives(planId: Id): Promise<Initiative[]> {
    return this.initiativesRepo.byPlan(planId);
  }

  /** `POST /api/plans`. */
  async createPlanYear(request: NewPlanRequest, createKey: string): Promise<PlanYearAnswer> {
    const response = await this.api.request('POST', '/api/plans', { ...request, createKey });
    return (await response.json()) as PlanYearAnswer;
  }

  /** `POST /api/plans/update`. */
  async updatePlan(request: PlanUpdateInput): Promise<Plan> {
    const response = await this.api.request('POST', '/api/plans/update', request);
    return ((await response.json()) as { plan: Plan }).plan;
  }

  /** `POST /api/plans/close`. */
  async closePlanYear(planId: Id, etag: string): Promise<Plan> {
    const response = await this.api.request('POST', '/api/plans/close', { planId, etag });
    return ((await response.json()) as { plan: Plan }).plan;
  }

  /** `POST /api/plans/decisions`. */
  async recordDecision(request: PlanDecisionInput): Promise<PlanDecisionAnswer> {
    const response = await this.api.request('POST', '/api/plans/decisions', request);
    return (await response.json()) as PlanDecisionAnswer;
  }

  /** `GET /api/plans/document?planId=`: the plan as a Word document. */
  async planDocument(planId: Id): Promise<DownloadedFile> {
    const response = await this.api.request('GET', `/api/plans/document?planId=${planId}`);
    return downloadedFile(response, 'utvecklingsplan.docx');
  }
}
