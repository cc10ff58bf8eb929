import '@pnp/sp/files/index.js';
import '@pnp/sp/folders/index.js';
import { overviewLead, readerSnapshotFileText, splitReaderSnapshotFile } from '@devplan/core';
import {
  OverviewLeadWriter,
  PlanSite,
  provision,
  type Repositories,
  type SealSigner,
} from '@devplan/sharepoint';
import { SpTabData } from '@devplan/sharepoint/tab';
import { importPlan, PLAN_2026 } from '@devplan/sharepoint/seed';
import { addExampleData } from '../../bench/webpart/webpart-bench.js';
import { publishSealKey } from '../../bench/generate.js';
import { untilWritten } from '../../bench/requests.js';
import { startEmulatedSite, type EmulatedSite } from '../support/emulated-site';

describe('the tab’s plan overview from the app’s lead: one request while the lists are unchanged', () => {
  let site: EmulatedSite;
  let app: Repositories;
  let sealer: SealSigner;
  /** The leads made again once the last change to the lists is 1.1 s old (asked until they are). */
  const SETTLE_MS = 1100;
  const tab = (user: string) => new SpTabData(new PlanSite(site.sp(user), site.emulator.siteUrl));
  const writer = () => new OverviewLeadWriter(app.site, sealer, { settleMs: SETTLE_MS });
  const apiCalls = () => site.emulator.requestLog().filter((e) => e.url.includes('/_api/'));
  const LEAD = 'latest.lead.json';
  const library = () => app.site.sp.web.getFolderByServerRelativePath(app.site.listUrl('TabViews'));
  const readLatest = () =>
    app.site.sp.web.getFileByServerRelativePath(`${app.site.listUrl('TabViews')}/${LEAD}`).getText();
  /** The overview a member's tab reads from the lists. */
  const fromLists = async () => {
    const session = await tab('staff').session();
    return tab('staff').planOverview(session.plans[0]!, true);
  };

  beforeAll(async () => {
    site = await startEmulatedSite();
    app = site.repos('app');
    await provision(app.site);
    sealer = await publishSealKey(app);
    const { plan } = await importPlan(app, PLAN_2026, { actor: 'test' });
    await addExampleData(app, plan.id, sealer);
    // A member's draft follow-up: working data, which only members see.
    const [first] = await app.initiatives.byPlan(plan.id);
    await site.repos('staff').followUps.add({
      planId: plan.id,
      initiativeId: first!.id,
      periodYear: 2026,
      period: 'T1',
      status: 'onTrack',
      progress: 20,
    });
  }, 120_000);
  afterAll(() => site?.close());

  it('without a lead on file gives none, in the session’s one request', async () => {
    site.emulator.clearRequestLog();
    const session = await tab('staff').session('latest');
    expect(session.lead).toBeNull();
    expect(apiCalls()).toHaveLength(1);
  });

  it('gives a member, with the session in one request, what the lists give', async () => {
    const expected = await fromLists();
    await untilWritten(writer(), ['written']);
    site.emulator.clearRequestLog();
    const session = await tab('staff').session('latest');
    expect(apiCalls()).toHaveLength(1);
    // The 2026 plan's areas fit on their first page: its lead is its whole overview.
    expect(session.lead).toEqual(overviewLead(expected));
    expect(session.lead!.lead).toBeUndefined();
    expect(session.lead!.followUps.length).toBeGreaterThan(0);
    // The year the plan is of has its own file, and nothing changed: the writer writes nothing.
    expect((await tab('staff').session(2026)).lead).toEqual(session.lead);
    expect(await writer().refresh()).toBe('fresh');
  });

  it('gives a reader none, without a warning, and the reader can read neither the file nor write one', async () => {
    const warn = jest.spyOn(console, 'warn');
    try {
      site.emulator.clearRequestLog();
      const session = await tab('reader').session('latest');
      expect(session.canEdit).toBe(false);
      expect(session.lead).toBeUndefined();
      expect(apiCalls()).toHaveLength(1);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
    const reader = site.repos('reader');
    await expect(
      reader.site.sp.web.getFileByServerRelativePath(`${reader.site.listUrl('TabViews')}/${LEAD}`).getText(),
    ).rejects.toMatchObject({ status: expect.any(Number) });
    for (const user of ['reader', 'staff']) {
      const someone = site.repos(user);
      await expect(
        someone.site.sp.web
          .getFolderByServerRelativePath(someone.site.listUrl('TabViews'))
          .files.addUsingPath(LEAD, 'x', { Overwrite: true }),
      ).rejects.toMatchObject({ status: 403 });
    }
  });

  it('never gives a lead once a member changed a list it was made of, and is made again after the change settles', async () => {
    const [followUp] = (await fromLists()).followUps;
    const staff = site.repos('staff');
    const stored = await staff.followUps.get(followUp!.id);
    await staff.followUps.update(followUp!.id, { progress: 77 }, stored.etag!);
    const stale = await tab('staff').session('latest');
    expect(stale.lead).toBeNull();

    const before = await untilWritten(writer(), ['written']);
    expect(before.every((outcome) => outcome === 'settling')).toBe(true);
    const fresh = await tab('staff').session('latest');
    expect(fresh.lead!.followUps.find((f) => f.id === followUp!.id)!.progress).toBe(77);
    expect(fresh.lead).toEqual(overviewLead(await fromLists()));
  });

  it('does not use a lead whose content was changed after the app sealed it', async () => {
    const { seal, json } = splitReaderSnapshotFile(await readLatest())!;
    const forged = json.replace('Förankra och kommunicera', 'Förfalskad rubrik:');
    expect(forged).not.toBe(json);
    await library().files.addUsingPath(LEAD, readerSnapshotFileText(seal, forged), { Overwrite: true });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect((await tab('staff').session('latest')).lead).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('not sealed by the app'));
    } finally {
      warn.mockRestore();
    }
  });
});
