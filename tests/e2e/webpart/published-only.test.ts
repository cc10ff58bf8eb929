import type { RunningEmulator } from '@devplan/sp-emulator';
import { PlanSite, type Repositories, type SealSigner } from '@devplan/sharepoint';
import { publicationSealPayload } from '@devplan/core';
import { planSourceFrom } from '@devplan/sharepoint/reader';
import { addDraftPlan, reposAs, spAs, startPlanSite } from '../../bench/webpart/webpart-bench.js';

describe('what the intranet reader view reads', () => {
  let emulator: RunningEmulator;
  let app: Repositories;
  let planId: number;
  let sealer: SealSigner;

  beforeAll(async () => {
    ({ emulator, app, planId, sealer } = await startPlanSite());
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
    const approved = {
      planId,
      initiativeId: second!.id,
      followUpId: 4711,
      periodYear: 2026,
      period: 'T1',
      status: 'onTrack' as const,
      progress: 25,
      summary: 'Testdata: en godkänd uppföljning',
      risks: '',
      nextSteps: '',
      effectsSeen: '',
      approvedById: 9,
      approvedAt: '2026-05-12T09:00:00.000Z',
      decisionComment: '',
    };
    await app.published.add({ ...approved, seal: await sealer.seal(publicationSealPayload(approved)) });
    // Issue 14, defect 3: a publication written by anyone but the app (a site owner can) is not shown.
    await app.published.add({
      ...approved,
      followUpId: 4712,
      summary: 'Testdata: en förfalskad publicering',
      seal: '',
    });
    await app.published.add({
      ...approved,
      followUpId: 4713,
      summary: 'Testdata: en ändrad publicering',
      seal: await sealer.seal(publicationSealPayload({ ...approved, followUpId: 4713 })),
    });

    const view = (await readAsReader(2026))!;
    expect(view.followUps).toEqual([]);
    expect(view.published.map((p) => p.summary)).toEqual(['Testdata: en godkänd uppföljning']);
    expect(view.unverifiedPublications).toBe(2);
    expect(JSON.stringify(view)).not.toContain('ett utkast som inte får nå intranätet');
  });

  it('never shows a draft plan, neither as the latest nor by its year', async () => {
    await addDraftPlan(app, 2027);
    expect((await readAsReader('latest'))?.plan.planYear).toBe(2026);
    expect(await readAsReader(2027)).toBeNull();
  });
});
