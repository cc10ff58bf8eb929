import type { PlanSite } from '../client/site.js';
import type { SealCheckMemory } from '../integrity/seal-memory.js';
import { PlanViewReader, READER_PARTS, type PlanViewSources } from '../plan-view/plan-view-reader.js';
import { readerRepositories } from '../plan-view/reading.js';

/** The intranet view's read of the lists themselves, for when there is no fresh reader snapshot to paint from. */
export interface ListRead {
  reader: PlanViewReader;
  repos: PlanViewSources;
  /** The parts a reader reads: never working follow-ups. */
  parts: typeof READER_PARTS;
  /** How the view is read: the reader's parts, the activities after the first paint past the threshold. */
  viewOptions: { parts: typeof READER_PARTS; later: readonly ['activities'] };
}

/**
 * The lists' read over `site` (a reader's, without OData metadata), loaded by `planSourceFrom` on demand (its own
 * chunk: the web part's first chunk holds only the snapshot's path).
 */
export function listRead(site: PlanSite, sealMemory?: SealCheckMemory): ListRead {
  const repos = readerRepositories(site, sealMemory);
  return {
    reader: new PlanViewReader(repos),
    repos,
    parts: READER_PARTS,
    viewOptions: { parts: READER_PARTS, later: ['activities'] as const },
  };
}
