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
import {
  decisionMapping,
  initiativeMapping,
  readingRepository,
  type PlanSite,
  type ReadingRepository,
} from '@devplan/sharepoint';
import type { AppApiClient } from './app-api.js';
import { downloadedFile } from './downloaded-file.js';

/**
 * The tab's side of the yearly cycle: decisions and initiatives read from SharePoint with the signed-in
 * person's own token (PnPjs over `site`); new plan years and decisions through the app server's API with the
 * person's API token (the server checks they are a plan administrator and writes as the app).
 */
export class PlansClient implements PlansPort {
  // Reading bases only (no input schemas): the tab's first chunk carries no zod.
  private readonly decisionsRepo: ReadingRepository<Decision>;
  private readonly initiativesRepo: ReadingRepository<Initiative>;

  constructor(
    site: PlanSite,
    private readonly api: AppApiClient,
  ) {
    this.decisionsRepo = readingRepository(site, decisionMapping);
    this.initiativesRepo = readingRepository(site, initiativeMapping);
  }

  /** `GET /api/approvals/me`. */
  isAdministrator(): Promise<boolean> {
    return this.api.administrator();
  }

  /** A plan's decision chain, read from SharePoint. */
  async decisions(planId: Id): Promise<Decision[]> {
    const all = await this.decisionsRepo.find({ filter: `PlanId eq ${planId}` });
    return all.sort((a, b) => a.date.localeCompare(b.date));
  }

  /** A plan's initiatives, read from SharePoint. */
  async initiatives(planId: Id): Promise<Initiative[]> {
    const all = await this.initiativesRepo.find({ filter: `PlanId eq ${planId}` });
    return all.sort((a, b) => a.sortOrder - b.sortOrder);
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
