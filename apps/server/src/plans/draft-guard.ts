import { isReadable, type Id } from '@devplan/core';
import type { DraftPermissions, Repositories } from '@devplan/sharepoint';

/** The lists whose items make up a plan's content (hidden from readers while the plan is on its way). */
export const PLAN_CONTENT_LISTS = ['FocusAreas', 'Initiatives', 'Activities', 'Effects'] as const;
/** A list of plan content. */
export type PlanContentList = (typeof PLAN_CONTENT_LISTS)[number];

const REPOSITORY = {
  FocusAreas: 'focusAreas',
  Initiatives: 'initiatives',
  Activities: 'activities',
  Effects: 'effects',
} as const satisfies Record<PlanContentList, keyof Repositories>;

/**
 * Keeps a plan's content from readers until KS has approved the plan: the plan item and its areas, initiatives,
 * activities and effects get item permissions without visitors (`DraftPermissions`) while the plan is a draft,
 * adopted or prepared, and inherit their lists' permissions again once it is approved. Items a member adds in the
 * tab are hidden right after they are created (the tab asks the app server to audit every save).
 */
export class DraftGuard {
  constructor(
    private readonly repos: Repositories,
    private readonly permissions: DraftPermissions,
  ) {}

  /** Hides the plan item and the given content items (ids per list). */
  async hide(planId: Id, content: Partial<Record<PlanContentList, readonly Id[]>> = {}): Promise<void> {
    await this.permissions.hide('Plans', [planId]);
    for (const list of PLAN_CONTENT_LISTS) await this.permissions.hide(list, content[list] ?? []);
  }

  /** Shows the plan and all its content to readers again (KS approved it). */
  async reveal(planId: Id): Promise<void> {
    for (const list of PLAN_CONTENT_LISTS) {
      const items = await this.repos[REPOSITORY[list]].find({ filter: `PlanId eq ${planId}` });
      await this.permissions.reveal(
        list,
        items.map((i) => i.id),
      );
    }
    await this.permissions.reveal('Plans', [planId]);
  }

  /** After a create in the tab (audited as such): the item is hidden when its plan is not readable yet. */
  async afterCreate(list: string, itemId: Id): Promise<void> {
    if (!(PLAN_CONTENT_LISTS as readonly string[]).includes(list)) return;
    const content = list as PlanContentList;
    const [item] = await this.repos[REPOSITORY[content]].find({ filter: `Id eq ${itemId}`, top: 1 });
    if (!item) return;
    const plan = await this.repos.plans.get(item.planId);
    if (!isReadable(plan)) await this.permissions.hide(content, [itemId]);
  }
}
