import { initiativeSlice, overviewOf } from '@devplan/core';
import { createRepositories, PlanSite, provision } from '@devplan/sharepoint';
import { importPlan, PLAN_2026 } from '@devplan/sharepoint/seed';
import { SpTabData } from '@devplan/sharepoint/tab';
import { startEmulatedSite, type EmulatedSite } from '../support/emulated-site';
import { handlingTimeEffect } from '../support/effects';

describe('the tab’s session: who is signed in, in which role', () => {
  let site: EmulatedSite;
  const session = (user: string) =>
    new SpTabData(new PlanSite(site.sp(user), site.emulator.siteUrl)).session();

  beforeAll(async () => {
    site = await startEmulatedSite();
    await provision(new PlanSite(site.sp('app'), site.emulator.siteUrl));
  }, 60_000);
  afterAll(() => site?.close());

  it('knows a site owner as one (full control), a member as a member and a visitor as a reader', async () => {
    expect(await session('admin')).toMatchObject({ canEdit: true, siteOwner: true });
    expect(await session('staff')).toMatchObject({ canEdit: true, siteOwner: false });
    expect(await session('reader')).toMatchObject({ canEdit: false, siteOwner: false });
  });

  it('reads a plan’s focus areas alone, in order, in one request (the configuration page)', async () => {
    const app = new PlanSite(site.sp('app'), site.emulator.siteUrl);
    const { plan } = await importPlan(createRepositories(app), PLAN_2026, { actor: 'test' });
    site.emulator.clearRequestLog();
    const areas = await new SpTabData(new PlanSite(site.sp('reader'), site.emulator.siteUrl)).planFocusAreas(
      plan,
    );
    expect(areas.map((a) => a.sortOrder)).toEqual([...areas.map((a) => a.sortOrder)].sort((a, b) => a - b));
    expect(areas.length).toBeGreaterThan(2);
    expect(areas.every((a) => a.planId === plan.id)).toBe(true);
    expect(site.emulator.requestLog().filter((e) => e.url.includes('/_api/'))).toHaveLength(1);
  });

  it('reads what the overview paints from in one request: the whole view’s overview columns, without texts or ETags', async () => {
    const repos = createRepositories(new PlanSite(site.sp('app'), site.emulator.siteUrl));
    const plan = (await repos.plans.byYear(2026))!;
    const [initiative] = await repos.initiatives.byPlan(plan.id);
    await repos.effects.add(handlingTimeEffect(plan.id, initiative!.id));
    await repos.followUps.add({
      planId: plan.id,
      initiativeId: initiative!.id,
      periodYear: 2026,
      period: 'T1',
      status: 'onTrack',
      progress: 30,
      summary: 'Enligt plan',
      risks: '',
      nextSteps: '',
      effectsSeen: '',
    });
    const tab = new SpTabData(new PlanSite(site.sp('staff'), site.emulator.siteUrl));
    const apiCalls = () => site.emulator.requestLog().filter((e) => e.url.includes('/_api/'));
    site.emulator.clearRequestLog();
    const overview = await tab.planOverview(plan, true);
    const [overviewRead] = apiCalls();
    expect(apiCalls()).toHaveLength(1);
    site.emulator.clearRequestLog();
    const whole = await tab.planView(plan, true);
    const [wholeRead] = apiCalls();

    expect(overview.initiatives.length).toBeGreaterThan(10);
    expect(overview.effects.length).toBeGreaterThan(0);
    expect(overview.followUps.length).toBeGreaterThan(0);
    expect(overview.initiatives).toEqual(overviewOf(whole).initiatives);
    expect(overview.effects).toEqual(overviewOf(whole).effects);
    expect(overview.followUps).toEqual(overviewOf(whole).followUps);
    const texts = (i: object) => i as { description?: string; etag?: string };
    expect(overview.initiatives.every((i) => texts(i).description === undefined)).toBe(true);
    expect(overview.initiatives.every((i) => texts(i).etag === undefined)).toBe(true);
    expect(whole.initiatives.every((i) => i.description !== undefined && i.etag !== undefined)).toBe(true);
    expect(overviewRead!.responseBytes).toBeLessThan(wholeRead!.responseBytes);
  });

  it('reads an initiative’s part of the plan in one request: what the whole view holds of it, with its activities', async () => {
    const repos = createRepositories(new PlanSite(site.sp('app'), site.emulator.siteUrl));
    const plan = (await repos.plans.byYear(2026))!;
    const [first, second] = await repos.initiatives.byPlan(plan.id);
    await repos.effects.add(handlingTimeEffect(plan.id, second!.id));
    const apiCalls = () => site.emulator.requestLog().filter((e) => e.url.includes('/_api/'));
    for (const [user, canReadWorking] of [
      ['staff', true],
      ['reader', false],
    ] as const) {
      const tab = new SpTabData(new PlanSite(site.sp(user), site.emulator.siteUrl));
      const whole = {
        ...(await tab.planView(plan, canReadWorking)),
        activities: await tab.planActivities(plan),
      };
      for (const initiative of [first!, second!]) {
        site.emulator.clearRequestLog();
        const part = await tab.initiativeView(plan, initiative.id, canReadWorking);
        expect(apiCalls()).toHaveLength(1);
        const { unverifiedPublications: _a, ...expected } = initiativeSlice(whole, initiative.id);
        const { unverifiedPublications: _b, ...read } = part;
        expect(read).toEqual(expected);
        expect(part.initiatives.map((i) => i.id)).toEqual([initiative.id]);
        expect(part.focusAreas).toEqual(whole.focusAreas);
      }
    }
    const tab = new SpTabData(new PlanSite(site.sp('staff'), site.emulator.siteUrl));
    const read = await tab.initiativeView(plan, first!.id, true);
    expect(read.activities.length).toBeGreaterThan(0);
    expect(read.activities.every((a) => a.initiativeId === first!.id)).toBe(true);
    // An initiative no longer there (deleted meanwhile): nothing of it, the plan's areas still.
    const gone = await tab.initiativeView(plan, 999_999, true);
    expect([gone.initiatives, gone.activities, gone.effects, gone.followUps]).toEqual([[], [], [], []]);
    expect(gone.focusAreas.length).toBeGreaterThan(0);
  });

  it('reads follow-ups by id in one request, leaving out one that is no longer there', async () => {
    const repos = createRepositories(new PlanSite(site.sp('app'), site.emulator.siteUrl));
    const plan = (await repos.plans.byYear(2026))!;
    const [first, second] = await repos.initiatives.byPlan(plan.id);
    const written = await Promise.all(
      [first!, second!].map((initiative) =>
        repos.followUps.add({
          planId: plan.id,
          initiativeId: initiative.id,
          periodYear: 2026,
          period: 'T2',
          status: 'onTrack',
          progress: 50,
          summary: `Väntar på beslut: ${initiative.title}`,
        }),
      ),
    );
    const tab = new SpTabData(new PlanSite(site.sp('staff'), site.emulator.siteUrl));
    site.emulator.clearRequestLog();
    const read = await tab.getFollowUps([written[1]!.id, 999_999, written[0]!.id]);
    expect(site.emulator.requestLog().filter((e) => e.url.includes('/_api/'))).toHaveLength(1);
    expect(read.map((f) => [f.id, f.summary])).toEqual([
      [written[1]!.id, `Väntar på beslut: ${second!.title}`],
      [written[0]!.id, `Väntar på beslut: ${first!.title}`],
    ]);
    expect(await tab.getFollowUps([])).toEqual([]);
  });

  it('takes a measurement dated today in Stockholm when the UTC date is still yesterday, and refuses tomorrow', async () => {
    const app = new PlanSite(site.sp('app'), site.emulator.siteUrl);
    const repos = createRepositories(app);
    const plan = (await repos.plans.byYear(2026))!;
    const [initiative] = await repos.initiatives.byPlan(plan.id);
    const effect = await repos.effects.add(handlingTimeEffect(plan.id, initiative!.id));
    // 23:30 UTC on 4 December is 00:30 on 5 December in Stockholm.
    const tab = new SpTabData(new PlanSite(site.sp('staff'), site.emulator.siteUrl), {
      clock: () => new Date('2026-12-04T23:30:00Z'),
    });
    const measurement = { effectId: effect.id, value: 26, comment: '' };
    const saved = await tab.addMeasurement({ ...measurement, measuredAt: '2026-12-05' });
    expect(saved.measuredAt).toBe('2026-12-05');
    await expect(tab.addMeasurement({ ...measurement, measuredAt: '2026-12-06' })).rejects.toMatchObject({
      name: 'ValidationError',
    });
  });
});
