/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire (connector), asserted by shape */
/**
 * Issue 14, defect 4: the sweep set a draft whose State a member had written to `approved` over REST to
 * `submitted`, a submission with no submitter that skipped the submission checks. The sweep now restores a
 * tampered follow-up to the last state the app recorded (its decisions and the submissions it accepted), and a
 * State of `submitted` written over REST is set back instead of being sent to the approver.
 */
import '@pnp/sp/webs/index.js';
import '@pnp/sp/lists/index.js';
import '@pnp/sp/items/index.js';
import { startLocalTeams, type LocalTeams } from './local-teams';

describe('a follow-up whose State a member wrote over REST (issue 14, defect 4)', () => {
  let teams: LocalTeams;

  beforeAll(async () => {
    teams = await startLocalTeams();
  }, 120_000);
  afterAll(() => teams?.close());

  /** Writes columns of a follow-up as the member `staff` would over REST, past the tab. */
  const writeOverRest = (id: number, fields: Record<string, unknown>) =>
    teams.spAs('staff').web.lists.getByTitle('Uppföljningar').items.getById(id).update(fields);
  const staff = () => teams.reposAs('staff');
  const draftOf = async (initiativeId: number, summary = 'Utkast.') =>
    staff().followUps.add({
      planId: teams.planId,
      initiativeId,
      periodYear: 2026,
      period: 'T1',
      status: 'onTrack',
      progress: 20,
      summary,
    });
  const auditOf = async (id: number) =>
    (await teams.repos.audit.forItem('FollowUps', id)).map((e) => e.action);
  const cardsFor = async (id: number) =>
    ((await teams.connector('/_connector/inbox?user=approver')).body as any[]).filter(
      (m) => m.activity.attachments?.[0]?.content?.refresh?.action?.data?.followUpId === id,
    );

  it('sets a draft marked approved back to draft, never to submitted, and publishes nothing', async () => {
    const draft = await draftOf(teams.initiativeIds[0]!);
    await writeOverRest(draft.id, { State: 'approved' });

    const report = await teams.approvals.host.notifier.sweep();

    expect(report.reverted).toContain(draft.id);
    expect(await teams.repos.followUps.get(draft.id)).toMatchObject({
      state: 'draft',
      submittedById: null,
      submittedAt: null,
    });
    expect(await auditOf(draft.id)).toEqual(['unbackedApprovalReverted']);
    const [entry] = await teams.repos.audit.forItem('FollowUps', draft.id);
    expect(entry!.details).toMatchObject({ restoredTo: 'draft' });
    expect(await teams.repos.published.byInitiative(teams.initiativeIds[0]!)).toEqual([]);
    expect(await cardsFor(draft.id)).toEqual([]);
  });

  it('sets a follow-up that was sent back and then marked approved back to sent back', async () => {
    const id = await teams.submit(teams.initiativeIds[1]!, 'T1');
    await teams.approvals.host.notifier.sweep();
    const version = Number(/\d+/.exec((await teams.repos.followUps.get(id)).etag)![0]);
    const sentBack = await teams.api('POST', '/api/approvals/decisions', 'approver', {
      followUpId: id,
      version,
      decision: 'sentBack',
      comment: 'Beskriv effekterna.',
    });
    expect(sentBack.status).toBe(201);
    await writeOverRest(id, { State: 'approved' });

    await teams.approvals.host.notifier.sweep();

    expect((await teams.repos.followUps.get(id)).state).toBe('sentBack');
    expect(await teams.repos.published.byInitiative(teams.initiativeIds[1]!)).toEqual([]);
  });

  it('keeps a submission the app accepted waiting when someone marks it approved', async () => {
    const id = await teams.submit(teams.initiativeIds[2]!, 'T1');
    await teams.approvals.host.notifier.sweep();
    await writeOverRest(id, { State: 'approved' });

    await teams.approvals.host.notifier.sweep();

    expect((await teams.repos.followUps.get(id)).state).toBe('submitted');
  });

  it('does not pass on a State of submitted written over REST on an incomplete draft: it is set back and no card is sent', async () => {
    const draft = await draftOf(teams.initiativeIds[3]!, '');
    await writeOverRest(draft.id, { State: 'submitted' });

    const report = await teams.approvals.host.notifier.sweep();

    expect(report.requested).not.toContain(draft.id);
    expect(report.reverted).toContain(draft.id);
    expect((await teams.repos.followUps.get(draft.id)).state).toBe('draft');
    expect(await auditOf(draft.id)).toEqual(['invalidSubmissionReverted']);
    expect(await cardsFor(draft.id)).toEqual([]);
  });

  it('does not pass on a submission naming someone else as the submitter than the person who wrote it', async () => {
    const draft = await draftOf(teams.initiativeIds[4]!, 'Fullständigt innehåll.');
    const someoneElse = await teams.siteUserId('staff2');
    await writeOverRest(draft.id, {
      State: 'submitted',
      SubmittedById: someoneElse,
      SubmittedAt: new Date().toISOString(),
    });

    const report = await teams.approvals.host.notifier.sweep();

    expect(report.requested).not.toContain(draft.id);
    expect(await teams.repos.followUps.get(draft.id)).toMatchObject({ state: 'draft', submittedById: null });
  });
});
