import '@pnp/sp/items/index.js';
import { PAGE_SIZE, PlanSite, PlanViewReader, provision, READER_PARTS } from '@devplan/sharepoint';
import { importPlan, PLAN_2026 } from '@devplan/sharepoint/seed';
import { generatePlan, publishSealKey, type GeneratedPlan } from '../../bench/generate.js';
import { startEmulatedSite, type EmulatedSite } from '../support/emulated-site';

const INITIATIVES = 5001;
const YEAR = 2029;

/**
 * One more initiative than the list view threshold: every period's publications (5,001) are refused as one
 * query, so two parts of one list are read in id windows. The windows of the whole list go out once and each
 * part picks its own items from the same answers.
 */
describe('a plan view with several parts of one list past the threshold', () => {
  let site: EmulatedSite;
  let generated: GeneratedPlan;

  beforeAll(async () => {
    site = await startEmulatedSite();
    const app = site.repos('app');
    await provision(new PlanSite(site.sp('app'), site.emulator.siteUrl));
    await importPlan(app, PLAN_2026, { actor: 'test' });
    const sealer = await publishSealKey(app);
    generated = await generatePlan(site.emulator, app, { year: YEAR, initiatives: INITIATIVES, sealer });
  }, 120_000);
  afterAll(() => site.close());

  it('reads each id window of a list once, however many of its parts need it, and every item of each part', async () => {
    const reader = site.repos('reader');
    site.emulator.clearRequestLog();
    const view = await new PlanViewReader(reader).load(
      { id: generated.planId, planYear: YEAR },
      { parts: READER_PARTS },
    );
    const batches = site.emulator
      .requestLog()
      .filter((e) => e.url.includes('/_api/') && e.method !== 'OPTIONS' && e.user === 'reader');
    expect(batches).toHaveLength(2);

    // Each period's 5,001 publications, each once, each of its own period.
    expect(view.initiatives).toHaveLength(INITIATIVES);
    expect(view.published).toHaveLength(2 * INITIATIVES);
    expect(new Set(view.published.map((p) => p.id)).size).toBe(2 * INITIATIVES);
    const periods = new Map<string, number>();
    for (const p of view.published) periods.set(p.period, (periods.get(p.period) ?? 0) + 1);
    expect(Object.fromEntries(periods)).toEqual({ T1: INITIATIVES, T2: INITIATIVES });
    expect(view.activities).toHaveLength(3 * INITIATIVES);
    expect(view.effects).toHaveLength(INITIATIVES);

    // The second batch: the windows of each list past the threshold, the publications' once for both periods.
    const windowsOf = async (repo: { lastIdQuery(): () => Promise<unknown> }) => {
      const [last] = (await repo.lastIdQuery()()) as { Id: number }[];
      return Math.ceil(last!.Id / PAGE_SIZE);
    };
    const app = site.repos('app');
    const expected =
      (await windowsOf(app.published)) +
      (await windowsOf(app.activities)) +
      (await windowsOf(app.initiatives)) +
      (await windowsOf(app.effects));
    expect(batches[1]!.batchParts).toBe(expected);
  });
});
