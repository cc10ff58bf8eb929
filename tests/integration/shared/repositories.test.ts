import {
  ConcurrencyError,
  DuplicateFollowUpError,
  LifecycleError,
  PermissionError,
  planReadiness,
  ValidationError,
} from '@devplan/core';
import {
  MEMBER_PARTS,
  PlanViewReader,
  provision,
  PlanSite,
  READER_PARTS,
  type Repositories,
} from '@devplan/sharepoint';
import { importPlan, PLAN_2026 } from '@devplan/sharepoint/seed';
import '@pnp/sp/site-users/web.js';
import { startEmulatedSite, type EmulatedSite } from '../support/emulated-site';

describe('repositories against the emulated SharePoint', () => {
  let site: EmulatedSite;
  let app: Repositories;
  let staff: Repositories;
  let planId: number;
  let staffUserId: number;

  beforeAll(async () => {
    site = await startEmulatedSite();
    app = site.repos('app');
    staff = site.repos('staff');
    await provision(new PlanSite(site.sp('app'), site.emulator.siteUrl));
    const report = await importPlan(app, PLAN_2026, { actor: 'test' });
    planId = report.plan.id;
    staffUserId = ((await site.sp('staff').web.currentUser()) as { Id: number }).Id;
  });
  afterAll(() => site.close());

  it('imports the 2026 plan faithfully: 3 areas, 13 initiatives, every activity, the decision chain', async () => {
    const plan = await staff.plans.byYear(2026);
    expect(plan).toMatchObject({ caseNumber: 'STK-2025-1042', budgetRequested: 7, status: 'approved' });
    expect(plan?.principles).toHaveLength(4);
    expect((await staff.focusAreas.byPlan(planId)).map((a) => a.title)).toEqual([
      'Information',
      'Kompetens och digitalisering',
      'Teknologi i förändring',
    ]);
    expect(await staff.initiatives.byPlan(planId)).toHaveLength(13);
    const activities = await staff.activities.find({ filter: `PlanId eq ${planId}` });
    expect(activities).toHaveLength(
      PLAN_2026.focusAreas.flatMap((a) => a.initiatives).flatMap((i) => i.activities).length,
    );
    expect((await staff.decisions.byPlan(planId)).map((d) => d.paragraph)).toEqual([
      '§ 64',
      '§ 426',
      '§ 301',
    ]);
  });

  it('imports nothing the second time', async () => {
    const again = await importPlan(app, PLAN_2026, { actor: 'test' });
    expect(again.unchanged).toBe(true);
  });

  it('reads the whole plan view in one HTTP request', async () => {
    const plan = (await staff.plans.byYear(2026))!;
    site.emulator.clearRequestLog();
    const view = await new PlanViewReader(staff).load(plan, { parts: MEMBER_PARTS });
    expect(site.emulator.requestLog().filter((r) => r.url.includes('/_api/'))).toHaveLength(1);
    expect(view.initiatives).toHaveLength(13);
    expect(view.focusAreas).toHaveLength(3);
    expect(view.decisions).toHaveLength(3);
    // A member's first view leaves out the activities (read on demand) and the published copies.
    expect(view.activities).toEqual([]);
    expect(view.published).toEqual([]);
  });

  it('reads a plan’s activities on demand in one HTTP request, in sort order', async () => {
    const plan = (await staff.plans.byYear(2026))!;
    site.emulator.clearRequestLog();
    const activities = await new PlanViewReader(staff).activities(plan);
    expect(site.emulator.requestLog().filter((r) => r.url.includes('/_api/'))).toHaveLength(1);
    expect(activities.length).toBeGreaterThan(20);
    expect(activities.every((a) => a.planId === plan.id)).toBe(true);
    const orders = activities.map((a) => a.sortOrder);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('reads the intranet view as a reader without touching working follow-ups', async () => {
    const reader = site.repos('reader');
    const plan = (await reader.plans.byYear(2026))!;
    const view = await new PlanViewReader(reader).load(plan, { parts: READER_PARTS });
    expect(view.initiatives).toHaveLength(13);
    expect(view.followUps).toEqual([]);
  });

  it('shows what the faithful plan lacks for decision readiness: owners, approvers, timelines, effects', async () => {
    const initiatives = await staff.initiatives.byPlan(planId);
    const readiness = planReadiness(initiatives, [], [], { planYear: 2026, today: '2026-11-24' });
    expect(readiness.missingByCriterion).toMatchObject({
      owner: 13,
      approver: 13,
      timeline: 13,
      measurableGoal: 13,
    });
  });

  it('saves an edit with the ETag it read and refuses a stale ETag without losing the first write', async () => {
    const [first] = await staff.initiatives.byPlan(planId);
    const saved = await staff.initiatives.update(
      first!.id,
      { investmentNeed: '2 årsarbetare' },
      first!.etag!,
    );
    expect(saved.investmentNeed).toBe('2 årsarbetare');
    expect(saved.etag).not.toBe(first!.etag);
    const other = site.repos('staff2');
    await expect(
      other.initiatives.update(first!.id, { investmentNeed: 'Annat' }, first!.etag!),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await staff.initiatives.get(first!.id)).investmentNeed).toBe('2 årsarbetare');
  });

  it('changes only the fields of a partial update and reads people back expanded', async () => {
    const [, second] = await staff.initiatives.byPlan(planId);
    const before = await staff.initiatives.get(second!.id);
    const saved = await staff.initiatives.update(
      second!.id,
      { ownerId: staffUserId, responsibleUnit: 'ITD' },
      before.etag!,
    );
    expect(saved).toMatchObject({
      title: before.title,
      description: before.description,
      goal: before.goal,
      sortOrder: before.sortOrder,
      responsibleUnit: 'ITD',
      owner: { id: staffUserId, title: 'Sara Lindqvist' },
    });
  });

  it('refuses invalid input with a clear message and writes nothing', async () => {
    const [first] = await staff.initiatives.byPlan(planId);
    const before = await staff.initiatives.get(first!.id);
    await expect(
      staff.initiatives.update(first!.id, { start: '2026-12-01', end: '2026-01-01' }, before.etag!),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await staff.initiatives.get(first!.id)).etag).toBe(before.etag);
  });

  it('refuses a reader’s write at the data layer', async () => {
    const reader = site.repos('reader');
    const [first] = await reader.initiatives.byPlan(planId);
    await expect(reader.initiatives.update(first!.id, { goal: 'x' }, first!.etag!)).rejects.toBeInstanceOf(
      PermissionError,
    );
  });

  describe('follow-ups', () => {
    let initiativeId: number;
    beforeAll(async () => {
      initiativeId = (await staff.initiatives.byPlan(planId))[1]!.id;
    });

    it('go from draft to submitted to approved, frozen after approval', async () => {
      const draft = await staff.followUps.add({
        planId,
        initiativeId,
        periodYear: 2026,
        period: 'T1',
        status: 'onTrack',
        progress: 20,
      });
      expect(draft.state).toBe('draft');
      await expect(staff.followUps.submit(draft.id, draft.etag!, staffUserId)).rejects.toBeInstanceOf(
        ValidationError,
      );
      const written = await staff.followUps.update(
        draft.id,
        { summary: 'Strategin är förankrad i ledningsgruppen.' },
        draft.etag!,
      );
      const submitted = await staff.followUps.submit(written.id, written.etag!, staffUserId);
      expect(submitted.state).toBe('submitted');
      await expect(
        staff.followUps.update(submitted.id, { progress: 90 }, submitted.etag!),
      ).rejects.toBeInstanceOf(LifecycleError);
      const approved = await app.followUps.decide(submitted.id, submitted.etag!, 'approve');
      expect(approved.state).toBe('approved');
      await expect(
        staff.followUps.update(approved.id, { progress: 90 }, approved.etag!),
      ).rejects.toBeInstanceOf(LifecycleError);
    });

    it('are one per initiative and period: a second one is refused by SharePoint itself', async () => {
      await expect(
        staff.followUps.add({
          planId,
          initiativeId,
          periodYear: 2026,
          period: 'T1',
          status: 'atRisk',
          progress: 5,
        }),
      ).rejects.toBeInstanceOf(DuplicateFollowUpError);
      expect(await staff.followUps.byInitiative(initiativeId)).toHaveLength(1);
    });

    it('of two simultaneous decisions record exactly one', async () => {
      const draft = await staff.followUps.add({
        planId,
        initiativeId,
        periodYear: 2026,
        period: 'T2',
        status: 'atRisk',
        progress: 40,
        summary: 'Förseningar i upphandlingen.',
      });
      const submitted = await staff.followUps.submit(draft.id, draft.etag!, staffUserId);
      const results = await Promise.allSettled([
        app.followUps.decide(submitted.id, submitted.etag!, 'approve'),
        app.followUps.decide(submitted.id, submitted.etag!, 'sendBack', 'Komplettera'),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(
        results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason),
      ).toEqual([expect.any(ConcurrencyError)]);
    });

    it('are saved, submitted and decided in two requests each, returning the item as stored', async () => {
      const apiCalls = () => site.emulator.requestLog().filter((r) => r.url.includes('/_api/'));
      const other = (await staff.initiatives.byPlan(planId))[2]!.id;
      const draft = await staff.followUps.add({
        planId,
        initiativeId: other,
        periodYear: 2026,
        period: 'T1',
        status: 'onTrack',
        progress: 30,
      });
      // Warm PnPjs's per-instance state, then count only the saves.
      await staff.followUps.get(draft.id);
      site.emulator.clearRequestLog();
      const saved = await staff.followUps.update(draft.id, { summary: 'Förstudien är klar.' }, draft.etag!);
      expect(apiCalls()).toHaveLength(2);
      expect(apiCalls()[1]).toEqual(expect.objectContaining({ method: 'POST', batchParts: 2 }));
      expect(saved.summary).toBe('Förstudien är klar.');
      expect(saved.etag).not.toBe(draft.etag);
      expect(await staff.followUps.get(draft.id)).toEqual(saved);

      site.emulator.clearRequestLog();
      const submitted = await staff.followUps.submit(saved.id, saved.etag!, staffUserId);
      expect(apiCalls()).toHaveLength(2);
      expect(submitted.state).toBe('submitted');
      expect(submitted.submittedById).toBe(staffUserId);

      site.emulator.clearRequestLog();
      const approved = await app.followUps.decide(submitted.id, submitted.etag!, 'approve');
      expect(apiCalls()).toHaveLength(2);
      expect(approved).toEqual(await app.followUps.get(submitted.id));
      expect(approved.state).toBe('approved');
    });

    it('refuse a save at a stale ETag and keep the first write, even when the lifecycle check passed', async () => {
      const other = (await staff.initiatives.byPlan(planId))[3]!.id;
      const draft = await staff.followUps.add({
        planId,
        initiativeId: other,
        periodYear: 2026,
        period: 'T1',
        status: 'onTrack',
        progress: 10,
      });
      // Both read the draft at the same ETag; both pass the lifecycle check; only one MERGE may win.
      const results = await Promise.allSettled([
        staff.followUps.update(draft.id, { progress: 40 }, draft.etag!),
        staff.followUps.update(draft.id, { progress: 70 }, draft.etag!),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      expect(
        results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason),
      ).toEqual([expect.any(ConcurrencyError)]);
      const stored = await staff.followUps.get(draft.id);
      expect(stored).toEqual((won[0] as PromiseFulfilledResult<typeof stored>).value);
    });

    it('cannot be sent back without a comment', async () => {
      const draft = await staff.followUps.add({
        planId,
        initiativeId,
        periodYear: 2026,
        period: 'FY',
        status: 'onTrack',
        progress: 60,
        summary: 'Klart.',
      });
      const submitted = await staff.followUps.submit(draft.id, draft.etag!, staffUserId);
      await expect(
        app.followUps.decide(submitted.id, submitted.etag!, 'sendBack', '  '),
      ).rejects.toBeInstanceOf(LifecycleError);
      expect((await app.followUps.get(submitted.id)).state).toBe('submitted');
    });
  });
});
