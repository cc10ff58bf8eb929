import type { Plan, PlanView } from '../../domain/index.js';
// Deep imports on purpose: the `sp` barrel also loads the input schemas (zod) of the writing repositories,
// which a read-only view never needs; leaving them out keeps the web part within its bundle budget.
import type { PlanSite } from '../../sp/client/site.js';
import {
  activityMapping,
  decisionMapping,
  effectMapping,
  focusAreaMapping,
  followUpMapping,
  initiativeMapping,
  planMapping,
  publishedFollowUpMapping,
} from '../../sp/mapping/mappings.js';
import { PlanViewReader, READER_PARTS } from '../../sp/plan-view/plan-view-reader.js';
import { ListRepository } from '../../sp/repositories/list-repository.js';
import type { Repositories } from '../../sp/repositories/repositories.js';
import type { PlanChoice } from './settings.js';

/** Where the reader view gets its plan from; the host builds it from its own PnPjs instance. */
export interface PlanSource {
  /** The chosen plan with its published content, or null when there is no such adopted plan. */
  load(choice: PlanChoice): Promise<PlanView | null>;
}

/** Plans readers may see: anything past draft (adopted, approved, closed). Drafts never reach the view. */
export function isReadable(plan: Pick<Plan, 'status'>): boolean {
  return plan.status !== 'draft';
}

/** The plan a choice points at among `plans`, or undefined. */
export function choosePlan(plans: readonly Plan[], choice: PlanChoice): Plan | undefined {
  const readable = plans.filter(isReadable).sort((a, b) => b.planYear - a.planYear);
  return choice === 'latest' ? readable[0] : readable.find((p) => p.planYear === choice);
}

/**
 * Read-only repositories for the plan view: the reading base of each list's repository (no input schemas).
 * `PlanViewReader` only reads (`items`, `map`, `find`, `listName`), which the base provides.
 */
function readingRepositories(site: PlanSite): Repositories {
  const read = <E extends { id: number }>(
    mapping: ConstructorParameters<typeof ListRepository<E, never, never>>[1],
  ) => new ListRepository<E, never, never>(site, mapping, null);
  return {
    site,
    plans: read(planMapping),
    decisions: read(decisionMapping),
    focusAreas: read(focusAreaMapping),
    initiatives: read(initiativeMapping),
    activities: read(activityMapping),
    followUps: read(followUpMapping),
    published: read(publishedFollowUpMapping),
    effects: read(effectMapping),
  } as unknown as Repositories;
}

/**
 * A plan source over the plan site: one request for the list of plans, then ONE `$batch` for the whole view
 * (plan, decisions, areas, initiatives with owners, activities, effects and the published follow-ups of each
 * period; never working follow-ups). Two SharePoint requests in all.
 */
export function planSourceFrom(site: PlanSite): PlanSource {
  const repos = readingRepositories(site);
  const reader = new PlanViewReader(repos);
  return {
    async load(choice) {
      const plans = await repos.plans.find({ orderBy: { field: 'PlanYear', ascending: false } });
      const plan = choosePlan(plans, choice);
      return plan ? reader.load(plan, { parts: READER_PARTS }) : null;
    },
  };
}
