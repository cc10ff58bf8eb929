import '@pnp/sp/security/index.js';
import { listDef, type Id, type ListKey } from '@devplan/core';
import { spCall } from '../client/errors.js';
import type { PlanSite } from '../client/site.js';
import { resolveGroups, ROLE_TYPE } from './provision.js';

/** One grant on an item: a group and a role definition. */
interface Grant {
  principalId: number;
  roleDefId: number;
}

/**
 * Item-level permissions for a plan on its way (draft, adopted, prepared): its items get their own permissions,
 * the list's roles for owners and members and nothing for visitors, so a reader cannot read a draft even over
 * REST; when KS approves the plan they inherit their list's permissions again. Needs Manage Permissions on the
 * site (the app's `fullcontrol` grant). Both steps are idempotent: hiding a hidden item or revealing a visible
 * one changes nothing.
 */
export class DraftPermissions {
  private readonly grants = new Map<ListKey, Promise<Grant[]>>();

  constructor(private readonly site: PlanSite) {}

  /** Gives the items their own permissions without visitors (owners and members keep the list's roles). */
  async hide(list: ListKey, itemIds: readonly Id[]): Promise<void> {
    if (!itemIds.length) return;
    const grants = await this.grantsOf(list);
    for (const id of itemIds) {
      const item = this.site.list(list).items.getById(id);
      await spCall({ listName: list, itemId: id }, () => item.breakRoleInheritance(false, true));
      for (const g of grants)
        await spCall({ listName: list, itemId: id }, () =>
          item.roleAssignments.add(g.principalId, g.roleDefId),
        );
    }
  }

  /** Lets the items inherit their list's permissions again (visitors read them as they read the list). */
  async reveal(list: ListKey, itemIds: readonly Id[]): Promise<void> {
    for (const id of itemIds) {
      const item = this.site.list(list).items.getById(id);
      await spCall({ listName: list, itemId: id }, () => item.resetRoleInheritance());
    }
  }

  private grantsOf(list: ListKey): Promise<Grant[]> {
    let found = this.grants.get(list);
    if (!found) {
      found = this.readGrants(list);
      this.grants.set(list, found);
    }
    return found;
  }

  private async readGrants(list: ListKey): Promise<Grant[]> {
    const { permissions } = listDef(list);
    const groups = await resolveGroups(this.site.sp);
    const grants: Grant[] = [];
    for (const role of ['owners', 'members'] as const) {
      const level = permissions[role];
      if (!level) continue;
      const def = (await spCall({ listName: list }, () =>
        this.site.sp.web.roleDefinitions.getByType(ROLE_TYPE[level]).select('Id')(),
      )) as { Id: number };
      grants.push({ principalId: groups[role], roleDefId: def.Id });
    }
    return grants;
  }
}
