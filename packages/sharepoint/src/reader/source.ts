import { choosePlan, isReadable, type Stored } from '@devplan/core/domain';
import type { PlanSource } from '@devplan/core/ports';
// Deep imports on purpose: the `sp` barrel also loads the input schemas (zod) of the writing repositories,
// which a read-only view never needs; leaving them out keeps the web part within its bundle budget.
import type { PlanSite } from '../client/site.js';
import type { EntityMapping } from '../mapping/mapper.js';
import {
  activityMapping,
  decisionMapping,
  effectMapping,
  focusAreaMapping,
  followUpMapping,
  initiativeMapping,
  planMapping,
  publishedFollowUpMapping,
} from '../mapping/mappings.js';
import {
  PlanViewReader,
  READER_PARTS,
  type PlanViewSources,
  type ReadingRepository,
} from '../plan-view/plan-view-reader.js';
import { ListRepository } from '../repositories/list-repository.js';

/**
 * Read-only repositories for the plan view: the reading base of each list's repository (no input schemas).
 * `PlanViewReader` only reads (`items`, `map`, `find`, `listName`), which the base provides.
 */
function readingRepositories(site: PlanSite): PlanViewSources {
  const read = <E extends Stored>(mapping: EntityMapping<E>): ReadingRepository<E> =>
    new ListRepository<E, never, never>(site, mapping, null);
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
  };
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
      const plan = choosePlan(plans.filter(isReadable), choice);
      return plan ? reader.load(plan, { parts: READER_PARTS }) : null;
    },
  };
}
