import type { RunningEmulator } from '@devplan/sp-emulator';
import type { Repositories } from '@devplan/sharepoint';
import { SpTabData } from '@devplan/sharepoint/tab';
import { BUDGETS } from '../../bench/budgets.js';
import { generatePlan } from '../../bench/generate.js';
import { tabOverviewCost, webPartViewCost, type OverviewDataFactory } from '../../bench/requests.js';
import { addExampleData, startPlanSite } from '../../bench/webpart/webpart-bench.js';

const tabData: OverviewDataFactory = (site) => new SpTabData(site);

describe('the SharePoint requests a view takes (budgets in tests/bench/budgets.ts)', () => {
  let emulator: RunningEmulator;
  let app: Repositories;

  beforeAll(async () => {
    const site = await startPlanSite();
    ({ emulator, app } = site);
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
    // The plan year's T1, T2 and FY follow-ups plus the published T1 and T2.
    expect(cost.followUps).toBe(5000);
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

  it(`shows the tab's overview and the web part's view of 5,000 initiatives in at most ${BUDGETS.viewRequestsAt5000} requests each`, async () => {
    const tab = await tabOverviewCost(emulator, tabData, 2028);
    const webPart = await webPartViewCost(emulator, 2028);
    console.log(`5,000 initiatives: tab ${tab.requests} requests, web part ${webPart.requests} requests`);
    expect([tab.initiatives, webPart.initiatives]).toEqual([5000, 5000]);
    expect(Math.max(tab.requests, webPart.requests)).toBeLessThanOrEqual(BUDGETS.viewRequestsAt5000);
  });
});
