import type { SPFI } from '@pnp/sp/index.js';
import {
  choosePlan,
  isReadable,
  OVERVIEW_SNAPSHOT_VERSION,
  overviewLead,
  overviewSnapshotJson,
  overviewSnapshotSealPayload,
  parseOverviewSnapshot,
  readerSnapshotFileText,
  TAB_VIEW_LISTS,
  type OverviewPlanView,
  type OverviewSnapshot,
  type PlanChoice,
  type TabViewList,
} from '@devplan/core/domain';
import type { PlanSite } from '../client/site.js';
import type { SealSigner } from '../integrity/seals.js';
import { MEMBER_PARTS, PlanViewReader, type PlanViewSources } from '../plan-view/plan-view-reader.js';
import { overviewRepositories } from '../plan-view/reading.js';
import {
  lastOf,
  SNAPSHOT_PLANS,
  ViewFilesWriter,
  type SnapshotWriterOptions,
  type ViewFile,
} from '../reader/snapshot-writer.js';
import {
  readerSnapshotFileName,
  checkedViewFile,
  sealKeysValueQuery,
  snapshotFileQuery,
  stampsQuery,
} from '../reader/snapshot.js';

/**
 * The file of a plan choice's overview lead in the tab views library: `latest.lead.json` for the plan the tab opens
 * on (the newest adopted plan, else the newest), `plan-<year>.lead.json` for a year.
 */
export function overviewLeadFileName(choice: PlanChoice): string {
  return readerSnapshotFileName(choice, 'lead');
}

/**
 * Writes the leads of the tab's plan overview (`overviewLead`: each area's first page with its effects and working
 * follow-ups, and the whole's counts and filter choices) into the tab views library (`TabViews`, members read,
 * only the app writes), as the app: of the `SNAPSHOT_PLANS` newest plans whatever their status (members work on
 * the next plan's draft) and of the plan the tab opens on, read exactly as a member's tab reads the overview
 * (`overviewRepositories`, `MEMBER_PARTS`), sealed with the app's key. A member's tab uses one only while the
 * lists' stamps are unchanged, so a change, a member's own included, is never hidden: the tab then reads the lists.
 */
export class OverviewLeadWriter extends ViewFilesWriter<TabViewList> {
  private readonly repos: PlanViewSources;
  protected readonly lastFile = overviewLeadFileName('latest');

  constructor(site: PlanSite, sealer: SealSigner, options: SnapshotWriterOptions = {}) {
    super(site, sealer, 'TabViews', TAB_VIEW_LISTS, options);
    this.repos = overviewRepositories(this.site);
  }

  protected madeOf(json: string) {
    const parsed = parseOverviewSnapshot(json);
    return parsed && { stamps: parsed.stamps, keys: parsed.sealKeys };
  }

  protected async files(madeOf: {
    stamps: OverviewSnapshot['stamps'];
    keys: string;
  }): Promise<ViewFile[] | null> {
    const plans = await this.repos.plans.find({ orderBy: { field: 'PlanYear', ascending: false } });
    // The plan the tab opens on when no year is asked for (as the tab's loader chooses it).
    const opensOn = choosePlan(plans.filter(isReadable), 'latest') ?? choosePlan(plans, 'latest');
    if (!opensOn) return null;
    const newest = [...plans].sort((a, b) => b.planYear - a.planYear).slice(0, SNAPSHOT_PLANS);
    const chosen = newest.some((p) => p.id === opensOn.id) ? newest : [...newest, opensOn];
    const reader = new PlanViewReader(this.repos);
    const files: ViewFile[] = [];
    for (const plan of chosen) {
      const view = await reader.load(plan, { parts: MEMBER_PARTS });
      const snapshot: OverviewSnapshot = {
        version: OVERVIEW_SNAPSHOT_VERSION,
        builtAt: this.clock().toISOString(),
        stamps: madeOf.stamps,
        sealKeys: madeOf.keys,
        view: overviewLead(view),
      };
      const json = overviewSnapshotJson(snapshot);
      const text = readerSnapshotFileText(await this.sealer.seal(overviewSnapshotSealPayload(json)), json);
      files.push({ name: overviewLeadFileName(plan.planYear), text });
      if (plan.id === opensOn.id) files.push({ name: this.lastFile, text });
    }
    return lastOf(files, this.lastFile);
  }
}

/**
 * Asks, on `sp` (a batched instance), for the overview lead of `choice` with the stamps of the lists it is made of
 * and the seal keys, and answers with its view when it is the app's (its seal checks with the keys), made of lists
 * whose stamps have not changed since, with the same keys; else null. Readers may read none of it (the library
 * and the working follow-ups are members' only): for them, as for a missing file, it is null, quietly.
 */
export function overviewLeadQuery(
  site: PlanSite,
  sp: SPFI,
  choice: PlanChoice,
): Promise<OverviewPlanView | null> {
  const quiet = <T>(read: Promise<T>): Promise<T | null> =>
    read.catch((error: unknown) => {
      const status = (error as { status?: number }).status;
      if (status !== 401 && status !== 403 && status !== 404)
        console.warn(`[view] the tab's overview lead could not be read: ${(error as Error).message}`);
      return null;
    });
  const file = quiet(snapshotFileQuery(site, sp, overviewLeadFileName(choice), 'TabViews'));
  const stamps = quiet(stampsQuery(site, sp, TAB_VIEW_LISTS));
  const keys = quiet(sealKeysValueQuery(sp));
  return Promise.all([file, stamps, keys])
    .then(async ([text, now, sealKeys]) => {
      const snapshot =
        text &&
        (await checkedViewFile(text, now, sealKeys, {
          lists: TAB_VIEW_LISTS,
          parse: parseOverviewSnapshot,
          payload: overviewSnapshotSealPayload,
          what: 'the tab’s overview lead',
        }));
      return snapshot ? snapshot.view : null;
    })
    .catch((error: unknown) => {
      // A lead that cannot be checked (say, a seal keys' property that is not JSON) is no lead: the lists are read.
      console.warn(`[view] the tab's overview lead could not be checked: ${(error as Error).message}`);
      return null;
    });
}
