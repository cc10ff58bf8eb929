import '@pnp/sp/batching.js';
import type { SPFI } from '@pnp/sp/index.js';
import type { Stored } from '../../domain/common/types.js';
import { TERTIAL_SCHEME, type PeriodScheme } from '../../domain/follow-up/period.js';
import type { Plan } from '../../domain/plan/plan.js';
import type { PlanView, PlanViewPart } from '../../domain/view/plan-view.js';
import { spCall } from '../client/errors.js';
import type { SpItem } from '../mapping/mapper.js';
import { planPeriodKey } from '../mapping/mappings.js';
import { PAGE_SIZE, type ListRepository } from '../repositories/list-repository.js';
import type { Repositories } from '../repositories/repositories.js';

/** What to read with a plan. */
export interface PlanViewOptions {
  /** Which parts beyond the plan, its areas and its initiatives. */
  parts: readonly PlanViewPart[];
  /** Reporting periods of the plan year to read follow-ups for (default: tertials). */
  scheme?: PeriodScheme;
}

/** Parts an intranet reader may read: never working follow-ups. */
export const READER_PARTS: readonly PlanViewPart[] = ['decisions', 'activities', 'effects', 'published'];
/** Parts a member reads in the tab. */
export const MEMBER_PARTS: readonly PlanViewPart[] = [
  'decisions',
  'activities',
  'effects',
  'followUps',
  'published',
];

/**
 * Reads a whole plan view in ONE HTTP request: a `$batch` holding the plan, its decisions, areas,
 * initiatives (owners and approvers expanded), activities, effects and the follow-ups of each period of
 * the plan year, each with `$select` of the mapped columns and filtered on indexed columns. A part that
 * fills a whole page (5,000 items) is completed by paged reads afterwards.
 */
export class PlanViewReader {
  constructor(private readonly repos: Repositories) {}

  /** Reads the view of a plan the caller already knows (id and year, e.g. from `plans.all()`). */
  async load(plan: Pick<Plan, 'id' | 'planYear'>, options: PlanViewOptions): Promise<PlanView> {
    const [batched, execute] = this.repos.site.sp.batched();
    const sp = batched as SPFI;
    const completions: (() => Promise<void>)[] = [];
    const view: Omit<PlanView, 'plan'> = {
      decisions: [],
      focusAreas: [],
      initiatives: [],
      activities: [],
      effects: [],
      followUps: [],
      published: [],
    };

    function queue<E extends Stored>(repo: ListRepository<E, never, never>, filter: string, sink: E[]): void {
      const promise = repo.items(sp).filter(filter).top(PAGE_SIZE)() as Promise<SpItem[]>;
      completions.push(async () => {
        const items = await spCall({ listName: repo.listName }, () => promise);
        sink.push(...(items.length < PAGE_SIZE ? repo.map(items) : await repo.find({ filter })));
      });
    }

    const { repos } = this;
    const byPlan = `PlanId eq ${plan.id}`;
    const planPromise = repos.plans.items(sp).getById(plan.id)() as Promise<SpItem>;
    queue(repos.focusAreas, byPlan, view.focusAreas);
    queue(repos.initiatives, byPlan, view.initiatives);
    if (options.parts.includes('decisions')) queue(repos.decisions, byPlan, view.decisions);
    if (options.parts.includes('activities')) queue(repos.activities, byPlan, view.activities);
    if (options.parts.includes('effects')) queue(repos.effects, byPlan, view.effects);
    for (const period of (options.scheme ?? TERTIAL_SCHEME).periods) {
      const byPeriod = `PlanPeriod eq '${planPeriodKey(plan.id, plan.planYear, period.key)}'`;
      if (options.parts.includes('followUps')) queue(repos.followUps, byPeriod, view.followUps);
      if (options.parts.includes('published')) queue(repos.published, byPeriod, view.published);
    }

    await spCall({ listName: 'Plans', itemId: plan.id }, () => execute());
    const planItem = await spCall({ listName: 'Plans', itemId: plan.id }, () => planPromise);
    for (const complete of completions) await complete();

    view.focusAreas.sort((a, b) => a.sortOrder - b.sortOrder);
    view.initiatives.sort((a, b) => a.sortOrder - b.sortOrder);
    view.activities.sort((a, b) => a.sortOrder - b.sortOrder);
    view.decisions.sort((a, b) => a.date.localeCompare(b.date));
    return { plan: repos.plans.map([planItem])[0]!, ...view };
  }
}
