import { initiativeSlice, type PlanView } from '@devplan/core';
import { createRepositories, PlanSite, provision } from '@devplan/sharepoint';
import { planSourceFrom } from '@devplan/sharepoint/reader';
import { importPlan, PLAN_2026 } from '@devplan/sharepoint/seed';
import { startEmulatedSite, type EmulatedSite } from '../support/emulated-site';
import { handlingTimeEffect } from '../support/effects';

describe('the intranet view’s source: an initiative a link names, read before the whole plan', () => {
  let site: EmulatedSite;
  const source = () => planSourceFrom(new PlanSite(site.sp('reader'), site.emulator.siteUrl));
  const apiCalls = () => site.emulator.requestLog().filter((e) => e.url.includes('/_api/'));

  beforeAll(async () => {
    site = await startEmulatedSite();
    const app = new PlanSite(site.sp('app'), site.emulator.siteUrl);
    await provision(app);
    const repos = createRepositories(app);
    const { plan } = await importPlan(repos, PLAN_2026, { actor: 'test' });
    const [, second] = await repos.initiatives.byPlan(plan.id);
    await repos.effects.add(handlingTimeEffect(plan.id, second!.id));
  }, 60_000);
  afterAll(() => site?.close());

  it('reads what the whole view holds of the initiative, its activities with it, after the list of plans', async () => {
    const whole = (await source().load(2026))!;
    expect(whole.pending ?? []).toEqual([]);
    for (const initiative of whole.initiatives.slice(0, 2)) {
      site.emulator.clearRequestLog();
      const part = (await source().initiative!(2026, initiative.id))!;
      // The list of plans, then one `$batch`.
      expect(apiCalls()).toHaveLength(2);
      const { unverifiedPublications: _a, ...expected } = initiativeSlice(whole as PlanView, initiative.id);
      const { unverifiedPublications: _b, ...read } = part;
      expect(read).toEqual(expected);
      expect(part.initiatives.map((i) => i.id)).toEqual([initiative.id]);
    }
    expect(whole.effects.length).toBeGreaterThan(0);
  });

  it('reads the list of plans on its own beside the whole view’s read asked for at the same time', async () => {
    const reader = source();
    const whole = (await source().load('latest'))!;
    const linked = whole.initiatives[1]!.id;
    site.emulator.clearRequestLog();
    const [view, part] = await Promise.all([reader.load('latest'), reader.initiative!('latest', linked)]);
    expect(view!.initiatives.length).toBe(whole.initiatives.length);
    expect(part!.initiatives.map((i) => i.id)).toEqual([linked]);
    // The whole view's: the snapshot's request with the list of plans (no snapshot here), then the view. The
    // initiative's: its own list of plans, then its part, neither waiting for the snapshot's request.
    expect(apiCalls()).toHaveLength(4);
  });

  it('reads nothing of a year without an adopted plan, and no initiative for an id the plan does not have', async () => {
    expect(await source().initiative!(2031, 1)).toBeNull();
    const gone = (await source().initiative!(2026, 999_999))!;
    expect([gone.initiatives, gone.activities, gone.effects, gone.published]).toEqual([[], [], [], []]);
    expect(gone.focusAreas.length).toBeGreaterThan(0);
  });
});
