import '@pnp/sp/files/index.js';
import '@pnp/sp/folders/index.js';
import '@pnp/sp/site-groups/web.js';
import '@pnp/sp/site-users/web.js';
import { DEMO_USERS } from '@devplan/sp-emulator';
import { PlanSite, ReportLibrary } from '@devplan/sharepoint';
import { strFromU8, unzipSync } from 'fflate';
import { closureValues, startReportsWorld, type ReportsWorld } from './support';

const close = (world: ReportsWorld, user: string, period: string, planId = world.planId) =>
  world.call(user, 'POST', '/api/reports/close', { planId, periodYear: 2026, period });

describe('closing a period through the reports API against the emulated SharePoint', () => {
  let world: ReportsWorld;
  const nothingWritten = async () => {
    expect(await world.closures.find()).toEqual([]);
    expect(await world.library.list()).toEqual([]);
  };

  beforeAll(async () => {
    world = await startReportsWorld();
    await world.approved(world.initiativeIds[0]!, 'T1');
    await world.approved(world.initiativeIds[1]!, 'T1');
    await world.submitted(world.initiativeIds[2]!, 'T2'); // submitted, never approved
  }, 180_000);
  afterAll(() => world?.close());

  it('tells the tab who is an administrator: the site owner is, a member is not', async () => {
    expect((await world.call('admin', 'GET', '/api/reports/me')).body).toEqual({ administrator: true });
    expect((await world.call('staff', 'GET', '/api/reports/me')).body).toEqual({ administrator: false });
  });

  it('refuses a member or a reader, whatever they send, and writes nothing', async () => {
    for (const user of ['staff', 'approver', 'reader']) {
      const answer = await close(world, user, 'T1');
      expect([user, answer.status, answer.body.code]).toEqual([user, 403, 'not-admin']);
      expect(answer.body.reason.sv).toContain('Bara en administratör');
      expect(answer.body.reason.en).toContain('Only an administrator');
    }
    const exported = await world.call(
      'staff',
      'GET',
      `/api/reports/export?planId=${world.planId}&periodYear=2026&period=T1`,
    );
    expect(exported.status).toBe(403);
    await nothingWritten();
  });

  it('refuses a call without a valid token', async () => {
    const response = await fetch(`${world.apiUrl}/api/reports/close`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
  });

  it('refuses bad input, an unknown plan and a year outside the plan, naming the problem', async () => {
    const bad = await world.call('admin', 'POST', '/api/reports/close', {
      planId: 'x',
      periodYear: 2026,
      period: 'T9',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i) => i.path)).toEqual(['planId', 'period']);
    const unknown = await close(world, 'admin', 'T1', 9999);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'unknown-plan']);
    expect(unknown.body.reason.sv).toBe('Planen 9999 finns inte.');
    const year = await world.call('admin', 'POST', '/api/reports/close', {
      planId: world.planId,
      periodYear: 2025,
      period: 'T1',
    });
    expect([year.status, year.body.issues[0]!.message.en]).toEqual([
      400,
      'The year must be the plan year (2026).',
    ]);
    await nothingWritten();
  });

  it('refuses a period with nothing approved (a submitted follow-up does not count) and writes nothing', async () => {
    const answer = await close(world, 'admin', 'T2');
    expect([answer.status, answer.body.code]).toEqual([422, 'nothing-approved']);
    expect(answer.body.reason.sv).toContain('inga godkända uppföljningar för Tertial 2 2026');
    expect(answer.body.reason.en).toContain('Nothing was saved');
    await nothingWritten();
  });

  it('takes a new owner of the site as an administrator at once', async () => {
    const deputy = DEMO_USERS.find((u) => u.key === 'deputy')!;
    expect((await world.call('deputy', 'GET', '/api/reports/me')).body.administrator).toBe(false);
    await world.site.sp('app').web.associatedOwnerGroup.users.add(`i:0#.f|membership|${deputy.upn}`);
    expect((await world.call('deputy', 'GET', '/api/reports/me')).body.administrator).toBe(true);
  });

  it('closes a period exactly once when two administrators close it at the same moment', async () => {
    const answers = await Promise.all([close(world, 'admin', 'T1'), close(world, 'deputy', 'T1')]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const loser = answers.find((a) => a.status === 409)!;
    expect(['period-closed', 'period-closing']).toContain(loser.body.code);
    const closures = await world.closures.find();
    expect(closures).toHaveLength(1);
    expect(closures[0]).toMatchObject({ state: 'closed', period: 'T1', periodYear: 2026, followUpCount: 2 });
    const files = await world.library.list(world.planId);
    expect(files.map((f) => f.kind).sort()).toEqual(['export', 'report', 'snapshot']);
    for (const file of files)
      expect(file).toMatchObject({
        planId: world.planId,
        periodYear: 2026,
        period: 'T1',
        caseNumber: 'STK-2025-1042',
      });
    const winner = answers.find((a) => a.status === 201)!;
    expect(winner.body.closure.reportUrl).toBe(files.find((f) => f.kind === 'report')!.serverRelativeUrl);
  });

  it('refuses to close the same period again and changes nothing', async () => {
    const before = await world.library.list();
    const answer = await close(world, 'admin', 'T1');
    expect([answer.status, answer.body.code]).toEqual([409, 'period-closed']);
    expect(answer.body.reason.sv).toMatch(/^Tertial 1 2026 är redan stängd för planen Utvecklingsplan/);
    expect(await world.library.list()).toEqual(before);
    expect(await world.closures.find()).toHaveLength(1);
  });

  it('lets every reader list and download the stored report with their own token', async () => {
    const readerSite = new PlanSite(world.site.sp('reader'), world.site.emulator.siteUrl);
    const library = new ReportLibrary(readerSite);
    const files = await library.list(world.planId);
    const report = files.find((f) => f.kind === 'report')!;
    expect(report.name).toBe('utvecklingsplan-2026-T1-rapport.docx');
    const bytes = Buffer.from(await library.download(report.serverRelativeUrl));
    expect(bytes.length).toBe(report.size);
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toContain('Diarienummer: STK-2025-1042');
    const snapshot = JSON.parse(
      Buffer.from(
        await library.download(files.find((f) => f.kind === 'snapshot')!.serverRelativeUrl),
      ).toString('utf8'),
    );
    expect(snapshot).toMatchObject({ format: 'devplan.period-snapshot/1', counts: { approved: 2 } });
  });

  it('lets nobody but the app write to the reports library', async () => {
    const staffSp = world.site.sp('staff');
    await expect(
      staffSp.web
        .getFolderByServerRelativePath(world.library.folderUrl)
        .files.addUsingPath('x.txt', 'x', { Overwrite: true }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('lists closures and files for anyone signed in', async () => {
    const closures = await world.call('reader', 'GET', `/api/reports/closures?planId=${world.planId}`);
    expect(closures.body.closures).toHaveLength(1);
    const files = await world.call('reader', 'GET', `/api/reports/files?planId=${world.planId}`);
    expect(files.body.files).toHaveLength(3);
  });

  it('exports the approved follow-ups to Excel for an administrator, storing nothing', async () => {
    const before = (await world.library.list()).length;
    const answer = await world.call(
      'admin',
      'GET',
      `/api/reports/export?planId=${world.planId}&periodYear=2026&period=T1`,
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('spreadsheetml');
    expect(answer.headers.get('content-disposition')).toContain('utvecklingsplan-2026-T1-uppfoljningar.xlsx');
    expect(unzipSync(answer.bytes)['xl/worksheets/sheet1.xml']).toBeDefined();
    expect((await world.library.list()).length).toBe(before);
  });
});

describe('a close whose files cannot all be stored', () => {
  let world: ReportsWorld;
  beforeAll(async () => {
    world = await startReportsWorld();
    await world.approved(world.initiativeIds[0]!, 'T2');
    await world.approved(world.initiativeIds[1]!, 'FY');
  }, 180_000);
  afterAll(() => world?.close());

  it('is rolled back after the commit point, so closing again works', async () => {
    const admin = await world.actor('admin');
    // The second upload fails as SharePoint could fail it; the first really happens.
    const real = ReportLibrary.prototype.upload;
    let calls = 0;
    const failing = jest.spyOn(ReportLibrary.prototype, 'upload').mockImplementation(function (
      this: ReportLibrary,
      ...args
    ) {
      calls += 1;
      return calls === 2 ? Promise.reject(new Error('503 Service Unavailable')) : real.apply(this, args);
    });
    await expect(
      world.closeService.close({ planId: world.planId, period: { year: 2026, period: 'T2' } }, admin),
    ).rejects.toMatchObject({ name: 'ReportStorageError', code: 'report-storage-failed', status: 502 });
    failing.mockRestore();
    expect(calls).toBe(2);
    expect(await world.closures.find()).toEqual([]);
    expect(await world.library.list()).toEqual([]);

    const result = await world.closeService.close(
      { planId: world.planId, period: { year: 2026, period: 'T2' } },
      admin,
    );
    expect(result.closure.state).toBe('closed');
    expect(result.files).toHaveLength(3);
  });

  it('is completed by a later close when it was left half-done, and only after a while', async () => {
    const admin = await world.actor('admin');
    const left = await world.closures.create(
      closureValues(world.planId, 'FY', {
        state: 'closing',
        closedById: admin.siteUserId,
        closedAt: new Date(world.now.value.getTime() - 30_000).toISOString(),
        caseNumber: 'STK-2025-1042',
      }),
    );
    await expect(
      world.closeService.close({ planId: world.planId, period: { year: 2026, period: 'FY' } }, admin),
    ).rejects.toMatchObject({ code: 'period-closing', status: 409 });
    world.now.value = new Date(world.now.value.getTime() + 5 * 60_000);
    const result = await world.closeService.close(
      { planId: world.planId, period: { year: 2026, period: 'FY' } },
      admin,
    );
    expect(result).toMatchObject({ resumed: true, closure: { id: left.id, state: 'closed' } });
    expect((await world.library.list()).filter((f) => f.period === 'FY')).toHaveLength(3);
  });
});
