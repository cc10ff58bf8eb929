import '@pnp/sp/site-users/web.js';
import { localize, NotFoundError, ValidationError, type Id, type Initiative } from '@devplan/core';
import { spCall, type Repositories } from '@devplan/sharepoint';
import type { AdministratorCheck } from '../auth/administrators.js';
import type { ChangeAuditor } from '../audit/changes.js';
import type { Actor } from './identity.js';

/**
 * Names the approver of an initiative: plan administrators only (checked on the server on every call), the
 * approver a person of the site, written by the app in ApproverAssignments (the source decisions read) and
 * copied to the initiative's Approver column, and audited on the initiative in the administrator's name.
 */
export class ApproverService {
  constructor(
    private readonly repos: Repositories,
    private readonly admins: AdministratorCheck,
    private readonly auditor: ChangeAuditor,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Names `approverId` (or null: nobody) as the initiative's approver; returns the initiative as stored. */
  async assign(initiativeId: Id, approverId: Id | null, actor: Actor): Promise<Initiative> {
    await this.admins.assert(actor.siteUserId);
    const before = await this.repos.initiatives.get(initiativeId);
    if (approverId !== null) await this.assertSiteUser(approverId);
    const { changed } = await this.repos.approverAssignments.assign(
      initiativeId,
      approverId,
      actor.siteUserId,
      this.clock(),
    );
    if (changed) {
      await this.auditor.recordAppChange('Initiatives', initiativeId, 'approverAssigned', actor.displayName, {
        fields: ['approverId'],
        before: { approverId: before.approver?.title ?? before.approverId },
      });
    }
    return this.repos.initiatives.get(initiativeId);
  }

  private async assertSiteUser(id: Id): Promise<void> {
    try {
      await spCall({ listName: 'SiteUsers', itemId: id }, () =>
        this.repos.site.sp.web.siteUsers.getById(id).select('Id')(),
      );
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      throw new ValidationError([
        { path: 'approverId', code: 'unknownUser', message: localize('validation.unknownUser') },
      ]);
    }
  }
}
