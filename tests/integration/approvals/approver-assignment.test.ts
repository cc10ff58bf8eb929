/**
 * Issue 14, defect 1: a member could MERGE `ApproverId` on an initiative to themselves over REST (members have
 * Contribute on Initiatives) and then decide its follow-ups; the change left no audit entry. The approver is
 * now named by plan administrators only, through the app server, and kept in ApproverAssignments, which only
 * the app writes; decisions, pending lists and cards read it from there. The initiative's own Approver column
 * is a copy: a change to it over REST decides nothing, and the sweep puts it back with an audit entry.
 */
import '@pnp/sp/webs/index.js';
import '@pnp/sp/lists/index.js';
import '@pnp/sp/items/index.js';
import { versionFromEtag } from '@devplan/sharepoint';
import { startLocalTeams, type LocalTeams } from './local-teams';

describe('who approves an initiative (issue 14, defect 1)', () => {
  let teams: LocalTeams;
  const as = (user: string) => teams.spAs(user);

  beforeAll(async () => {
    teams = await startLocalTeams();
  }, 120_000);
  afterAll(() => teams?.close());

  it('does not let a member who writes themselves in as approver over REST decide, and the sweep puts the approver back with an audit entry', async () => {
    const initiativeId = teams.initiativeIds[0]!;
    const approver = await teams.siteUserId('approver');
    const member = await teams.siteUserId('staff2');
    await as('staff2')
      .web.lists.getByTitle('Insatser')
      .items.getById(initiativeId)
      .update({ ApproverId: member });
    expect((await teams.repos.initiatives.get(initiativeId)).approverId).toBe(member);
    const id = await teams.submit(initiativeId, 'T1');
    const followUp = await teams.repos.followUps.get(id);

    const decided = await teams.api('POST', '/api/approvals/decisions', 'staff2', {
      followUpId: id,
      version: versionFromEtag(followUp.etag),
      decision: 'approved',
      comment: '',
    });
    expect(decided.status).toBe(403);
    expect((await teams.api('GET', '/api/approvals/pending', 'staff2')).body.pending).toEqual([]);
    expect(await teams.repos.published.byInitiative(initiativeId)).toEqual([]);

    const report = await teams.approvals.host.notifier.sweep();
    expect(report.approversRestored).toEqual([initiativeId]);
    expect((await teams.repos.initiatives.get(initiativeId)).approverId).toBe(approver);
    const entry = (await teams.repos.audit.forItem('Initiatives', initiativeId)).find(
      (e) => e.action === 'approverChangeReverted',
    );
    expect(entry?.details).toEqual({ found: member, restored: approver });
    expect((await teams.approvals.host.notifier.sweep()).approversRestored).toEqual([]);
  });

  it('refuses members and readers who ask the app server to name an approver, and changes nothing', async () => {
    const initiativeId = teams.initiativeIds[1]!;
    const before = await teams.repos.approverAssignments.byInitiative(initiativeId);
    for (const user of ['staff', 'approver', 'reader']) {
      const answer = await teams.api('POST', '/api/approvals/approver', user, {
        initiativeId,
        approverId: await teams.siteUserId('staff'),
      });
      expect([user, answer.status]).toEqual([user, 403]);
    }
    expect(await teams.repos.approverAssignments.byInitiative(initiativeId)).toEqual(before);
  });

  it('keeps members from writing the approver list itself over REST', async () => {
    const list = as('staff').web.lists.getByTitle('Godkännare per insats');
    await expect(
      list.items.add({ Title: 'Insats 999', InitiativeId: 999, ApproverId: 7, AssignedById: 7 }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('lets a plan administrator name the approver: audited in their name, and the new approver decides', async () => {
    const initiativeId = teams.initiativeIds[2]!;
    const deputy = await teams.siteUserId('deputy');
    const answer = await teams.api('POST', '/api/approvals/approver', 'admin', {
      initiativeId,
      approverId: deputy,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.initiative).toMatchObject({ id: initiativeId, approverId: deputy });
    expect(await teams.repos.approverAssignments.approverOf(initiativeId)).toBe(deputy);
    const entry = (await teams.repos.audit.forItem('Initiatives', initiativeId)).find(
      (e) => e.action === 'approverAssigned',
    );
    expect(entry).toMatchObject({ actor: 'Maria Ek', source: 'tab' });
    expect(entry!.details['changes']).toEqual([
      expect.objectContaining({ field: 'approverId', after: 'Erik Johansson' }),
    ]);

    const id = await teams.submit(initiativeId, 'T1');
    const followUp = await teams.repos.followUps.get(id);
    const byOldApprover = await teams.api('POST', '/api/approvals/decisions', 'approver', {
      followUpId: id,
      version: versionFromEtag(followUp.etag),
      decision: 'approved',
      comment: '',
    });
    expect(byOldApprover.status).toBe(403);
    const byNewApprover = await teams.api('POST', '/api/approvals/decisions', 'deputy', {
      followUpId: id,
      version: versionFromEtag(followUp.etag),
      decision: 'approved',
      comment: '',
    });
    expect(byNewApprover.status).toBe(201);
  });

  it('tells a plan administrator what is wrong with a name that is not a person of the site, and changes nothing', async () => {
    const initiativeId = teams.initiativeIds[3]!;
    const before = await teams.repos.approverAssignments.byInitiative(initiativeId);
    const unknown = await teams.api('POST', '/api/approvals/approver', 'admin', {
      initiativeId,
      approverId: 99_999,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues[0]).toMatchObject({ path: 'approverId', code: 'unknownUser' });
    const extra = await teams.api('POST', '/api/approvals/approver', 'admin', {
      initiativeId,
      approverId: null,
      note: 'x',
    });
    expect(extra.status).toBe(400);
    expect(await teams.repos.approverAssignments.byInitiative(initiativeId)).toEqual(before);
    expect((await teams.api('GET', '/api/approvals/me', 'admin')).body).toEqual({ administrator: true });
    expect((await teams.api('GET', '/api/approvals/me', 'staff')).body).toEqual({ administrator: false });
  });
});
