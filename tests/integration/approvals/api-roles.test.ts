/**
 * Issue 14, defect 5: every route of the app's API checks the caller's role on the server. A reader (or any
 * signed-in person without the role) gets 403 on every write and nothing is written; the audit route answers a
 * reader the same for an item that exists and one that does not, so it reveals no draft ids.
 */
import { spfi } from '@pnp/sp/index.js';
import { API_AUDIENCE, startLocalStack, type LocalStack } from '@devplan/local-stack';
import { createRepositories, PlanSite, TokenAuthenticated } from '@devplan/sharepoint';
import { startLocalTeams, type LocalTeams } from './local-teams';

describe('the API checks roles on the server (issue 14, defect 5)', () => {
  let teams: LocalTeams;

  beforeAll(async () => {
    teams = await startLocalTeams();
  }, 120_000);
  afterAll(() => teams?.close());

  const deputyOid = () => teams.approvals.connector.user('deputy').oid;

  it('refuses a reader naming a deputy, and writes no delegation', async () => {
    const answer = await teams.api('POST', '/api/approvals/delegations', 'reader', {
      deputyObjectId: deputyOid(),
      start: '2026-06-01',
      end: '2026-06-30',
    });
    expect(answer.status).toBe(403);
    expect(answer.body.reason.sv).toMatch(/ersättare/);
    expect(await teams.repos.delegations.find()).toEqual([]);
  });

  it('refuses a member who approves nothing naming a deputy', async () => {
    const answer = await teams.api('POST', '/api/approvals/delegations', 'staff2', {
      deputyObjectId: deputyOid(),
      start: '2026-06-01',
      end: '2026-06-30',
    });
    expect(answer.status).toBe(403);
    expect(await teams.repos.delegations.find()).toEqual([]);
  });

  it('refuses an approver naming themselves as deputy, and lets them name someone else', async () => {
    const self = await teams.api('POST', '/api/approvals/delegations', 'approver', {
      deputyObjectId: teams.approvals.connector.user('approver').oid,
      start: '2026-06-01',
      end: '2026-06-30',
    });
    expect(self.status).toBe(400);
    expect(self.body.issues[0].code).toBe('selfDelegation');
    expect(await teams.repos.delegations.find()).toEqual([]);
    const named = await teams.api('POST', '/api/approvals/delegations', 'approver', {
      deputyObjectId: deputyOid(),
      start: '2026-06-01',
      end: '2026-06-30',
    });
    expect(named.status).toBe(201);
  });

  it('refuses a reader asking for an approval card', async () => {
    const id = await teams.submit(teams.initiativeIds[0]!, 'T1');
    const before = (await teams.repos.approvalCards.find()).length;
    const answer = await teams.api('POST', '/api/approvals/notify', 'reader', { followUpId: id });
    expect(answer.status).toBe(403);
    expect((await teams.repos.approvalCards.find()).length).toBe(before);
  });
});

describe('the audit route checks roles on the server (issue 14, defect 5)', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startLocalStack({ spPort: 0, appPort: 0, dbFile: ':memory:', approvalSweepSeconds: 0 });
  }, 120_000);
  afterAll(() => stack?.close());

  const post = async (user: string, body: unknown) => {
    const token = await stack.emulator.issueToken(user, API_AUDIENCE);
    const response = await fetch(`${stack.app.url}/api/audit/changes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it('refuses a reader, with the same answer whether the item exists or not, and writes nothing', async () => {
    const staff = createRepositories(
      new PlanSite(
        spfi(stack.emulator.siteUrl).using(TokenAuthenticated(() => stack.emulator.issueToken('staff'), 2)),
        stack.emulator.siteUrl,
      ),
    );
    const plan = (await staff.plans.byYear(2026))!;
    const initiative = (await staff.initiatives.byPlan(plan.id))[0]!;
    const draft = await staff.followUps.add({
      planId: plan.id,
      initiativeId: initiative.id,
      periodYear: 2026,
      period: 'T2',
      status: 'onTrack',
      progress: 10,
      summary: 'Ett utkast som läsare inte ser.',
    });
    const entries = async () => (await createRepositories(stack.site).audit.find()).length;
    const before = await entries();
    const existing = await post('reader', { list: 'FollowUps', itemId: draft.id, baseline: true });
    const missing = await post('reader', { list: 'FollowUps', itemId: 999_999, baseline: true });
    expect([existing.status, missing.status]).toEqual([403, 403]);
    expect(existing.body).toEqual(missing.body);
    expect(await entries()).toBe(before);
    // A member is still heard.
    expect((await post('staff', { list: 'FollowUps', itemId: draft.id, baseline: true })).status).toBe(201);
  });
});
