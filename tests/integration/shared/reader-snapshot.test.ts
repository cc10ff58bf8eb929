import '@pnp/sp/files/index.js';
import '@pnp/sp/folders/index.js';
import {
  readerSnapshotFileText,
  readerSnapshotSealPayload,
  snapshotView,
  splitReaderSnapshotFile,
} from '@devplan/core';
import {
  PlanSite,
  provision,
  ReaderSnapshotWriter,
  type Repositories,
  type SealSigner,
} from '@devplan/sharepoint';
import { planSourceFrom } from '@devplan/sharepoint/reader';
import { importPlan, PLAN_2026 } from '@devplan/sharepoint/seed';
import { addExampleData } from '../../bench/webpart/webpart-bench.js';
import { publishSealKey } from '../../bench/generate.js';
import { untilWritten } from '../../bench/requests.js';
import { startEmulatedSite, type EmulatedSite } from '../support/emulated-site';

describe('the intranet view from the app’s reader snapshot: one request while the lists are unchanged', () => {
  let site: EmulatedSite;
  let app: Repositories;
  let sealer: SealSigner;
  /** The snapshots made again once the last change to the lists is 1.1 s old (asked until they are). */
  const SETTLE_MS = 1100;
  const reader = (snapshots = true) =>
    planSourceFrom(new PlanSite(site.sp('reader'), site.emulator.siteUrl), { snapshots });
  const writer = () => new ReaderSnapshotWriter(app.site, sealer, { settleMs: SETTLE_MS });
  const apiCalls = () => site.emulator.requestLog().filter((e) => e.url.includes('/_api/'));
  // What a reader paints from first: the newest plan's lead (the whole view itself at 13 initiatives).
  const LEAD = 'latest.lead.json';
  const readLatest = () =>
    app.site.sp.web.getFileByServerRelativePath(`${app.site.listUrl('ReaderViews')}/${LEAD}`).getText();
  const writeLatest = (text: string) =>
    app.site.sp.web
      .getFolderByServerRelativePath(app.site.listUrl('ReaderViews'))
      .files.addUsingPath(LEAD, text, { Overwrite: true });

  beforeAll(async () => {
    site = await startEmulatedSite();
    app = site.repos('app');
    await provision(app.site);
    sealer = await publishSealKey(app);
    const { plan } = await importPlan(app, PLAN_2026, { actor: 'test' });
    await addExampleData(app, plan.id, sealer);
  }, 120_000);
  afterAll(() => site?.close());

  it('without a snapshot on file reads the view as before, the list of plans in the first request', async () => {
    const expected = await reader(false).load('latest');
    site.emulator.clearRequestLog();
    const view = await reader().load('latest');
    expect(apiCalls()).toHaveLength(2);
    expect(view).toEqual(expected);
  });

  it('paints from a fresh snapshot in one request, with what the lists give', async () => {
    const expected = await reader(false).load('latest');
    await untilWritten(writer(), ['written']);
    site.emulator.clearRequestLog();
    const view = await reader().load('latest');
    expect(apiCalls()).toHaveLength(1);
    // What the lists give, less what readers are never shown (the items' times, each publication's own seal).
    expect(view).toEqual(snapshotView(expected!));
    expect(view!.published.length).toBeGreaterThan(0);
    expect(view!.published.every((p) => p.seal === '' && p.created === undefined)).toBe(true);
    // The year the newest plan is of has its own file.
    site.emulator.clearRequestLog();
    expect(await reader().load(2026)).toEqual(snapshotView(expected!));
    expect(apiCalls()).toHaveLength(1);
    // Nothing changed: the writer reads the stamps and writes nothing.
    expect(await writer().refresh()).toBe('fresh');
  });

  it('never shows a snapshot once a list it was made from changed, and is made again after the change settles', async () => {
    const [first] = await app.initiatives.byPlan((await reader(false).load('latest'))!.plan.id);
    const stored = await app.initiatives.get(first!.id);
    await app.initiatives.update(first!.id, { title: 'Ändrad rubrik' }, stored.etag);
    site.emulator.clearRequestLog();
    const stale = await reader().load('latest');
    expect(stale!.initiatives.find((i) => i.id === first!.id)!.title).toBe('Ändrad rubrik');
    // The snapshot's request (which found it out of date), then the view.
    expect(apiCalls()).toHaveLength(2);

    // Made again only once the change is SETTLE_MS old (the stamps are to the second).
    const before = await untilWritten(writer(), ['written']);
    expect(before.every((outcome) => outcome === 'settling')).toBe(true);
    site.emulator.clearRequestLog();
    const fresh = await reader().load('latest');
    expect(apiCalls()).toHaveLength(1);
    expect(fresh!.initiatives.find((i) => i.id === first!.id)!.title).toBe('Ändrad rubrik');
  });

  it('does not use a snapshot whose content was changed after the app sealed it', async () => {
    const text = await readLatest();
    const { seal, json } = splitReaderSnapshotFile(text)!;
    const forged = json.replace('Ändrad rubrik', 'Förfalskad rubrik');
    expect(forged).not.toBe(json);
    await writeLatest(readerSnapshotFileText(seal, forged));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      site.emulator.clearRequestLog();
      const view = await reader().load('latest');
      expect(view!.initiatives.some((i) => i.title === 'Förfalskad rubrik')).toBe(false);
      expect(apiCalls()).toHaveLength(2);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('not sealed by the app'));
    } finally {
      warn.mockRestore();
    }
    // Sealed again by the app, the same text is used.
    await writeLatest(readerSnapshotFileText(await sealer.seal(readerSnapshotSealPayload(json)), json));
    site.emulator.clearRequestLog();
    await reader().load('latest');
    expect(apiCalls()).toHaveLength(1);
  });

  it('refuses a reader who writes a snapshot: only the app writes the library', async () => {
    const member = site.repos('staff');
    await expect(
      member.site.sp.web
        .getFolderByServerRelativePath(member.site.listUrl('ReaderViews'))
        .files.addUsingPath('latest.json', 'x', { Overwrite: true }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
