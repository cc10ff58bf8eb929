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
  sameStamps,
  snapshotView,
  splitReaderSnapshotFile,
  type ReaderSnapshot,
  type ReaderViewStamps,
} from '@devplan/core/domain';
import { WithoutMetadata } from '../client/behaviors.js';
import { spCall } from '../client/errors.js';
import { PlanSite } from '../client/site.js';
import type { SealSigner } from '../integrity/seals.js';
import type { SealCheckMemory } from '../integrity/seal-memory.js';
import { PlanViewReader, READER_PARTS, type PlanViewSources } from '../plan-view/plan-view-reader.js';
import { readerRepositories } from '../plan-view/reading.js';
import { readerSnapshotFileName, sealKeysValueQuery, snapshotFileQuery, stampsQuery } from './snapshot.js';

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

/**
 * Writes the reader snapshots (`ReaderSnapshot`) into the reader views library, as the app: the intranet view of
 * each of the `SNAPSHOT_PLANS` newest readable plans, whole and as its lead (`readerLead`, what a reader paints
 * first), read exactly as a reader reads it (`PlanViewReader` with the reader's parts and columns, publications checked on their seals), sealed with the app's key. Made again only
 * when one of the lists changed since (their stamps), once the change has settled, and written only when the
 * stamps are the same after the read as before it. Readers use a snapshot only while the stamps are unchanged, so
 * a snapshot out of date is never shown: readers then read the lists as before.
 */
export class ReaderSnapshotWriter {
  private readonly reader: PlanViewReader;
  private readonly repos: PlanViewSources;
  private readonly site: PlanSite;
  /** The stamps and keys of the snapshots on file, as far as this process knows (from `latest.lead.json` first). */
  private written: { stamps: ReaderViewStamps; keys: string } | null = null;
  private known = false;

  private readonly clock: () => Date;
  private readonly settleMs: number;

  constructor(
    site: PlanSite,
    private readonly sealer: SealSigner,
    options: SnapshotWriterOptions = {},
  ) {
    this.site = new PlanSite(spfi(site.sp).using(WithoutMetadata()), site.siteUrl);
    this.repos = readerRepositories(this.site, options.sealMemory);
    this.reader = new PlanViewReader(this.repos);
    this.clock = options.clock ?? (() => new Date());
    this.settleMs = options.settleMs ?? SNAPSHOT_SETTLE_MS;
  }

  /** Makes and writes the snapshots when the lists changed since those on file (one small `$batch` when not). */
  async refresh(): Promise<SnapshotRefresh> {
    if (!this.known) await this.readWritten();
    const before = await this.stamps();
    if (this.written && sameStamps(this.written.stamps, before.stamps) && this.written.keys === before.keys)
      return 'fresh';
    if (this.clock().getTime() - lastChange(before.stamps) < this.settleMs) return 'settling';
    const plans = await this.repos.plans.find({ orderBy: { field: 'PlanYear', ascending: false } });
    const readable = plans.filter(isReadable);
    const newest = choosePlan(readable, 'latest');
    if (!newest) return 'none';
    const chosen = readable
      .filter((p) => p.planYear <= newest.planYear)
      .sort((a, b) => b.planYear - a.planYear)
      .slice(0, SNAPSHOT_PLANS);
    const files: { name: string; text: string }[] = [];
    const leads: typeof files = [];
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
          stamps: before.stamps,
          sealKeys: before.keys,
          view: part === 'lead' ? readerLead(view) : view,
          windows: read.windows,
        };
        const json = readerSnapshotJson(snapshot);
        const text = readerSnapshotFileText(await this.sealer.seal(readerSnapshotSealPayload(json)), json);
        into.push({ name: readerSnapshotFileName(plan.planYear, part), text });
        if (plan.id === newest.id) into.push({ name: readerSnapshotFileName('latest', part), text });
      }
    }
    const after = await this.stamps();
    if (!sameStamps(before.stamps, after.stamps) || before.keys !== after.keys) return 'changed';
    // The leads last: a reader paints from a lead and then reads its whole, and this process learns what is on
    // file from the newest plan's lead (`readWritten`).
    for (const file of [...files, ...leads]) await this.upload(file.name, file.text);
    this.written = before;
    return 'written';
  }

  /** The lists' stamps and the seal keys as they are now (one `$batch`). */
  private async stamps(): Promise<{ stamps: ReaderViewStamps; keys: string }> {
    const [batched, execute] = this.site.batched();
    const sp = batched as SPFI;
    const stamps = stampsQuery(this.site, sp);
    const keys = sealKeysValueQuery(sp);
    await spCall({ listName: 'ReaderViews' }, () => execute());
    return { stamps: await stamps, keys: await keys };
  }

  /**
   * What `latest.lead.json` (written last) was made of, if there is one (once per process: after that this process
   * knows).
   */
  private async readWritten(): Promise<void> {
    const [batched, execute] = this.site.batched();
    const file = snapshotFileQuery(this.site, batched as SPFI, readerSnapshotFileName('latest', 'lead'));
    await spCall({ listName: 'ReaderViews' }, () => execute());
    const text = await file;
    this.known = true;
    const json = text && splitReaderSnapshotFile(text)?.json;
    const parsed = json ? parseReaderSnapshot(json) : null;
    if (parsed) this.written = { stamps: parsed.stamps, keys: parsed.sealKeys };
    else if (json) console.warn('[view] the reader snapshot on file is not one of this version: made again');
  }

  /** Writes one file over the one of the same name. */
  private async upload(name: string, text: string): Promise<void> {
    const folder = this.site.listUrl('ReaderViews');
    await spCall({ listName: 'ReaderViews' }, () =>
      this.site.sp.web
        .getFolderByServerRelativePath(folder)
        .files.addUsingPath(name, text, { Overwrite: true }),
    );
  }
}
