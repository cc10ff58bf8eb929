/**
 * Issue 14, defect 2: nobody decides their own work. A submitter who is also the initiative's approver, or a
 * deputy who wrote or submitted the follow-up, is refused (403, `approvals.ownWork`, nothing written), also
 * when the follow-up names someone else as its submitter: who created and who submitted a version is read from
 * SharePoint's own Author and Editor columns, which nobody sets over REST. Someone else still can decide.
 */
import '@pnp/sp/items/index.js';
import type { Actor } from '@devplan/server/approvals';
import { startApprovalWorld, type ApprovalWorld } from './support';

const ownWork = expect.objectContaining({
  name: 'DecisionRefusedError',
  code: 'approvals.ownWork',
  status: 403,
});

describe('segregation of duties (issue 14, defect 2)', () => {
  let world: ApprovalWorld;
  let approver: Actor;
  let staff: Actor;
  let staff2: Actor;

  beforeAll(async () => {
    world = await startApprovalWorld();
    approver = await world.actor('approver');
    staff = await world.actor('staff');
    staff2 = await world.actor('staff2');
  }, 120_000);
  afterAll(() => world?.site.close());

  const decide = (followUp: { id: number; version: number }, actor: Actor) =>
    world.service.decide({
      followUpId: followUp.id,
      followUpVersion: followUp.version,
      outcome: 'approved',
      comment: '',
      actor,
      source: 'api',
    });

  /** Makes `approverId` the approver of initiative `n`. */
  const approverOf = async (n: number, approverId: number) => {
    const initiativeId = world.initiativeIds[n]!;
    await world.app.approverAssignments.assign(initiativeId, approverId, approverId);
    return initiativeId;
  };

  /** A follow-up drafted and submitted by `who` (a demo user key), naming `submittedById` as the submitter. */
  const submittedBy = async (who: string, initiativeId: number, submittedById: number) => {
    const repos = world.site.repos(who);
    const draft = await repos.followUps.add({
      planId: world.planId,
      initiativeId,
      periodYear: 2026,
      period: 'T2',
      status: 'onTrack',
      progress: 50,
      summary: 'Arbetet går enligt plan.',
    });
    const submitted = await repos.followUps.submit(draft.id, draft.etag!, submittedById);
    return { id: submitted.id, version: (await world.service.followUp(submitted.id)).version };
  };

  it('refuses a submitter who is also the approver, and writes nothing', async () => {
    const initiativeId = await approverOf(5, staff.siteUserId);
    const followUp = await submittedBy('staff', initiativeId, staff.siteUserId);
    await expect(decide(followUp, staff)).rejects.toEqual(ownWork);
    expect(await world.app.approvalDecisions.byFollowUp(followUp.id)).toEqual([]);
    expect((await world.service.followUp(followUp.id)).state).toBe('submitted');
    expect(await world.app.published.byInitiative(initiativeId)).toEqual([]);
  });

  it('refuses a deputy who submitted the follow-up, while the approver may still decide it', async () => {
    const initiativeId = await approverOf(6, approver.siteUserId);
    await world.app.delegations.add({
      approverId: approver.siteUserId,
      deputyId: staff2.siteUserId,
      start: '2026-05-01',
      end: '2026-05-31',
    });
    const followUp = await submittedBy('staff2', initiativeId, staff2.siteUserId);
    await expect(decide(followUp, staff2)).rejects.toEqual(ownWork);
    expect(await world.app.approvalDecisions.byFollowUp(followUp.id)).toEqual([]);
    expect((await decide(followUp, approver)).decision.decidedById).toBe(approver.siteUserId);
  });

  it('refuses the one who submitted even when the follow-up names someone else as its submitter', async () => {
    const initiativeId = await approverOf(7, staff2.siteUserId);
    // staff2 writes and submits, but names staff as the submitter over REST.
    const followUp = await submittedBy('staff2', initiativeId, staff.siteUserId);
    expect((await world.service.followUp(followUp.id)).submittedById).toBe(staff.siteUserId);
    await expect(decide(followUp, staff2)).rejects.toEqual(ownWork);
    expect(await world.app.approvalDecisions.byFollowUp(followUp.id)).toEqual([]);
  });

  it('leaves one’s own work out of whom the card and the pending list offer the decision to', async () => {
    const initiativeId = await approverOf(8, staff.siteUserId);
    const followUp = await submittedBy('staff', initiativeId, staff.siteUserId);
    const initiative = await world.app.initiatives.get(initiativeId);
    expect(await world.service.decidersFor(initiative)).toContain(staff.siteUserId);
    expect(
      await world.service.decidersOfFollowUp(await world.service.followUp(followUp.id), initiative),
    ).not.toContain(staff.siteUserId);
  });
});
