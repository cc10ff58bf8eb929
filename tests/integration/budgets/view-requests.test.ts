import type { RunningEmulator } from '@devplan/sp-emulator';
import type { Repositories, SealSigner } from '@devplan/sharepoint';
import {
  layeredViewHints,
  settingsViewHints,
  type ViewHint,
  type ViewHintStore,
} from '@devplan/sharepoint/reader';
import { SpTabData } from '@devplan/sharepoint/tab';
import { BUDGETS } from '../../bench/budgets.js';
import { generatePlan } from '../../bench/generate.js';
import {
  tabLeadCost,
  tabOverviewCost,
  tabPageCosts,
  webPartViewCost,
  writeOverviewLeads,
  writeReaderSnapshots,
  type OverviewDataFactory,
} from '../../bench/requests.js';
import { addExampleData, startPlanSite } from '../../bench/webpart/webpart-bench.js';

const tabData: OverviewDataFactory = (site) => new SpTabData(site);

/** View hints kept in memory, as a browser keeps them in local storage. */
function memoryHints(): ViewHintStore {
  const kept = new Map<string, ViewHint | null>();
  return { get: (choice) => kept.get(choice) ?? null, set: (choice, hint) => void kept.set(choice, hint) };
}

describe('the SharePoint requests a view takes (budgets in tests/bench/budgets.ts)', () => {
  let emulator: RunningEmulator;
  let app: Repositories;
  let sealer: SealSigner;

  beforeAll(async () => {
    const site = await startPlanSite();
    ({ emulator, app, sealer } = site);
    await addExampleData(app, site.planId, site.sealer);
    // 1,000 initiatives and 10,000 follow-ups: the big lists are past the 5,000-item threshold.
    await generatePlan(emulator, app, {
      year: 2027,
      initiatives: 1000,
      followUpsPerInitiative: 10,
      sealer: site.sealer,
    });
    // 5,000 initiatives, 15,000 activities: one plan's own parts are past the threshold.
    await generatePlan(emulator, app, { year: 2028, initiatives: 5000, sealer: site.sealer });
  }, 300_000);
  afterAll(() => emulator.close());

  it(`shows the tab's overview of the 2026 plan to a member in at most ${BUDGETS.tabOverviewRequests} requests`, async () => {
    const cost = await tabOverviewCost(emulator, tabData, 2026);
    expect(cost.initiatives).toBe(13);
    expect(cost.requests).toBeLessThanOrEqual(BUDGETS.tabOverviewRequests);
  });

  it(`shows the tab's overview of 1,000 initiatives to a member in at most ${BUDGETS.tabOverviewRequests} requests`, async () => {
    const cost = await tabOverviewCost(emulator, tabData, 2027);
    expect(cost.initiatives).toBe(1000);
    // The plan year's T1, T2 and FY working follow-ups (a member is not sent the published copies).
    expect(cost.followUps).toBe(3000);
    expect(cost.requests).toBeLessThanOrEqual(BUDGETS.tabOverviewRequests);
  });

  it(`shows the tab's overview to a reader in at most ${BUDGETS.tabOverviewRequests} requests, without working follow-ups`, async () => {
    const cost = await tabOverviewCost(emulator, tabData, 2027, 'reader');
    expect(cost.followUps).toBe(2000);
    expect(cost.requests).toBeLessThanOrEqual(BUDGETS.tabOverviewRequests);
  });

  it(`shows the web part's intranet view of 13 and of 1,000 initiatives in at most ${BUDGETS.webPartViewRequests} requests each`, async () => {
    const small = await webPartViewCost(emulator, 2026);
    const big = await webPartViewCost(emulator, 2027);
    expect([small.initiatives, big.initiatives]).toEqual([13, 1000]);
    expect(big.followUps).toBe(2000);
    expect(Math.max(small.requests, big.requests)).toBeLessThanOrEqual(BUDGETS.webPartViewRequests);
  });

  it(`shows a returning reader the intranet view of 13, 1,000 and 5,000 initiatives in ${BUDGETS.webPartReturningRequests} request each, the same view`, async () => {
    for (const year of [2026, 2027, 2028]) {
      const hints = memoryHints();
      const first = await webPartViewCost(emulator, year, { viewHints: hints });
      expect(hints.get(String(year))).not.toBeNull();
      const again = await webPartViewCost(emulator, year, { viewHints: hints });
      console.log(`plan ${year}: first visit ${first.requests} requests, returning ${again.requests}`);
      expect(again.requests).toBeLessThanOrEqual(BUDGETS.webPartReturningRequests);
      expect([again.initiatives, again.followUps]).toEqual([first.initiatives, first.followUps]);
    }
  });

  it(`shows a reader's first visit to a page an editor saved the view on in ${BUDGETS.webPartFirstVisitOnSavedPage} request, at 13, 1,000 and 5,000 initiatives`, async () => {
    for (const year of [2026, 2027, 2028]) {
      // The editor's visit (the page in edit mode) keeps where the view was in the web part's properties.
      let properties: unknown = undefined;
      const editorPage = settingsViewHints(
        () => properties,
        (hints) => (properties = hints),
      );
      await webPartViewCost(emulator, year, { viewHints: layeredViewHints(memoryHints(), editorPage) });
      // A reader who never came before: an empty browser, the page as saved (a reader cannot save it).
      const readerPage = settingsViewHints(() => properties);
      const first = await webPartViewCost(emulator, year, {
        viewHints: layeredViewHints(memoryHints(), readerPage),
      });
      expect(first.requests).toBeLessThanOrEqual(BUDGETS.webPartFirstVisitOnSavedPage);
      const plain = await webPartViewCost(emulator, year);
      expect([first.initiatives, first.followUps]).toEqual([plain.initiatives, plain.followUps]);
    }
  });

  it('shows the plan the choice leads to now when a hint points elsewhere, and mends the hint', async () => {
    const plan2026 = (await app.plans.byYear(2026))!;
    const plan2028 = (await app.plans.byYear(2028))!;
    for (const planId of [plan2026.id, 99_999]) {
      // A hint from before a newer plan was adopted, or to a plan deleted since.
      const hints = memoryHints();
      hints.set('latest', { planId, planYear: 2026, windows: {} });
      const cost = await webPartViewCost(emulator, 'latest', { viewHints: hints });
      expect(cost.initiatives).toBe(5000);
      expect(hints.get('latest')).toEqual(expect.objectContaining({ planId: plan2028.id, planYear: 2028 }));
      const again = await webPartViewCost(emulator, 'latest', { viewHints: hints });
      expect([again.requests, again.initiatives]).toEqual([1, 5000]);
    }
  });

  it(`shows the tab's overview of 5,000 initiatives in at most ${BUDGETS.tabOverviewRequests} requests and the web part's view in at most ${BUDGETS.viewRequestsAt5000} until painted`, async () => {
    const tab = await tabOverviewCost(emulator, tabData, 2028);
    const webPart = await webPartViewCost(emulator, 2028);
    console.log(`5,000 initiatives: tab ${tab.requests} requests, web part ${webPart.requests} requests`);
    expect([tab.initiatives, webPart.initiatives]).toEqual([5000, 5000]);
    expect(tab.requests).toBeLessThanOrEqual(BUDGETS.tabOverviewRequests);
    expect(webPart.requests).toBeLessThanOrEqual(BUDGETS.viewRequestsAt5000);
    // The 15,000 activities, left out of the first paint past the threshold, in one batch right after it.
    expect(webPart.afterPaint?.requests).toBeLessThanOrEqual(BUDGETS.viewActivitiesAfterPaint);
    expect(webPart.afterPaint?.activities).toBe(15000);
  });

  it(`opens an initiative's page of a plan of 5,000 in ${BUDGETS.tabInitiativePageRequests} request, reading a small part of what the whole view reads`, async () => {
    const { initiative, whole } = await tabPageCosts(emulator, tabData, 2028);
    console.log(
      `5,000 initiatives: an initiative's page ${initiative.bytes} B, the whole view ${whole.bytes} B`,
    );
    expect(initiative.requests).toBeLessThanOrEqual(BUDGETS.tabInitiativePageRequests);
    expect(initiative.initiatives).toBe(1);
    expect(initiative.bytes * 100).toBeLessThan(whole.bytes);
  });

  // Last: the snapshots, once written, serve every later first visit.
  it(`shows the intranet view of 13, 1,000 and 5,000 initiatives in ${BUDGETS.webPartSnapshotRequests} request while the app's snapshot is fresh (its lead, the same size at 1,000 and 5,000), the same view`, async () => {
    const without = await Promise.all([2026, 2027, 2028].map((year) => webPartViewCost(emulator, year)));
    await writeReaderSnapshots(app, sealer);
    const bytes: number[] = [];
    for (const [n, year] of [2026, 2027, 2028].entries()) {
      const cost = await webPartViewCost(emulator, year);
      console.log(
        `plan ${year}: first visit with the snapshot ${cost.requests} request(s), ${cost.bytes} B; after the paint ${cost.afterPaint?.requests ?? 0} request(s), ${cost.afterPaint?.bytes ?? 0} B`,
      );
      bytes.push(cost.bytes);
      expect(cost.requests).toBeLessThanOrEqual(BUDGETS.webPartSnapshotRequests);
      expect([cost.initiatives, cost.followUps]).toEqual([without[n]!.initiatives, without[n]!.followUps]);
      expect(cost.afterPaint?.activities ?? 0).toBe(without[n]!.afterPaint?.activities ?? 0);
    }
    // The first paint's answer (the snapshot's lead: each area's first page) does not grow with the plan.
    expect(bytes[2]!).toBeLessThan(bytes[1]! * 1.5);
  });

  it(`shows the tab's overview of 13, 1,000 and 5,000 initiatives in ${BUDGETS.tabLeadRequests} request while the app's lead is fresh (the same size at 1,000 and 5,000), then the same overview`, async () => {
    const without = await Promise.all(
      [2026, 2027, 2028].map((year) => tabOverviewCost(emulator, tabData, year)),
    );
    await writeOverviewLeads(app, sealer);
    const bytes: number[] = [];
    const after: number[] = [];
    for (const [n, year] of [2026, 2027, 2028].entries()) {
      const cost = await tabLeadCost(emulator, tabData, year);
      after.push(cost.afterPaint?.requests ?? 0);
      console.log(
        `plan ${year}: tab overview with the lead ${cost.requests} request(s), ${cost.bytes} B; after the paint ${cost.afterPaint?.requests ?? 0} request(s), ${cost.afterPaint?.bytes ?? 0} B`,
      );
      bytes.push(cost.bytes);
      expect(cost.requests).toBeLessThanOrEqual(BUDGETS.tabLeadRequests);
      expect([cost.initiatives, cost.followUps]).toEqual([without[n]!.initiatives, without[n]!.followUps]);
    }
    // The 2026 plan's lead is its whole overview: nothing read after the paint; the larger ones' overview once.
    expect(after).toEqual([0, 1, 1]);
    expect(bytes[2]!).toBeLessThan(bytes[1]! * 1.5);
  });
});
