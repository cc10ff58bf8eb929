import { buildPlanDocument, localize, PermissionError, type Id } from '@devplan/core';
import type { Repositories } from '@devplan/sharepoint';
import type { AdministratorCheck } from '../auth/administrators.js';
import { mayEditList } from '../auth/roles.js';
import type { Actor } from '../approvals/identity.js';
import { renderPlanDocx } from './document-docx.js';

/** A rendered plan document: its file name and bytes. */
export interface PlanDocumentFile {
  name: string;
  bytes: Buffer;
}

/**
 * The plan document for the committee, for members (who may edit the plan's initiatives) and plan
 * administrators only: a draft is not for readers. Who may is read from the site with the app's identity
 * before anything of the plan is read, so a reader gets the same 403 whether the plan exists or not; the
 * plan and its lists are then read as the app.
 */
export class PlanDocumentService {
  constructor(
    private readonly repos: Repositories,
    private readonly admins: AdministratorCheck,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The plan's Word document (Swedish), for `actor`; 403 for a reader, 404 for a plan that does not exist. */
  async render(planId: Id, actor: Actor): Promise<PlanDocumentFile> {
    const allowed =
      (await mayEditList(this.repos.site, 'Initiatives', actor.upn)) ||
      (await this.admins.isAdministrator(actor.siteUserId));
    if (!allowed) throw new PermissionError(localize('planDocument.refused.notMember'));
    const plan = await this.repos.plans.get(planId);
    const [decisions, focusAreas, initiatives, activities] = await Promise.all([
      this.repos.decisions.byPlan(plan.id),
      this.repos.focusAreas.byPlan(plan.id),
      this.repos.initiatives.byPlan(plan.id),
      this.repos.activities.find({ filter: `PlanId eq ${plan.id}` }),
    ]);
    const doc = buildPlanDocument(
      { plan, decisions, focusAreas, initiatives, activities, generatedAt: this.clock().toISOString() },
      'sv',
    );
    return { name: doc.fileName, bytes: await renderPlanDocx(doc) };
  }
}
