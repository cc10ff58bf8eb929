/**
 * Issue 14, defect 6: a closed period is locked. After T2 is closed its committee report is frozen, so a T2
 * follow-up can no longer be written, submitted, decided or published (refused with a reason in Swedish and
 * English), also when a member writes one past the repository over REST; the intranet cannot drift from the
 * report. Other periods (the full year) stay open.
 */
import '@pnp/sp/items/index.js';
import { followUpMapping, PlanSite, SealVerifier, toFields } from '@devplan/sharepoint';
import { planSourceFrom } from '@devplan/sharepoint/reader';
import { SpTabData } from '@devplan/sharepoint/tab';
import type { Actor } from '@devplan/server/approvals';
import { closureValues, startReportsWorld, type ReportsWorld } from './support';

const periodClosed = expect.objectContaining({
  name: 'PeriodClosedError',
  code: 'period-closed',
  status: 409,
});

describe('a closed period (issue 14, defect 6)', () => {
  let world: ReportsWorld;
  let approver: Actor;
  let waiting: { id: number; version: number };
  let draftId: number;

  beforeAll(async () => {
    world = await startReportsWorld();
    approver = await world.actor('approver');
    await world.approved(world.initiativeIds[0]!, 'T2');
    await world.approved(world.initiativeIds[6]!, 'T2');
    waiting = await world.submitted(world.initiativeIds[1]!, 'T2'); // waiting for a decision at the close
    const draft = await world.staff.followUps.add({
      planId: world.planId,
      initiativeId: world.initiativeIds[2]!,
      periodYear: 2026,
      period: 'T2',
      status: 'onTrack',
      progress: 20,
      summary: 'Ett utkast när perioden stängs.',
    });
    draftId = draft.id;
    const closed = await world.call('admin', 'POST', '/api/reports/close', {
      planId: world.planId,
      periodYear: 2026,
      period: 'T2',
    });
    expect(closed.status).toBe(201);
  }, 180_000);
  afterAll(() => world?.close());

  const decide = (followUp: { id: number; version: number }) =>
    world.service.decide({
      followUpId: followUp.id,
      followUpVersion: followUp.version,
      outcome: 'approved',
      comment: '',
      actor: approver,
      source: 'api',
    });

  it('refuses a decision on a follow-up that was waiting at the close, and publishes nothing', async () => {
    await expect(decide(waiting)).rejects.toEqual(periodClosed);
    expect(await world.app.approvalDecisions.byFollowUp(waiting.id)).toEqual([]);
    expect(await world.app.published.byInitiative(world.initiativeIds[1]!)).toEqual([]);
    expect((await world.service.followUp(waiting.id)).state).toBe('submitted');
  });

  it('refuses a new follow-up, an edit and a submission of the closed period, naming it in both languages', async () => {
    const refusal = await world.staff.followUps
      .add({
        planId: world.planId,
        initiativeId: world.initiativeIds[3]!,
        periodYear: 2026,
        period: 'T2',
        status: 'onTrack',
        progress: 50,
        summary: 'För sent.',
      })
      .then(
        () => null,
        (error: unknown) => error as { reason: { sv: string; en: string } },
      );
    expect(refusal).toEqual(periodClosed);
    expect(refusal!.reason.sv).toMatch(/^Tertial 2 2026 är stängd/);
    expect(refusal!.reason.en).toMatch(/2026 is closed/);
    const draft = await world.staff.followUps.get(draftId);
    await expect(world.staff.followUps.update(draftId, { progress: 90 }, draft.etag!)).rejects.toEqual(
      periodClosed,
    );
    const staffId = (await world.actor('staff')).siteUserId;
    await expect(world.staff.followUps.submit(draftId, draft.etag!, staffId)).rejects.toEqual(periodClosed);
    expect((await world.staff.followUps.byInitiative(world.initiativeIds[3]!)).length).toBe(0);
  });

  it('never publishes a follow-up of the closed period written past the repository over REST', async () => {
    // A member writes a submitted T2 follow-up straight into the list, as REST allows with Contribute.
    const staffSite = new PlanSite(world.site.sp('staff'), world.site.emulator.siteUrl);
    const raw = (await staffSite.list('FollowUps').items.add({
      ...toFields(followUpMapping, {
        planId: world.planId,
        initiativeId: world.initiativeIds[4]!,
        periodYear: 2026,
        period: 'T2',
        status: 'onTrack',
        progress: 100,
        summary: 'Skrivet förbi appen.',
        state: 'submitted',
      }),
    })) as { Id?: number; ID?: number };
    const id = raw.Id ?? raw.ID!;
    const followUp = await world.service.followUp(id);
    await expect(decide(followUp)).rejects.toEqual(periodClosed);
    expect(await world.app.published.byInitiative(world.initiativeIds[4]!)).toEqual([]);
  });

  it('keeps the other periods open', async () => {
    const next = await world.submitted(world.initiativeIds[5]!, 'FY');
    expect((await decide(next)).decision.decision).toBe('approved');
  });

  it('is sealed as one: the intranet and the sweep check its publications with one seal, and leave out (the sweep removes) one a site owner changed after the close', async () => {
    const readAsReader = async () =>
      (await planSourceFrom(new PlanSite(world.site.sp('reader'), world.site.emulator.siteUrl)).load(2026))!;
    const [closure] = (await world.closures.byPlan(world.planId)).filter((c) => c.period === 'T2');
    expect(closure!.publicationsSeal).toMatch(/^test\./);

    const verify = jest.spyOn(globalThis.crypto.subtle, 'verify');
    // Seal checks only (the emulator checks tokens with Web Crypto too).
    const sealChecks = () =>
      verify.mock.calls.filter(([algorithm]) => (algorithm as { name?: string }).name === 'ECDSA').length;
    try {
      const view = await readAsReader();
      const t2 = view.published.filter((p) => p.period === 'T2');
      expect(t2.map((p) => p.initiativeId).sort()).toEqual(
        [world.initiativeIds[0]!, world.initiativeIds[6]!].sort(),
      );
      expect(view.unverifiedPublications).toBe(0);
      // One check for closed T2, one for each publication of the open periods.
      expect(sealChecks()).toBe(1 + view.published.length - t2.length);

      // The sweep: every decision, closed T2 with its seal, the publications of the open periods one by one.
      const decisions = (await world.app.approvalDecisions.find()).length;
      verify.mockClear();
      expect(await world.service.removeForgedRecords()).toEqual([]);
      expect(sealChecks()).toBe(decisions + 1 + view.published.length - t2.length);

      // An initiative's page in the tab reads its publications alone, each checked on its own seal.
      const tab = new SpTabData(new PlanSite(world.site.sp('reader'), world.site.emulator.siteUrl));
      const initiativePart = () =>
        tab.initiativeView({ id: world.planId, planYear: 2026 }, t2[0]!.initiativeId, false);
      const ownPart = await initiativePart();
      expect(ownPart.published.map((p) => p.id)).toContain(t2[0]!.id);
      expect(ownPart.unverifiedPublications).toBe(0);

      // A site owner (who can write any list) changes a T2 publication after the close.
      const owner = new PlanSite(world.site.sp('admin'), world.site.emulator.siteUrl);
      await owner
        .list('PublishedFollowUps')
        .items.getById(t2[0]!.id)
        .update({ Summary: 'Ändrat i efterhand.' });
      verify.mockClear();
      const after = await readAsReader();
      const shown = after.published.filter((p) => p.period === 'T2');
      expect(shown.map((p) => p.id)).toEqual([t2[1]!.id]);
      expect(after.unverifiedPublications).toBe(1);
      // The period seal failed, so T2's publications were checked one by one.
      expect(sealChecks()).toBe(1 + after.published.length + 1);
      const changedPart = await initiativePart();
      expect(changedPart.published.map((p) => p.id)).not.toContain(t2[0]!.id);
      expect(changedPart.unverifiedPublications).toBe(1);
      // The sweep finds it too, records it and takes it off the list.
      expect(await world.service.removeForgedRecords()).toEqual([`PublishedFollowUps:${t2[0]!.id}`]);
    } finally {
      verify.mockRestore();
    }
  });

  it('is sealed by the sweep when it was closed before period seals (an upgraded site), once and audited', async () => {
    await world.approved(world.initiativeIds[7]!, 'T1');
    const admin = await world.actor('admin');
    // A close as an earlier release made it: no period seal.
    const earlier = await world.closures.create(
      closureValues(world.planId, 'T1', {
        state: 'closed',
        closedById: admin.siteUserId,
        closedAt: world.now.value.toISOString(),
      }),
    );
    await world.service.repairRecords();
    const sealed = await world.closures.get(earlier.id);
    expect(sealed.publicationsSeal).toMatch(/^test\./);
    const entries = await world.app.audit.forItem('PeriodClosures', earlier.id);
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'periodSealed',
        actor: 'app',
        details: expect.objectContaining({ publications: 1 }),
      }),
    ]);

    // The seal stands for the period's publications with one check.
    const t1 = await world.app.published.byPlanPeriod(world.planId, 2026, 'T1');
    const verify = jest.spyOn(globalThis.crypto.subtle, 'verify');
    try {
      expect(await new SealVerifier([world.sealer.publicKey]).publications(t1, [sealed])).toEqual(t1);
      expect(verify).toHaveBeenCalledTimes(1);
    } finally {
      verify.mockRestore();
    }

    // The next sweep leaves it as it is.
    await world.service.repairRecords();
    expect((await world.closures.get(earlier.id)).etag).toBe(sealed.etag);
    expect(await world.app.audit.forItem('PeriodClosures', earlier.id)).toHaveLength(1);
  });
});
