import '@pnp/sp/batching.js';
import '@pnp/sp/security/index.js';
import type { IItem } from '@pnp/sp/items/index.js';
import { listDef, type Id, type ListKey } from '@devplan/core';
import { spCall } from '../client/errors.js';
import { MAX_BATCH_REQUESTS, type PlanSite } from '../client/site.js';
import { resolveGroups, ROLE_TYPE } from './provision.js';

/** Most operations in one `$batch` (SharePoint Online accepts more; smaller batches fail and retry cheaper). */
const BATCH_OPERATIONS = MAX_BATCH_REQUESTS;

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
    await this.inBatches(list, itemIds, (item) => [
      () => item.breakRoleInheritance(false, true),
      ...grants.map((g) => () => item.roleAssignments.add(g.principalId, g.roleDefId)),
    ]);
  }

  /** Lets the items inherit their list's permissions again (visitors read them as they read the list). */
  async reveal(list: ListKey, itemIds: readonly Id[]): Promise<void> {
    await this.inBatches(list, itemIds, (item) => [() => item.resetRoleInheritance()]);
  }

  /**
   * Runs each item's steps in `$batch` requests of at most `BATCH_OPERATIONS` operations (SharePoint runs a
   * batch's parts in order, so an item's steps keep theirs): a plan of 60 items takes 2–6 requests, not 60–180.
   * Every step is idempotent, so a batch that fails part-way is simply run again; the first failure is thrown.
   */
  private async inBatches(
    list: ListKey,
    itemIds: readonly Id[],
    steps: (item: IItem) => (() => Promise<unknown>)[],
  ): Promise<void> {
    let pending: { id: Id; step: () => Promise<unknown> }[] = [];
    let [batched, execute] = this.site.batched();
    const flush = async () => {
      if (!pending.length) return;
      const settled = Promise.allSettled(
        pending.map(({ id, step }) => spCall({ listName: list, itemId: id }, step)),
      );
      await spCall({ listName: list }, () => execute());
      const failed = (await settled).find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
      pending = [];
      [batched, execute] = this.site.batched();
    };
    for (const id of itemIds) {
      const forItem = steps(this.site.list(list, batched).items.getById(id));
      if (pending.length + forItem.length > BATCH_OPERATIONS) {
        await flush();
        // The steps were made on the batch just sent: make them again on the new one.
        pending.push(...steps(this.site.list(list, batched).items.getById(id)).map((step) => ({ id, step })));
      } else pending.push(...forItem.map((step) => ({ id, step })));
    }
    await flush();
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
