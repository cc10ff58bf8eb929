import {
  OVERVIEW_EFFECT_FIELDS,
  OVERVIEW_FOLLOW_UP_FIELDS,
  OVERVIEW_INITIATIVE_FIELDS,
  READER_EFFECT_FIELDS,
  READER_INITIATIVE_FIELDS,
  type PeriodClosure,
  type PublishedFollowUp,
  type Stored,
} from '@devplan/core/domain';
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
  periodClosureMapping,
  planMapping,
  publishedFollowUpMapping,
} from '../mapping/mappings.js';
import { ReadRepository } from '../repositories/list-repository.js';
import type { PlanViewSources, ReadingRepository } from './plan-view-reader.js';

/**
 * The reading base of a list's repository: reads and maps items with `mapping`, and has no input schemas, so a
 * host that only reads (or reads first) loads neither the writing repositories nor zod.
 */
export function readingRepository<E extends Stored>(
  site: PlanSite,
  mapping: EntityMapping<E>,
): ReadingRepository<E> {
  return new ReadRepository<E>(site, mapping);
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
    closures: read(narrowedMapping(periodClosureMapping, PERIOD_SEAL_FIELDS)),
  };
}

/** What the plan view reads of a period's close: which period, and the seal over its publications. */
const PERIOD_SEAL_FIELDS: readonly (keyof PeriodClosure)[] = [
  'planId',
  'periodYear',
  'period',
  'publicationsSeal',
];

/**
 * `mapping` with only the columns of `fields` (the others are neither selected nor mapped, nor are `Created` and
 * `Modified`); a person column's person is expanded only when `fields` names it too (`owner` beside `ownerId`),
 * else only the id is read.
 */
export function narrowedMapping<E>(
  mapping: EntityMapping<E>,
  fields: readonly (keyof E)[],
): EntityMapping<E> {
  const columns: EntityMapping<E>['columns'] = {};
  for (const field of fields) {
    const column = mapping.columns[field];
    if (!column) continue;
    const ref = column.as === 'user' ? column.userRef : undefined;
    // The same column without its person (a user column keeps its field and conversion).
    const idOnly = { ...column, userRef: undefined } as typeof column;
    columns[field] = ref && !fields.includes(ref as keyof E) ? idOnly : column;
  }
  return { list: mapping.list, columns, stamps: false };
}

/**
 * Read-only repositories for the intranet view (`planSourceFrom`): as `readingRepositories`, but of initiatives
 * and effects only the columns readers are shown (`READER_INITIATIVE_FIELDS`, `READER_EFFECT_FIELDS`), so the
 * entities read are whole only as a `ReaderPlanView`'s; of these and of publications no `Created`/`Modified`.
 */
export function readerRepositories(site: PlanSite, sealMemory?: SealCheckMemory): PlanViewSources {
  return {
    ...readingRepositories(site, sealMemory),
    initiatives: readingRepository(site, narrowedMapping(initiativeMapping, READER_INITIATIVE_FIELDS)),
    effects: readingRepository(site, narrowedMapping(effectMapping, READER_EFFECT_FIELDS)),
    published: sealedPublications(site),
  };
}

/** Publications with every sealed column (the seal is checked over them all), without when they were written. */
function sealedPublications(site: PlanSite): ReadingRepository<PublishedFollowUp> {
  return readingRepository(site, { ...publishedFollowUpMapping, stamps: false });
}

/**
 * Read-only repositories for the tab's plan overview (`OverviewPlanView`): as `readingRepositories`, but of
 * initiatives, effects and working follow-ups only the overview's columns (`OVERVIEW_INITIATIVE_FIELDS` and the
 * others), without `Created`/`Modified`. The entities read are whole only as an `OverviewPlanView`'s: never
 * write from them. Publications stay whole, since their seal is checked over every sealed column.
 */
export function overviewRepositories(site: PlanSite): PlanViewSources {
  return {
    ...readingRepositories(site),
    initiatives: readingRepository(site, narrowedMapping(initiativeMapping, OVERVIEW_INITIATIVE_FIELDS)),
    effects: readingRepository(site, narrowedMapping(effectMapping, OVERVIEW_EFFECT_FIELDS)),
    followUps: readingRepository(site, narrowedMapping(followUpMapping, OVERVIEW_FOLLOW_UP_FIELDS)),
    published: sealedPublications(site),
  };
}
