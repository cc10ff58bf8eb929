import '@pnp/sp/site-groups/web.js';
import '@pnp/sp/site-users/web.js';
import { NotAdministratorError, type Id } from '@devplan/core';
import { spCall, type PlanSite } from '@devplan/sharepoint';

/**
 * Who is an administrator of the plan: a member of the plan site's associated owners group, or a site
 * collection administrator. Read with the app's identity on every check (never cached, never from the
 * request), so removing someone from the owners group takes effect at once.
 */
export class AdministratorCheck {
  constructor(private readonly site: PlanSite) {}

  /** True when the site user is an administrator. */
  async isAdministrator(siteUserId: Id): Promise<boolean> {
    const owners = (await spCall({ listName: 'SiteGroups' }, () =>
      this.site.sp.web.associatedOwnerGroup.users.select('Id')(),
    )) as { Id: number }[];
    if (owners.some((u) => u.Id === siteUserId)) return true;
    const user = (await spCall({ listName: 'SiteUsers', itemId: siteUserId }, () =>
      this.site.sp.web.siteUsers.getById(siteUserId).select('IsSiteAdmin')(),
    )) as { IsSiteAdmin?: boolean };
    return user.IsSiteAdmin === true;
  }

  /** Refuses (403, `NotAdministratorError`) unless the site user is an administrator. */
  async assert(siteUserId: Id): Promise<void> {
    if (!(await this.isAdministrator(siteUserId))) throw new NotAdministratorError();
  }
}
