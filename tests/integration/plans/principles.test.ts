/**
 * Issue 13: the follow-up of the principles per administration. A plan administrator opens a round; members give
 * their administration's self-assessment per principle while it is open; the service committee's matrix
 * administrations × principles shows what is given and what is missing, and goes into the committee report.
 * Everything through the app server over HTTP, against the emulator; the lists are written by the app only.
 */
import '@pnp/sp/webs/index.js';
import '@pnp/sp/lists/index.js';
import '@pnp/sp/items/index.js';
import { strFromU8, unzipSync } from 'fflate';
import { newCreateKey, planPrincipleMatrix, type PrincipleAssessment } from '@devplan/core';
import { PlanSite, ReportLibrary, versionFromEtag } from '@devplan/sharepoint';
import { docxTextInLibreOffice } from '../../support/libreoffice';
import { startLocalTeams, type LocalTeams } from '../approvals/local-teams';

const [OMTANKE, VARDE, BEHOV, SAMARBETE] = [
  'Digitalisering med omtanke',
  'Skapa värde på nya sätt',
  'Människors behov i centrum',
  'Samarbete över gränserna',
];

describe('the follow-up of the principles per administration (issue 13)', () => {
  let teams: LocalTeams;
  let roundId: number;

  beforeAll(async () => {
    teams = await startLocalTeams();
  }, 120_000);
  afterAll(() => teams?.close());

  const open = (user: string, label: string, createKey = newCreateKey()) =>
    teams.api('POST', '/api/principles/rounds', user, { planId: teams.planId, label, createKey });
  const assess = (
    user: string,
    administration: string,
    principle: string,
    level: PrincipleAssessment['level'],
    more: { comment?: string; etag?: string | null; createKey?: string } = {},
  ) =>
    teams.api('POST', '/api/principles/assessments', user, {
      roundId,
      administration,
      principle,
      level,
      comment: more.comment ?? `${administration}: ${principle}.`,
      etag: more.etag ?? null,
      createKey: more.createKey ?? newCreateKey(),
    });
  /** The matrix of the round as a member reads it, with their own token. */
  const matrixAsStaff = async () => {
    const staff = teams.reposAs('staff');
    const [plan, initiatives, assessments] = await Promise.all([
      staff.plans.get(teams.planId),
      staff.initiatives.byPlan(teams.planId),
      staff.principleAssessments.byRound(roundId),
    ]);
    return planPrincipleMatrix(plan, initiatives, assessments);
  };

  it('refuses a reader and a member who ask to open a round, and writes nothing', async () => {
    for (const user of ['reader', 'staff', 'approver']) {
      const answer = await open(user, 'T2 2026');
      expect([user, answer.status, answer.body.code]).toEqual([user, 403, 'forbidden']);
      expect(answer.body.reason.sv).toContain('Bara planadministratörer');
      expect(answer.body.reason.en).toContain('Only plan administrators');
    }
    expect(await teams.repos.principleRounds.byPlan(teams.planId)).toEqual([]);
  });

  it('opens a round for the plan administrator, once, and refuses a second round while it is open', async () => {
    const createKey = newCreateKey();
    const first = await open('admin', 'T2 2026', createKey);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'opened', round: { label: 'T2 2026', state: 'open' } });
    roundId = first.body.round.id;
    const again = await open('admin', 'T2 2026', createKey);
    expect([again.status, again.body.status, again.body.round.id]).toEqual([200, 'repeated', roundId]);
    const other = await open('admin', 'T3 2026');
    expect([other.status, other.body.code]).toEqual([409, 'round-open']);
    expect(other.body.reason.sv).toContain('Omgången T2 2026 är redan öppen');
    expect((await teams.repos.principleRounds.byPlan(teams.planId)).map((r) => r.label)).toEqual(['T2 2026']);
    const audit = await teams.repos.audit.forItem('PrincipleRounds', roundId);
    expect(audit.map((e) => [e.action, e.actor])).toEqual([['principleRoundOpened', 'Maria Ek']]);
  });

  it('takes two administrations’ assessments from two members; the matrix shows them and what is missing', async () => {
    for (const principle of [OMTANKE, VARDE, BEHOV, SAMARBETE]) {
      const answer = await assess('staff', 'Förskolenämnden', principle, 'established');
      expect([principle, answer.status, answer.body.status]).toEqual([principle, 201, 'created']);
    }
    expect((await assess('staff2', 'Kulturnämnden', OMTANKE, 'integrated')).status).toBe(201);
    expect((await assess('staff2', 'kulturnämnden', 'skapa värde på nya sätt', 'started')).status).toBe(201);

    const matrix = await matrixAsStaff();
    // No initiative of the 2026 plan names administrations: the committees the decision was sent to.
    expect(matrix.administrations).toHaveLength(14);
    expect(matrix.principles).toEqual([OMTANKE, VARDE, BEHOV, SAMARBETE]);
    expect([matrix.filled, matrix.total]).toEqual([6, 56]);
    const row = (name: string) => matrix.rows.find((r) => r.administration === name)!;
    expect(row('Förskolenämnden').cells.map((c) => c.assessment?.level)).toEqual(
      Array(4).fill('established'),
    );
    expect(row('Kulturnämnden').cells.map((c) => c.assessment?.level ?? null)).toEqual([
      'integrated',
      'started',
      null,
      null,
    ]);
    expect(row('Kulturnämnden').missing).toEqual([BEHOV, SAMARBETE]);
    expect(matrix.complete).toEqual(['Förskolenämnden']);
    expect(matrix.notStarted).toHaveLength(12);
    expect(matrix.notStarted).toContain('Grundskolenämnden');
    // Written by the app in the member's name, as the plan writes the names, and audited in it.
    const kultur = row('Kulturnämnden').cells[1]!.assessment!;
    expect(kultur).toMatchObject({ administration: 'Kulturnämnden', principle: VARDE });
    expect(kultur.assessedBy?.title).toBe('Omar Haddad');
    const audit = await teams.repos.audit.forItem('PrincipleAssessments', kultur.id);
    expect(audit.map((e) => [e.action, e.actor, e.details['level']])).toEqual([
      ['principleAssessed', 'Omar Haddad', 'started'],
    ]);
  });

  it('writes a retried create once, and refuses the same key for another principle', async () => {
    const createKey = newCreateKey();
    const first = await assess('staff2', 'Kulturnämnden', BEHOV, 'started', { createKey });
    const retry = await assess('staff2', 'Kulturnämnden', BEHOV, 'started', { createKey });
    expect([first.status, first.body.status]).toEqual([201, 'created']);
    expect([retry.status, retry.body.status, retry.body.assessment.id]).toEqual([
      200,
      'repeated',
      first.body.assessment.id,
    ]);
    const stored = (await teams.repos.principleAssessments.byRound(roundId)).filter(
      (a) => a.administration === 'Kulturnämnden' && a.principle === BEHOV,
    );
    expect(stored).toHaveLength(1);
    expect(await teams.repos.audit.forItem('PrincipleAssessments', stored[0]!.id)).toHaveLength(1);
    const reused = await assess('staff2', 'Kulturnämnden', SAMARBETE, 'started', { createKey });
    expect([reused.status, reused.body.issues[0].path]).toEqual([400, 'createKey']);
  });

  it('changes an assessment at the ETag read, and refuses a stale or blind change (409), writing nothing', async () => {
    const matrix = await matrixAsStaff();
    const read = matrix.rows.find((r) => r.administration === 'Förskolenämnden')!.cells[0]!.assessment!;
    const changed = await assess('staff2', 'Förskolenämnden', OMTANKE, 'integrated', {
      etag: read.etag,
      comment: 'Omtanke i varje upphandling.',
    });
    expect([changed.status, changed.body.status, changed.body.assessment.level]).toEqual([
      200,
      'changed',
      'integrated',
    ]);
    // The same change again (its answer lost): nothing more is written.
    const again = await assess('staff2', 'Förskolenämnden', OMTANKE, 'integrated', {
      etag: read.etag,
      comment: 'Omtanke i varje upphandling.',
    });
    expect([again.status, again.body.status]).toEqual([200, 'repeated']);
    const stale = await assess('staff', 'Förskolenämnden', OMTANKE, 'started', { etag: read.etag });
    expect([stale.status, stale.body.code]).toEqual([409, 'concurrency']);
    expect(stale.body.reason.sv).toContain('har sparats av någon annan');
    const blind = await assess('staff', 'Förskolenämnden', OMTANKE, 'started');
    expect(blind.status).toBe(409);
    const now = await teams.repos.principleAssessments.get(read.id);
    expect([now.level, versionFromEtag(now.etag)]).toEqual(['integrated', versionFromEtag(read.etag) + 1]);
    // Two members giving the same administration's assessment of a principle at once: one is stored.
    const race = await Promise.all([
      assess('staff', 'Grundskolenämnden', OMTANKE, 'started'),
      assess('staff2', 'Grundskolenämnden', OMTANKE, 'established'),
    ]);
    expect(race.map((a) => a.status).sort()).toEqual([201, 409]);
    const grundskola = (await teams.repos.principleAssessments.byRound(roundId)).filter(
      (a) => a.administration === 'Grundskolenämnden',
    );
    expect(grundskola).toHaveLength(1);
  });

  it('refuses a reader’s assessment, and names the plan does not have, writing nothing', async () => {
    const before = (await teams.repos.principleAssessments.byRound(roundId)).length;
    const reader = await assess('reader', 'Miljönämnden', OMTANKE, 'started');
    expect([reader.status, reader.body.reason.sv]).toEqual([
      403,
      'Bara medlemmar på planens webbplats kan lämna förvaltningarnas självskattningar. Inget har sparats.',
    ]);
    const unknown = await assess('staff', 'Nöjesnämnden', 'Snabbhet', 'started');
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues.map((i: { path: string }) => i.path)).toEqual(['administration', 'principle']);
    const badLevel = await assess('staff', 'Miljönämnden', OMTANKE, 'excellent' as never);
    expect([badLevel.status, badLevel.body.issues[0].path]).toEqual([400, 'level']);
    expect(await teams.repos.principleAssessments.byRound(roundId)).toHaveLength(before);
  });

  it('keeps members from writing the lists over REST, and readers from reading them', async () => {
    const staff = teams.spAs('staff').web.lists;
    await expect(
      staff.getByTitle('Självskattningar mot principerna').items.add({
        Title: 'Förfalskad',
        PlanId: teams.planId,
        RoundId: roundId,
        Administration: 'Valnämnden',
        Principle: OMTANKE,
        PrincipleLevel: 'integrated',
        AssessedAt: new Date().toISOString(),
        UniqueKey: 'forged',
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      staff.getByTitle('Principuppföljningar').items.getById(roundId).update({ RoundState: 'closed' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(teams.reposAs('reader').principleRounds.byPlan(teams.planId)).rejects.toMatchObject({
      status: 403,
    });
    expect((await teams.repos.principleRounds.get(roundId)).state).toBe('open');
  });

  it('puts the latest round’s matrix into the committee report of a closed period, readable in LibreOffice', async () => {
    const followUpId = await teams.submit(teams.initiativeIds[0]!, 'T2');
    const followUp = await teams.repos.followUps.get(followUpId);
    const decided = await teams.api('POST', '/api/approvals/decisions', 'approver', {
      followUpId,
      version: versionFromEtag(followUp.etag),
      decision: 'approved',
      comment: '',
    });
    expect(decided.status).toBe(201);
    const closed = await teams.api('POST', '/api/reports/close', 'admin', {
      planId: teams.planId,
      periodYear: 2026,
      period: 'T2',
    });
    expect(closed.status).toBe(201);
    const report = closed.body.files.find((f: { kind: string }) => f.kind === 'report');
    const library = new ReportLibrary(new PlanSite(teams.spAs('staff'), teams.emulator.siteUrl));
    const bytes = Buffer.from(await library.download(report.serverRelativeUrl));
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toContain('Principerna i förvaltningarna');
    expect(xml).toContain('omgång T2 2026 (öppen)');

    const text = docxTextInLibreOffice(bytes);
    expect(text).toContain('Principerna i förvaltningarna');
    expect(text).toContain('8 av 56 skattningar är lämnade.');
    for (const cell of ['Förskolenämnden', '4 Fullt integrerat', '3 Etablerat', '2 Påbörjat', 'Saknas'])
      expect([cell, text.includes(cell)]).toEqual([cell, true]);
    expect(text).toContain('Förskolenämnden, Digitalisering med omtanke: Omtanke i varje upphandling.');
  }, 180_000);

  it('closes the round for the plan administrator only; then refuses assessments and frees the plan for the next', async () => {
    const round = await teams.repos.principleRounds.get(roundId);
    const byMember = await teams.api('POST', '/api/principles/rounds/close', 'staff', {
      roundId,
      etag: round.etag,
    });
    expect(byMember.status).toBe(403);
    const closed = await teams.api('POST', '/api/principles/rounds/close', 'admin', {
      roundId,
      etag: round.etag,
    });
    expect([closed.status, closed.body.status, closed.body.round.state]).toEqual([200, 'closed', 'closed']);

    const after = await assess('staff', 'Miljönämnden', OMTANKE, 'started');
    expect([after.status, after.body.code]).toEqual([409, 'round-closed']);
    expect(after.body.reason.sv).toBe(
      'Omgången T2 2026 är stängd och tar inte emot fler självskattningar. Inget har sparats.',
    );
    expect(after.body.reason.en).toContain('The round T2 2026 is closed');
    expect((await matrixAsStaff()).filled).toBe(8);

    expect((await open('admin', 'T2 2026')).body.code).toBe('round-label-taken');
    const next = await open('admin', 'T3 2026');
    expect(next.status).toBe(201);
    const audit = await teams.repos.audit.forItem('PrincipleRounds', roundId);
    expect(audit.map((e) => e.action)).toEqual(['principleRoundOpened', 'principleRoundClosed']);
  });
});
