/**
 * Issue 14, defect 3: a site owner could write ApprovalDecisions and PublishedFollowUps directly (an owner
 * can always regain write access in SharePoint), readers then saw the forged publication, and the sweep did
 * not notice a publication without a decision behind it. Every decision and publication the app writes now
 * carries its seal (ECDSA P-256 over the content, with a key only the app server holds; the public key is a
 * tenant property only SharePoint administrators write). Readers show only what verifies; the sweep records
 * and removes what does not; a forged record never stands in for a real one.
 */
import '@pnp/sp/webs/index.js';
import '@pnp/sp/lists/index.js';
import '@pnp/sp/items/index.js';
import { PlanSite, versionFromEtag } from '@devplan/sharepoint';
import { planSourceFrom } from '@devplan/sharepoint/reader';
import { DecisionService } from '@devplan/server/approvals';
import { startLocalTeams, type LocalTeams } from './local-teams';

describe('decisions and publications nobody but the app can forge (issue 14, defect 3)', () => {
  let teams: LocalTeams;
  const as = (user: string) => teams.spAs(user);
  const readAsReader = () => planSourceFrom(new PlanSite(as('reader'), teams.emulator.siteUrl)).load(2026);

  beforeAll(async () => {
    teams = await startLocalTeams();
  }, 120_000);
  afterAll(() => teams?.close());

  it('keeps a publication a site owner wrote over REST off the intranet, and the sweep records and removes it', async () => {
    const initiativeId = teams.initiativeIds[0]!;
    const forged = await as('admin')
      .web.lists.getByTitle('Publicerade uppföljningar')
      .items.add({
        Title: 'Förfalskad',
        PlanId: teams.planId,
        InitiativeId: initiativeId,
        FollowUpId: 777_001,
        PeriodYear: 2026,
        Period: 'T1',
        PlanPeriod: `${teams.planId}:2026-T1`,
        FollowUpStatus: 'done',
        Progress: 100,
        Summary: 'Allt är klart (förfalskat).',
        ApprovedById: await teams.siteUserId('approver'),
        ApprovedAt: '2026-05-04T09:00:00Z',
        Seal: 'local-1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      });
    const forgedId = Number((forged as { Id?: number; ID?: number }).Id ?? (forged as { ID?: number }).ID);

    const view = (await readAsReader())!;
    expect(view.published.map((p) => p.summary)).not.toContain('Allt är klart (förfalskat).');
    expect(view.unverifiedPublications).toBe(1);

    const report = await teams.approvals.host.notifier.sweep();
    expect(report.forgedRemoved).toEqual([`PublishedFollowUps:${forgedId}`]);
    expect(await teams.repos.published.find({ filter: 'FollowUpId eq 777001' })).toEqual([]);
    const [entry] = await teams.repos.audit.forItem('PublishedFollowUps', forgedId);
    expect(entry).toMatchObject({ action: 'forgedPublicationRemoved', actor: 'app' });
    expect(entry!.details['found']).toMatchObject({
      summary: 'Allt är klart (förfalskat).',
      followUpId: 777_001,
    });
    expect((await teams.approvals.host.notifier.sweep()).forgedRemoved).toEqual([]);
  });

  it('does not take a forged decision for a real one: the approver still decides, and the app publishes over a forged copy', async () => {
    const initiativeId = teams.initiativeIds[1]!;
    const id = await teams.submit(initiativeId, 'T1');
    const followUp = await teams.repos.followUps.get(id);
    const owner = as('admin');
    // The owner writes an approving decision on the submitted version and a publication of their own text.
    await owner.web.lists.getByTitle('Godkännandebeslut').items.add({
      Title: `approved ${id}`,
      FollowUpId: id,
      Decision: 'approved',
      DecidedById: await teams.siteUserId('admin'),
      DecidedAt: '2026-05-04T09:00:00Z',
      FollowUpVersion: versionFromEtag(followUp.etag),
      DecisionKey: `${id}@${versionFromEtag(followUp.etag)}`,
    });
    await owner.web.lists.getByTitle('Publicerade uppföljningar').items.add({
      Title: 'Förfalskad',
      PlanId: teams.planId,
      InitiativeId: initiativeId,
      FollowUpId: id,
      PeriodYear: 2026,
      Period: 'T1',
      PlanPeriod: `${teams.planId}:2026-T1`,
      FollowUpStatus: 'done',
      Progress: 100,
      Summary: 'Förfalskad text.',
      ApprovedById: await teams.siteUserId('admin'),
      ApprovedAt: '2026-05-04T09:00:00Z',
    });

    const decided = await teams.api('POST', '/api/approvals/decisions', 'approver', {
      followUpId: id,
      version: versionFromEtag(followUp.etag),
      decision: 'approved',
      comment: 'Bra.',
    });
    expect(decided.status).toBe(201);
    // Answered when recorded; published by the completion queue.
    await teams.approvals.host.notifier.completions.idle();
    const decisions = await teams.repos.approvalDecisions.byFollowUp(id);
    expect(decisions).toEqual([expect.objectContaining({ decidedById: await teams.siteUserId('approver') })]);
    const published = await teams.repos.published.find({ filter: `FollowUpId eq ${id}` });
    expect(published).toEqual([expect.objectContaining({ summary: followUp.summary })]);
    expect((await readAsReader())!.published.map((p) => p.followUpId)).toContain(id);
    const actions = (await teams.repos.audit.find())
      .filter((e) => e.details['followUpId'] === id)
      .map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['forgedDecisionRemoved', 'forgedPublicationRemoved']));
  });

  it('seals what the app writes so that changing a sealed publication afterwards breaks its seal', async () => {
    const initiativeId = teams.initiativeIds[2]!;
    const id = await teams.submit(initiativeId, 'T1');
    const followUp = await teams.repos.followUps.get(id);
    await teams.api('POST', '/api/approvals/decisions', 'approver', {
      followUpId: id,
      version: versionFromEtag(followUp.etag),
      decision: 'approved',
      comment: '',
    });
    await teams.approvals.host.notifier.completions.idle();
    const [copy] = await teams.repos.published.find({ filter: `FollowUpId eq ${id}` });
    expect(copy!.seal).toMatch(/^local-\d+\.[A-Za-z0-9_-]{80,}$/);
    expect((await readAsReader())!.published.map((p) => p.followUpId)).toContain(id);

    await as('admin')
      .web.lists.getByTitle('Publicerade uppföljningar')
      .items.getById(copy!.id)
      .update({ Progress: 100 });
    expect((await readAsReader())!.published.map((p) => p.followUpId)).not.toContain(id);
    expect((await teams.approvals.host.notifier.sweep()).forgedRemoved).toEqual([
      `PublishedFollowUps:${copy!.id}`,
    ]);
  });

  it('seals once, instead of removing, what a release without seals wrote before the upgrade', async () => {
    const initiativeId = teams.initiativeIds[3]!;
    const legacy = await teams.repos.published.add({
      planId: teams.planId,
      initiativeId,
      followUpId: 777_100,
      periodYear: 2026,
      period: 'T1',
      status: 'onTrack',
      progress: 30,
      summary: 'Publicerad före sigillen.',
      risks: '',
      nextSteps: '',
      effectsSeen: '',
      approvedById: await teams.siteUserId('approver'),
      approvedAt: '2026-05-04T09:00:00Z',
      decisionComment: '',
      seal: '',
    });
    const upgraded = new DecisionService(
      teams.repos,
      () => new Date(),
      teams.approvals.sealer,
      new Date(Date.now() + 60_000),
    );
    expect(await upgraded.removeForgedRecords()).toEqual([]);
    const sealed = await teams.repos.published.get(legacy.id);
    expect(sealed.seal).toMatch(/^local-\d+\./);
    expect((await readAsReader())!.published.map((p) => p.followUpId)).toContain(777_100);
    expect((await teams.repos.audit.forItem('PublishedFollowUps', legacy.id)).map((e) => e.action)).toEqual([
      'legacySealed',
    ]);
  });
});
