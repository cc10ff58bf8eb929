import type { RunningEmulator } from '@devplan/sp-emulator';
import { PlanSite, TokenAuthenticated, type Repositories } from '@devplan/sharepoint';
import { ConcurrencyError, ValidationError, type Effect } from '@devplan/core';
import { spfi } from '@pnp/sp';
import { SpTabData } from '@devplan/sharepoint/tab';
import { startPlanSite } from '../../bench/webpart/webpart-bench.js';

/** The tab's data layer over the emulator as a demo user, through PnPjs over HTTP. */
function tabDataAs(emulator: RunningEmulator, user: string): SpTabData {
  const sp = spfi(emulator.siteUrl).using(TokenAuthenticated(() => emulator.issueToken(user)));
  return new SpTabData(new PlanSite(sp, emulator.siteUrl));
}

let emulator: RunningEmulator;
let app: Repositories;
let planId: number;
let effect: Effect;

beforeAll(async () => {
  ({ emulator, app, planId } = await startPlanSite());
  const initiative = (await app.initiatives.byPlan(planId))[0]!;
  effect = await app.effects.add({
    planId,
    initiativeId: initiative.id,
    title: 'Exempeldata: färre blanketter',
    kind: 'qualitative',
    direction: 'benefit',
    unit: 'st',
    baseline: 120,
    baselineDate: '2026-01-15',
    target: 40,
    targetDate: '2027-12-31',
    measureEveryMonths: 3,
  });
});
afterAll(() => emulator.close());

describe('the tab’s data layer for effects and measurements', () => {
  it('refuses a measurement in another unit, in the future or before the baseline, and writes nothing', async () => {
    const staff = tabDataAs(emulator, 'staff');
    const refused = async (value: number | string, measuredAt: string) => {
      const error = await staff
        .addMeasurement({ effectId: effect.id, value: value as number, measuredAt, comment: '' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).issues.map((i) => i.code);
    };
    expect(await refused('12 %', '2026-03-01')).toEqual(['wrongUnit']);
    expect(await refused(12, '2999-01-01')).toEqual(['future']);
    expect(await refused(12, '2026-01-01')).toEqual(['beforeBaseline']);
    expect(await app.measurements.byEffect(effect.id)).toEqual([]);
  });

  it('stores a valid measurement and reads it back with the effect in the ledger of all plans', async () => {
    const staff = tabDataAs(emulator, 'staff');
    const saved = await staff.addMeasurement({
      effectId: effect.id,
      value: 95,
      measuredAt: '2026-04-10',
      comment: 'Exempeldata',
    });
    expect(saved).toMatchObject({ effectId: effect.id, value: 95, measuredAt: '2026-04-10' });
    expect(await staff.measurements([effect.id])).toEqual([expect.objectContaining({ id: saved.id })]);
    const ledger = await staff.effectLedger();
    expect(ledger.effects.map((e) => e.id)).toContain(effect.id);
    expect(ledger.measurements.map((m) => m.id)).toContain(saved.id);
    expect(ledger.plans.map((p) => p.id)).toContain(planId);
    expect(ledger.initiatives.find((i) => i.id === effect.initiativeId)?.planId).toBe(planId);
  });

  it('does not let a reader record a measurement, whatever the request', async () => {
    const reader = tabDataAs(emulator, 'reader');
    const error = await reader
      .addMeasurement({ effectId: effect.id, value: 10, measuredAt: '2026-05-01', comment: '' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as { status?: number }).status).toBe(403);
    expect((await app.measurements.byEffect(effect.id)).length).toBe(1);
  });

  it('deletes an effect only at the ETag read, and then its measurements', async () => {
    const staff = tabDataAs(emulator, 'staff');
    const stale = effect.etag!;
    await app.effects.update(effect.id, { method: 'Exempeldata: ändrad metod' }, stale);
    await expect(staff.deleteEffect(effect.id, stale)).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await app.measurements.byEffect(effect.id)).length).toBe(1);
    const current = await app.effects.get(effect.id);
    await staff.deleteEffect(effect.id, current.etag!);
    await expect(app.effects.get(effect.id)).rejects.toMatchObject({ status: 404 });
    expect(await app.measurements.byEffect(effect.id)).toEqual([]);
  });
});
