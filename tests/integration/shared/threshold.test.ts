import { bulkInsertItems } from '@devplan/sp-emulator';
import { SharePointError, provision, PlanSite, type Repositories } from '@devplan/sharepoint';
import { importPlan, PLAN_2026 } from '@devplan/sharepoint/seed';
import { startEmulatedSite, type EmulatedSite } from '../support/emulated-site';

describe('repositories past the 5,000-item list view threshold', () => {
  let site: EmulatedSite;
  let staff: Repositories;
  let planId: number;
  let initiativeId: number;
  const extra = 5100;

  beforeAll(async () => {
    site = await startEmulatedSite();
    const app = site.repos('app');
    await provision(new PlanSite(site.sp('app'), site.emulator.siteUrl));
    planId = (await importPlan(app, PLAN_2026, { actor: 'test' })).plan.id;
    initiativeId = (await app.initiatives.byPlan(planId))[0]!.id;
    const rows = Array.from({ length: extra }, (_, i) => ({
      Title: `Genererad aktivitet ${i + 1}`,
      PlanId: planId,
      InitiativeId: initiativeId,
      ActivityStatus: 'notStarted',
      SortOrder: 100 + i,
    }));
    // bulkInsertItems finds the list by its display title, which provisioning made Swedish.
    bulkInsertItems(site.emulator, 'Aktiviteter', rows);
    staff = site.repos('staff');
  }, 120000);
  afterAll(() => site.close());

  it('makes SharePoint refuse a plain query whose indexed filter matches more than 5,000 items', async () => {
    const list = staff.site.list('Activities');
    await expect(list.items.filter(`InitiativeId eq ${initiativeId}`).top(5000)()).rejects.toMatchObject({
      status: 500,
    });
  });

  it('still reads all of them through windows of item ids', async () => {
    const activities = await staff.activities.byInitiative(initiativeId);
    const seeded = PLAN_2026.focusAreas[0]!.initiatives[0]!.activities.length;
    expect(activities).toHaveLength(extra + seeded);
    expect(new Set(activities.map((a) => a.id)).size).toBe(activities.length);
  });

  it('reads a whole list past the threshold page by page', async () => {
    const all = await staff.activities.find();
    expect(all.length).toBeGreaterThan(extra);
  });

  it('keeps an indexed query that matches few items working on the large list', async () => {
    const other = (await staff.initiatives.byPlan(planId))[1]!.id;
    const few = await staff.activities.byInitiative(other);
    expect(few.length).toBe(PLAN_2026.focusAreas[0]!.initiatives[1]!.activities.length);
  });

  it('gives a named error, not a crash, when an order cannot be served by an index', async () => {
    await expect(
      staff.activities.find({ filter: `InitiativeId eq ${initiativeId}`, orderBy: { field: 'Title' } }),
    ).rejects.toBeInstanceOf(SharePointError);
  });
});
