import '@pnp/sp/files/index.js';
import '@pnp/sp/folders/index.js';
import { spfi, type SPFI } from '@pnp/sp/index.js';
import {
  choosePlan,
  isReadable,
  lastChange,
  parseReaderSnapshot,
  READER_SNAPSHOT_VERSION,
  readerSnapshotFileText,
  readerLead,
  readerSnapshotJson,
  readerSnapshotSealPayload,
  READER_VIEW_LISTS,
  sameStamps,
  snapshotView,
  splitReaderSnapshotFile,
  type ListStamps,
  type ReaderSnapshot,
  type ReaderViewList,
} from '@devplan/core/domain';
import type { ListKey } from '@devplan/core/schema';
import { WithoutMetadata } from '../client/behaviors.js';
import { spCall } from '../client/errors.js';
import { PlanSite } from '../client/site.js';
import type { SealSigner } from '../integrity/seals.js';
import type { SealCheckMemory } from '../integrity/seal-memory.js';
import { PlanViewReader, READER_PARTS, type PlanViewSources } from '../plan-view/plan-view-reader.js';
import { readerRepositories } from '../plan-view/reading.js';
import {
  readerSnapshotFileName,
  sealKeysValueQuery,
  snapshotFileQuery,
  stampsQuery,
  type ViewLibrary,
} from './snapshot.js';

/** Writes one file of the app's views into `library`, over the one of the same name (as the app). */
export async function uploadViewFile(
  site: PlanSite,
  library: ViewLibrary,
  name: string,
  text: string,
): Promise<void> {
  await spCall({ listName: library }, () =>
    site.sp.web
      .getFolderByServerRelativePath(site.listUrl(library))
      .files.addUsingPath(name, text, { Overwrite: true }),
  );
}

/** How many of the newest readable plans get a snapshot of their own (`plan-<year>.json`). */
export const SNAPSHOT_PLANS = 3;

/**
 * How long after the last change to the lists a snapshot is made (ms). The lists' stamps are to the second, so a
 * change made in the same second as the stamps read would not show in them; waiting until the last change is this
 * old (with the clocks of the app server and SharePoint apart by less than that) rules it out.
 */
export const SNAPSHOT_SETTLE_MS = 5000;

/** How a `ReaderSnapshotWriter` is set up. */
export interface SnapshotWriterOptions {
  /** The time now (default the system clock). */
  clock?: () => Date;
  /** Seal checks that passed before in this process (`processSealMemory`): only new publications are checked. */
  sealMemory?: SealCheckMemory;
  /** How long after the last change a snapshot is made (default `SNAPSHOT_SETTLE_MS`; more than 1 s). */
  settleMs?: number;
}

/** What `refresh` did. */
export type SnapshotRefresh =
  /** The snapshots on file are made of the lists as they are: nothing to do. */
  | 'fresh'
  /** The lists changed less than `SNAPSHOT_SETTLE_MS` ago: made on a later call. */
  | 'settling'
  /** The lists changed while the snapshots were read: made on a later call. */
  | 'changed'
  /** New snapshots written (the newest readable plans, and `latest.json`; each with its lead). */
  | 'written'
  /** No readable plan: nothing written. */
  | 'none';

/** A file of the app's views to write: its name in the library and its text (`<seal> <json>`). */
export interface ViewFile {
  name: string;
  text: string;
}

/** The stamps of a writer's lists and the seal keys' property, as read together. */
interface MadeOf<L extends string> {
  stamps: ListStamps<L>;
  keys: string;
}

/**
 * What the app's view writers share (`ReaderSnapshotWriter`, `OverviewLeadWriter`): files made of `lists` are made
 * again only when one of the lists changed since those on file (their stamps) or the seal keys did, once the
 * change has settled, and written (into `library`) only when the stamps are the same after the read as before it.
 * What is on file this process learns once from the file written last (`lastFile`).
 */
export abstract class ViewFilesWriter<L extends ListKey> {
  /** The plan site without OData metadata (the writer's reads are large). */
  protected readonly site: PlanSite;
  protected readonly clock: () => Date;
  private readonly settleMs: number;
  private written: MadeOf<L> | null = null;
  private known = false;

  constructor(
    site: PlanSite,
    protected readonly sealer: SealSigner,
    private readonly library: ViewLibrary,
    private readonly lists: readonly L[],
    options: SnapshotWriterOptions = {},
  ) {
    this.site = new PlanSite(spfi(site.sp).using(WithoutMetadata()), site.siteUrl);
    this.clock = options.clock ?? (() => new Date());
    this.settleMs = options.settleMs ?? SNAPSHOT_SETTLE_MS;
  }

  /** The file written last: what is on file is read from it (`madeOf`). */
  protected abstract readonly lastFile: string;

  /** The files to write, the one `lastFile` names last; null when there is no plan to make them of. */
  protected abstract files(madeOf: MadeOf<L>): Promise<ViewFile[] | null>;

  /** What a file's JSON text (of `lastFile`) was made of; null when it is not one of this version. */
  protected abstract madeOf(json: string): MadeOf<L> | null;

