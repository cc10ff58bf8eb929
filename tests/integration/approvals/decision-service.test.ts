import { ConcurrencyError, isApproved } from '@devplan/core';
import '@pnp/sp/items/index.js';
import '@pnp/sp/lists/index.js';
import type { Actor } from '@devplan/server/approvals';
import { startApprovalWorld, type ApprovalWorld } from './support';

const refusal = (code: string) =>
  expect.objectContaining({ name: 'DecisionRefusedError', code: `approvals.${code}` });

describe('recording approval decisions against the emulated SharePoint', () => {
  let world: ApprovalWorld;
  let approver: Actor;
  let deputy: Actor;
  let staff2: Actor;
  let initiative: (n: number) => number;

  beforeAll(async () => {
    world = await startApprovalWorld();
    approver = await world.actor('approver');
    deputy = await world.actor('deputy');
    staff2 = await world.actor('staff2');
    initiative = (n) => world.initiativeIds[n]!;
  }, 120_000);
  afterAll(() => world?.site.close());

  const decide = (
    followUp: { id: number; version: number },
    actor: Actor,
    outcome: 'approved' | 'sentBack' = 'approved',
    comment = '',
  ) =>
    world.service.decide({
      followUpId: followUp.id,
      followUpVersion: followUp.version,
      outcome,
      comment,
      actor,
      source: 'bot',
    });

  it('approves: the decision, the state, the published copy and the audit trail, all as the app', async () => {
    const followUp = await world.submitted(initiative(0), 'T1');
    const result = await decide(followUp, approver, 'approved', 'Bra jobbat');
    expect(result.status).toBe('recorded');
    expect(result.decision).toMatchObject({
      decision: 'approved',
      decidedById: approver.siteUserId,
      followUpVersion: followUp.version,
    });
    const stored = await world.service.followUp(followUp.id);
    expect(stored.state).toBe('approved');
    const decisions = await world.app.approvalDecisions.byFollowUp(followUp.id);
    expect(decisions).toHaveLength(1);
    expect(isApproved(stored, decisions)).toBe(true);
    const published = await world.site.repos('reader').published.byInitiative(initiative(0));
    expect(published).toEqual([
      expect.objectContaining({
        followUpId: followUp.id,
        summary: expect.stringContaining('Upphandlingen'),
        approvedById: approver.siteUserId,
      }),
    ]);
    const trail = await world.app.audit.forItem('FollowUps', followUp.id);
    expect(trail.map((e) => [e.action, e.actor, e.source])).toEqual([['approve', 'Karin Nilsson', 'bot']]);
    expect(await world.app.audit.forItem('PublishedFollowUps', published[0]!.id)).toHaveLength(1);
  });

  it('treats a repeated click as a no-op: one decision, one published copy, no extra audit entries', async () => {
    const followUp = await world.submitted(initiative(1), 'T1');
    await decide(followUp, approver);
    const again = await decide(followUp, approver);
    expect(again.status).toBe('repeated');
    expect(await world.app.approvalDecisions.byFollowUp(followUp.id)).toHaveLength(1);
    expect(await world.app.published.byInitiative(initiative(1))).toHaveLength(1);
    expect(await world.app.audit.forItem('FollowUps', followUp.id)).toHaveLength(1);
  });

  it('refuses to send back without a comment and writes nothing', async () => {
    const followUp = await world.submitted(initiative(2), 'T1');
    await expect(decide(followUp, approver, 'sentBack', '   ')).rejects.toEqual(refusal('commentRequired'));
    expect(await world.app.approvalDecisions.byFollowUp(followUp.id)).toEqual([]);
    expect((await world.service.followUp(followUp.id)).state).toBe('submitted');
  });

  it('sends back with a comment, publishes nothing, and accepts a decision on the resubmitted version', async () => {
    const followUp = await world.submitted(initiative(2), 'T2');
    const result = await decide(followUp, approver, 'sentBack', 'Beskriv riskerna tydligare.');
    expect(result.followUp.state).toBe('sentBack');
    expect(result.published).toBeNull();
    const sentBack = await world.staff.followUps.get(followUp.id);
    const edited = await world.staff.followUps.update(
      followUp.id,
      { risks: 'Tydligare risker.' },
      sentBack.etag!,
    );
    const resubmitted = await world.staff.followUps.submit(
      followUp.id,
      edited.etag!,
      (await world.actor('staff')).siteUserId,
    );
    const version = (await world.service.followUp(resubmitted.id)).version;
    expect((await decide({ id: followUp.id, version }, approver)).status).toBe('recorded');
    expect((await world.app.published.byInitiative(initiative(2))).map((p) => p.risks)).toEqual([
      'Tydligare risker.',
    ]);
  });

  it('refuses someone who is neither the approver nor a deputy, whatever the card said', async () => {
    const followUp = await world.submitted(initiative(3), 'T1');
    await expect(decide(followUp, staff2)).rejects.toEqual(refusal('notApprover'));
    expect(await world.app.approvalDecisions.byFollowUp(followUp.id)).toEqual([]);
    expect((await world.service.followUp(followUp.id)).state).toBe('submitted');
  });

  it('lets a deputy decide only inside the delegated date range', async () => {
    const followUp = await world.submitted(initiative(4), 'T1');
    await world.app.delegations.add({
      approverId: approver.siteUserId,
      deputyId: deputy.siteUserId,
      start: '2026-05-10',
      end: '2026-05-20',
    });
    await expect(decide(followUp, deputy)).rejects.toEqual(refusal('notApprover'));
    world.now.value = new Date('2026-05-12T10:00:00Z');
    try {
      expect((await decide(followUp, deputy)).decision.decidedById).toBe(deputy.siteUserId);
    } finally {
      world.now.value = new Date('2026-05-04T09:00:00Z');
    }
  });

  it('of two approvers acting at once records exactly one decision and tells the other who decided', async () => {
    const followUp = await world.submitted(initiative(5), 'T1');
    world.now.value = new Date('2026-05-12T10:00:00Z');
    try {
      const results = await Promise.allSettled([
        decide(followUp, approver, 'approved'),
        decide(followUp, deputy, 'sentBack', 'Komplettera'),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const [rejected] = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
      expect(rejected!.reason).toEqual(refusal('alreadyDecided'));
      expect(await world.app.approvalDecisions.byFollowUp(followUp.id)).toHaveLength(1);
    } finally {
      world.now.value = new Date('2026-05-04T09:00:00Z');
    }
  });

  it('of twenty simultaneous clicks by the approver records one decision and answers every click', async () => {
    const followUp = await world.submitted(initiative(6), 'T1');
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => decide(followUp, approver)));
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    const statuses = results.map((r) => (r as PromiseFulfilledResult<{ status: string }>).value.status);
    expect(statuses.filter((s) => s === 'recorded')).toHaveLength(1);
    expect(await world.app.approvalDecisions.byFollowUp(followUp.id)).toHaveLength(1);
    expect(await world.app.published.byInitiative(initiative(6))).toHaveLength(1);
  });

  it('refuses a decision on a version that is no longer current', async () => {
    const followUp = await world.submitted(initiative(7), 'T1');
    await expect(decide({ id: followUp.id, version: followUp.version - 1 }, approver)).rejects.toEqual(
      refusal('outdated'),
    );
    expect(await world.app.approvalDecisions.byFollowUp(followUp.id)).toEqual([]);
  });

  it('finishes a decision whose process died after recording it, when the decision is seen again', async () => {
    const followUp = await world.submitted(initiative(8), 'T1');
    const decision = await world.app.approvalDecisions.add(
      await world.sealedDecision({
        followUpId: followUp.id,
        decision: 'approved',
        decidedById: approver.siteUserId,
        decidedAt: new Date().toISOString(),
        comment: '',
        followUpVersion: followUp.version,
      }),
    );
    expect((await world.service.followUp(followUp.id)).state).toBe('submitted');
    const again = await decide(followUp, approver);
    expect(again.status).toBe('repeated');
    expect(again.decision.id).toBe(decision.id);
    expect((await world.service.followUp(followUp.id)).state).toBe('approved');
    expect(await world.app.published.byInitiative(initiative(8))).toHaveLength(1);
    expect((await world.app.audit.forItem('FollowUps', followUp.id)).map((e) => e.action)).toEqual([
      'approve',
    ]);
  });

  it('finishes one decision seen five times at once with one state change, one published copy and one audit entry each', async () => {
    const followUp = await world.submitted(initiative(12), 'T1');
    const decision = await world.app.approvalDecisions.add(
      await world.sealedDecision({
        followUpId: followUp.id,
        decision: 'approved',
        decidedById: approver.siteUserId,
        decidedAt: new Date().toISOString(),
        comment: '',
        followUpVersion: followUp.version,
      }),
    );
    await Promise.all(Array.from({ length: 5 }, () => world.service.complete(decision, 'Karin', 'bot')));
    expect((await world.service.followUp(followUp.id)).state).toBe('approved');
    const published = await world.app.published.find({ filter: `FollowUpId eq ${followUp.id}` });
    expect(published).toHaveLength(1);
    expect((await world.app.audit.forItem('FollowUps', followUp.id)).map((e) => e.action)).toEqual([
      'approve',
    ]);
    expect(await world.app.audit.forItem('PublishedFollowUps', published[0]!.id)).toHaveLength(1);
  });

  it('does not apply or publish a decision when the follow-up was changed behind it', async () => {
    const followUp = await world.submitted(initiative(9), 'T1');
    await world.app.approvalDecisions.add(
      await world.sealedDecision({
        followUpId: followUp.id,
        decision: 'approved',
        decidedById: approver.siteUserId,
        decidedAt: new Date().toISOString(),
        comment: '',
        followUpVersion: followUp.version,
      }),
    );
    const list = world.site.sp('staff').web.lists.getByTitle('Uppföljningar');
    await list.items.getById(followUp.id).update({ Summary: 'Ändrad i smyg' });
    await expect(decide(followUp, approver)).rejects.toEqual(refusal('superseded'));
    expect((await world.service.followUp(followUp.id)).state).toBe('submitted');
    expect(await world.app.published.byInitiative(initiative(9))).toEqual([]);
  });

  it('does not count a State a member wrote through REST as approved, publishes nothing for it, and sets it back for a real decision', async () => {
    const followUp = await world.submitted(initiative(10), 'T1');
    // The app accepted the submission (the notifier records it when it sends the card).
    await world.app.audit.add({
      action: 'submit',
      listName: 'FollowUps',
      itemId: followUp.id,
      actor: 'Sara Lindqvist',
      at: new Date().toISOString(),
      details: { followUpVersion: followUp.version },
      source: 'tab',
    });
    const list = world.site.sp('staff').web.lists.getByTitle('Uppföljningar');
    await list.items.getById(followUp.id).update({ State: 'approved' });
    const stored = await world.service.followUp(followUp.id);
    expect(stored.state).toBe('approved');
    expect(isApproved(stored, await world.app.approvalDecisions.byFollowUp(followUp.id))).toBe(false);
    await expect(decide(stored, approver)).rejects.toEqual(refusal('notSubmitted'));
    expect(await world.site.repos('reader').published.byInitiative(initiative(10))).toEqual([]);

    expect(await world.service.revertUnbackedApprovals()).toEqual([followUp.id]);
    expect(await world.service.revertUnbackedApprovals()).toEqual([]);
    const reverted = await world.service.followUp(followUp.id);
    expect(reverted.state).toBe('submitted');
    expect((await world.app.audit.forItem('FollowUps', followUp.id)).map((e) => e.action).sort()).toEqual([
      'submit',
      'unbackedApprovalReverted',
    ]);
    expect((await decide(reverted, approver)).status).toBe('recorded');
    expect(await world.site.repos('reader').published.byInitiative(initiative(10))).toHaveLength(1);
  });

  it('keeps the ETag guard of the repository: a stale state write is refused', async () => {
    const followUp = await world.submitted(initiative(11), 'T1');
    const before = await world.app.followUps.get(followUp.id);
    await decide(followUp, approver);
    await expect(world.app.followUps.decide(followUp.id, before.etag!, 'approve')).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
  });
});
