import '@pnp/sp/items/index.js';
import {
  MEMBER_PARTS,
  planPeriodKey,
  PlanViewReader,
  PlanSite,
  provision,
  READER_PARTS,
} from '@devplan/sharepoint';
import { importPlan, PLAN_2026 } from '@devplan/sharepoint/seed';
import { listDef, type PlanView } from '@devplan/core';
import { SpTabData } from '@devplan/sharepoint/tab';
import { generatePlan, publishSealKey, type GeneratedPlan } from '../../bench/generate.js';
import { tabOverviewCost, webPartViewCost } from '../../bench/requests.js';
import { startEmulatedSite, type EmulatedSite } from '../support/emulated-site';

const INITIATIVES = 5000;
const YEAR = 2028;

/**
 * Issue 9: a plan with 5,000 initiatives (15,000 activities, 15,000 working and 10,000 published follow-ups)
 * lies past SharePoint's list view threshold in every list of its view; the plan view must still be read
 * completely, through indexed queries only, in a handful of requests.
 */
describe('the plan view of a plan with 5,000 initiatives (past the list view threshold)', () => {
  let site: EmulatedSite;
  let generated: GeneratedPlan;
  let plan: { id: number; planYear: number };

  beforeAll(async () => {
    site = await startEmulatedSite();
    const app = site.repos('app');
    await provision(new PlanSite(site.sp('app'), site.emulator.siteUrl));
    await importPlan(app, PLAN_2026, { actor: 'test' });
    const started = performance.now();
    const sealer = await publishSealKey(app);
    generated = await generatePlan(site.emulator, app, { year: YEAR, initiatives: INITIATIVES, sealer });
    console.log(
      `generated ${JSON.stringify(generated.items)} in ${Math.round(performance.now() - started)} ms`,
    );
    plan = { id: generated.planId, planYear: YEAR };
  }, 120_000);
  afterAll(() => site.close());

  /** Loads the view as `user`, counting that user's SharePoint requests (preflights left out). */
  async function load(
    user: string,
    parts: typeof MEMBER_PARTS,
  ): Promise<{ view: PlanView; requests: number }> {
    site.emulator.clearRequestLog();
    const started = performance.now();
    const view = await new PlanViewReader(site.repos(user)).load(plan, { parts });
    const ms = Math.round(performance.now() - started);
    const requests = site.emulator
      .requestLog()
      .filter((e) => e.url.includes('/_api/') && e.method !== 'OPTIONS' && e.user === user).length;
    console.log(`plan view of ${INITIATIVES} initiatives as ${user}: ${requests} requests, ${ms} ms`);
    return { view, requests };
  }

  function expectInitiatives(view: PlanView): void {
    expect(view.plan).toMatchObject({ id: plan.id, planYear: YEAR });
    expect(view.focusAreas.map((a) => a.title)).toEqual([1, 2, 3, 4].map((n) => `Testområde ${n}`));
    expect(view.initiatives).toHaveLength(INITIATIVES);
    expect(new Set(view.initiatives.map((i) => i.id)).size).toBe(INITIATIVES);
    // In sort order, with the generated content.
    for (const k of [0, 1, 2499, 4998, 4999]) {
      expect(view.initiatives[k]).toMatchObject({
        planId: plan.id,
        title: `Testinsats ${k + 1}`,
        goal: `Målet är testdata ${k + 1}.`,
        sortOrder: k + 1,
        approverId: 9,
      });
    }
    expect(view.initiatives.at(-1)!.title).toBe(generated.lastInitiativeTitle);
  }

  function expectActivitiesAndEffects(view: PlanView): void {
    expect(view.activities).toHaveLength(3 * INITIATIVES);
    expect(new Set(view.activities.map((a) => a.id)).size).toBe(3 * INITIATIVES);
    expect(view.activities.every((a) => a.planId === plan.id)).toBe(true);
    const last = view.initiatives.at(-1)!;
    expect(
      view.activities
        .filter((a) => a.initiativeId === last.id)
        .map((a) => a.title)
        .sort(),
    ).toEqual([1, 2, 3].map((n) => `Aktivitet ${n} av testinsats ${INITIATIVES}`));
    expect(view.effects).toHaveLength(INITIATIVES);
    expect(view.effects.find((e) => e.initiativeId === last.id)).toMatchObject({
      title: `Testeffekt ${INITIATIVES}`,
      baseline: INITIATIVES - 1,
      target: INITIATIVES + 9,
    });
  }

  function expectPublished(view: PlanView): void {
    expect(view.published).toHaveLength(2 * INITIATIVES);
    expect(new Set(view.published.map((p) => p.id)).size).toBe(2 * INITIATIVES);
    const middle = view.initiatives[2499]!;
    expect(
      view.published
        .filter((p) => p.initiativeId === middle.id)
        .map((p) => [p.periodYear, p.period, p.summary])
        .sort(),
    ).toEqual([
      [YEAR, 'T1', `Testdata: läget T1 ${YEAR} för testinsats 2500.`],
      [YEAR, 'T2', `Testdata: läget T2 ${YEAR} för testinsats 2500.`],
    ]);
  }

  it('shows a member the whole view: every initiative, activity, effect, working and published follow-up', async () => {
    // Every part (the tab's first view asks for fewer: MEMBER_PARTS, activities on demand).
    const { view, requests } = await load('staff', [...MEMBER_PARTS, 'activities', 'published']);
    expectInitiatives(view);
    expectActivitiesAndEffects(view);
    expectPublished(view);
    expect(view.followUps).toHaveLength(3 * INITIATIVES);
    expect(new Set(view.followUps.map((f) => f.id)).size).toBe(3 * INITIATIVES);
    const first = view.initiatives[0]!;
    expect(
      view.followUps
        .filter((f) => f.initiativeId === first.id)
        .map((f) => [f.period, f.state])
        .sort(),
    ).toEqual([
      ['FY', 'draft'],
      ['T1', 'approved'],
      ['T2', 'approved'],
    ]);
    // One batch for the view, one for the parts past the threshold.
    expect(requests).toBe(2);
  });

  it('shows a reader the published view, never the working follow-ups', async () => {
    const { view, requests } = await load('reader', READER_PARTS);
    expectInitiatives(view);
    expectActivitiesAndEffects(view);
    expectPublished(view);
    expect(view.followUps).toEqual([]);
    expect(requests).toBe(2);
  });

  it('shows the tab overview and the web part view of the big plan, counting their requests', async () => {
    const tab = await tabOverviewCost(site.emulator, (s) => new SpTabData(s), YEAR);
    const webPart = await webPartViewCost(site.emulator, YEAR);
    console.log(
      `tab overview: ${tab.requests} requests, ${Math.round(tab.ms)} ms; ` +
        `web part view: ${webPart.requests} requests, ${Math.round(webPart.ms)} ms`,
    );
    expect([tab.initiatives, webPart.initiatives]).toEqual([INITIATIVES, INITIATIVES]);
    // The tab: the working follow-ups of the three periods (no published copies, no activities).
    expect(tab.followUps).toBe(3 * INITIATIVES);
    expect(webPart.followUps).toBe(2 * INITIATIVES);
    // The tab: the session, then the plan view in one batch (5,000 initiatives fill a page and are known whole).
    // The web part: the list of plans and the plan view; the activities past the threshold are left for after
    // the first paint, and read then in ONE batch of id windows (the view's read learned the highest id).
    expect([tab.requests, webPart.requests]).toEqual([2, 2]);
    expect(webPart.afterPaint).toEqual(expect.objectContaining({ requests: 1 }));
    expect(webPart.afterPaint!.activities).toBeGreaterThan(5000);
  });

  it('still reads the 13-initiative plan on the same big site in one request', async () => {
    const staff = site.repos('staff');
    const small = (await staff.plans.byYear(2026))!;
    site.emulator.clearRequestLog();
    const view = await new PlanViewReader(staff).load(small, { parts: MEMBER_PARTS });
    expect(view.initiatives).toHaveLength(13);
    expect(site.emulator.requestLog().filter((e) => e.url.includes('/_api/'))).toHaveLength(1);
  });

  describe('the approval sweeps past the threshold (15,000 follow-ups in the list)', () => {
    let submitted: number[];

    beforeAll(async () => {
      const app = site.repos('app');
      const fy = await app.followUps.find({
        filter: `PlanPeriod eq '${planPeriodKey(plan.id, YEAR, 'FY')}'`,
      });
      submitted = fy.slice(-3).map((f) => f.id);
      for (const id of submitted)
        await site.sp('app').web.lists.getByTitle(listDef('FollowUps').title).items.getById(id).update({
          State: 'submitted',
        });
    });

    it('indexes State on FollowUps, so the sweeps filter on an indexed column', () => {
      expect(listDef('FollowUps').fields.find((f) => f.name === 'State')).toMatchObject({ indexed: true });
    });

    it("answers State eq 'submitted' in one plain indexed query, where an unindexed filter is refused", async () => {
      const list = site.sp('app').web.lists.getByTitle(listDef('FollowUps').title);
      const items = (await list.items.select('Id').filter(`State eq 'submitted'`).top(5000)()) as {
        Id: number;
      }[];
      expect(items.map((i) => i.Id).sort()).toEqual([...submitted].sort());
      await expect(list.items.select('Id').filter(`Period eq 'FY'`).top(5000)()).rejects.toMatchObject({
        status: 500,
      });
      // So is a window of ids in the middle of the list: neither of its bounds alone matches 5,000 items or fewer.
      await expect(
        list.items.select('Id').filter(`ID gt 5000 and ID le 10000 and (State eq 'approved')`).top(5000)(),
      ).rejects.toMatchObject({ status: 500 });
    });

    it('finds the submitted follow-ups as the notifier does, and all 10,000 approved ones past the threshold', async () => {
      const app = site.repos('app');
      const pending = await app.followUps.find({ filter: `State eq 'submitted'` });
      expect(pending.map((f) => f.id).sort()).toEqual([...submitted].sort());
      site.emulator.clearRequestLog();
      // Matches 10,000 items: refused as one query, read in windows of item ids.
      const approved = await app.followUps.find({ filter: `State eq 'approved'` });
      const requests = site.emulator.requestLog().filter((e) => e.url.includes('/_api/')).length;
      console.log(
        `State eq 'approved' over 15,000 follow-ups: ${approved.length} items, ${requests} requests`,
      );
      expect(approved).toHaveLength(2 * INITIATIVES);
      expect(new Set(approved.map((f) => f.id)).size).toBe(2 * INITIATIVES);
      expect(approved.every((f) => f.state === 'approved')).toBe(true);
    });
  });
});
