import type { RunningEmulator } from '@devplan/sp-emulator';
import { PlanSite, type Repositories } from '@devplan/sharepoint';
import { planSourceFrom } from '@devplan/sharepoint/reader';
import { reposAs, spAs, startPlanSite } from '../../bench/webpart/webpart-bench.js';

describe('what the intranet reader view reads', () => {
  let emulator: RunningEmulator;
  let app: Repositories;
  let planId: number;

  beforeAll(async () => {
    ({ emulator, app, planId } = await startPlanSite());
  });
  afterAll(() => emulator.close());

  const readAsReader = (choice: 'latest' | number) =>
    planSourceFrom(new PlanSite(spAs(emulator, 'reader'), emulator.siteUrl)).load(choice);

  it('shows an approved follow-up once it is published, and never a working one', async () => {
    const [first, second] = await app.initiatives.byPlan(planId);
    await reposAs(emulator, 'staff').followUps.add({
      planId,
      initiativeId: first!.id,
      periodYear: 2026,
      period: 'T1',
      status: 'offTrack',
      progress: 5,
      summary: 'Testdata: ett utkast som inte får nå intranätet',
    });
    await app.published.add({
      planId,
      initiativeId: second!.id,
      followUpId: 4711,
      periodYear: 2026,
      period: 'T1',
      status: 'onTrack',
      progress: 25,
      summary: 'Testdata: en godkänd uppföljning',
      risks: '',
      nextSteps: '',
      effectsSeen: '',
      approvedById: 9,
      approvedAt: '2026-05-12T09:00:00.000Z',
      decisionComment: '',
    });

    const view = (await readAsReader(2026))!;
    expect(view.followUps).toEqual([]);
    expect(view.published.map((p) => p.summary)).toEqual(['Testdata: en godkänd uppföljning']);
    expect(JSON.stringify(view)).not.toContain('ett utkast som inte får nå intranätet');
  });

  it('never shows a draft plan, neither as the latest nor by its year', async () => {
    await app.plans.add({
      title: 'Testdata: utkast till plan 2027',
      planYear: 2027,
      caseNumber: 'STK-2026-0001',
      status: 'draft',
      summary: '',
      budgetRequested: null,
      principles: [],
    });
    expect((await readAsReader('latest'))?.plan.planYear).toBe(2026);
    expect(await readAsReader(2027)).toBeNull();
  });
});