  /** Makes and writes the files when the lists changed since those on file (one small `$batch` when not). */
  async refresh(): Promise<SnapshotRefresh> {
    if (!this.known) await this.readWritten();
    const before = await this.stamps();
    if (this.written && this.same(this.written, before)) return 'fresh';
    if (this.clock().getTime() - lastChange(before.stamps, this.lists) < this.settleMs) return 'settling';
    const files = await this.files(before);
    if (!files) return 'none';
    if (!this.same(before, await this.stamps())) return 'changed';
    for (const file of files) await uploadViewFile(this.site, this.library, file.name, file.text);
    this.written = before;
    return 'written';
  }

  /** Whether `a` and `b` are of the same stamps and keys. */
  private same(a: MadeOf<L>, b: MadeOf<L>): boolean {
    return sameStamps(a.stamps, b.stamps, this.lists) && a.keys === b.keys;
  }

  /** The lists' stamps and the seal keys as they are now (one `$batch`). */
  private async stamps(): Promise<MadeOf<L>> {
    const [batched, execute] = this.site.batched();
    const sp = batched as SPFI;
    const stamps = stampsQuery(this.site, sp, this.lists);
    const keys = sealKeysValueQuery(sp);
    await spCall({ listName: this.library }, () => execute());
    return { stamps: await stamps, keys: await keys };
  }

  /** What `lastFile` was made of, if there is one (once per process: after that this process knows). */
  private async readWritten(): Promise<void> {
    const [batched, execute] = this.site.batched();
    const file = snapshotFileQuery(this.site, batched as SPFI, this.lastFile, this.library);
    await spCall({ listName: this.library }, () => execute());
    const text = await file;
    this.known = true;
    const json = text && splitReaderSnapshotFile(text)?.json;
    const parsed = json ? this.madeOf(json) : null;
    if (parsed) this.written = parsed;
    else if (json)
      console.warn(`[view] the file on file in ${this.library} is not one of this version: made again`);
  }
}

/** `files` with the one named `last` moved to the end (written last). */
export function lastOf(files: readonly ViewFile[], last: string): ViewFile[] {
  return [...files.filter((f) => f.name !== last), ...files.filter((f) => f.name === last)];
}

/**
 * Writes the reader snapshots (`ReaderSnapshot`) into the reader views library, as the app: the intranet view of
 * each of the `SNAPSHOT_PLANS` newest readable plans, whole and as its lead (`readerLead`, what a reader paints
 * first), read exactly as a reader reads it (`PlanViewReader` with the reader's parts and columns, publications
 * checked on their seals), sealed with the app's key. Readers use a snapshot only while the stamps are unchanged,
 * so a snapshot out of date is never shown: readers then read the lists as before.
 */
export class ReaderSnapshotWriter extends ViewFilesWriter<ReaderViewList> {
  private readonly reader: PlanViewReader;
  private readonly repos: PlanViewSources;
  // The leads last: a reader paints from a lead and then reads its whole, and this process learns what is on file
  // from the newest plan's lead.
  protected readonly lastFile = readerSnapshotFileName('latest', 'lead');

  constructor(site: PlanSite, sealer: SealSigner, options: SnapshotWriterOptions = {}) {
    super(site, sealer, 'ReaderViews', READER_VIEW_LISTS, options);
    this.repos = readerRepositories(this.site, options.sealMemory);
    this.reader = new PlanViewReader(this.repos);
  }

  protected madeOf(json: string): MadeOf<ReaderViewList> | null {
    const parsed = parseReaderSnapshot(json);
    return parsed && { stamps: parsed.stamps, keys: parsed.sealKeys };
  }

  protected async files(madeOf: MadeOf<ReaderViewList>): Promise<ViewFile[] | null> {
    const plans = await this.repos.plans.find({ orderBy: { field: 'PlanYear', ascending: false } });
    const readable = plans.filter(isReadable);
    const newest = choosePlan(readable, 'latest');
    if (!newest) return null;
    const chosen = readable
      .filter((p) => p.planYear <= newest.planYear)
      .sort((a, b) => b.planYear - a.planYear)
      .slice(0, SNAPSHOT_PLANS);
    const files: ViewFile[] = [];
    const leads: ViewFile[] = [];
    for (const plan of chosen) {
      const read = await this.reader.read(plan, { parts: READER_PARTS, later: ['activities'] });
      const view = snapshotView(read.view as ReaderSnapshot['view']);
      // The whole view, and its lead (the first screen and the whole's counts): both of the same stamps.
      for (const [part, into] of [
        ['whole', files],
        ['lead', leads],
      ] as const) {
        const snapshot: ReaderSnapshot = {
          version: READER_SNAPSHOT_VERSION,
          builtAt: this.clock().toISOString(),
          stamps: madeOf.stamps,
          sealKeys: madeOf.keys,
          view: part === 'lead' ? readerLead(view) : view,
          windows: read.windows,
        };
        const json = readerSnapshotJson(snapshot);
        const text = readerSnapshotFileText(await this.sealer.seal(readerSnapshotSealPayload(json)), json);
        into.push({ name: readerSnapshotFileName(plan.planYear, part), text });
        if (plan.id === newest.id) into.push({ name: readerSnapshotFileName('latest', part), text });
      }
    }
    return lastOf([...files, ...leads], this.lastFile);
  }
}
