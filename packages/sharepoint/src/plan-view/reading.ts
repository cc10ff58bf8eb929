import type { Stored } from '@devplan/core/domain';
import type { PlanSite } from '../client/site.js';
import type { SealCheckMemory } from '../integrity/seal-memory.js';
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
import { ListRepository } from '../repositories/list-repository.js';
import type { PlanViewSources, ReadingRepository } from './plan-view-reader.js';

/**
 * The reading base of a list's repository: reads and maps items with `mapping`, and has no input schemas, so a
 * host that only reads (or reads first) loads neither the writing repositories nor zod.
 */
export function readingRepository<E extends Stored>(
  site: PlanSite,
  mapping: EntityMapping<E>,
): ReadingRepository<E> {
  return new ListRepository<E, never, never>(site, mapping, null);
}

/**
 * Read-only repositories for the plan view: the reading base of each list's repository (no input schemas).
 * `PlanViewReader` only reads (`items`, `map`, `find`, `listName`), which the base provides.
 */
export function readingRepositories(site: PlanSite, sealMemory?: SealCheckMemory): PlanViewSources {
  const read = <E extends Stored>(mapping: EntityMapping<E>) => readingRepository(site, mapping);
  return {
    site,
    sealMemory,
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
