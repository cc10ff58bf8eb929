/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire (connector, API), asserted by shape */
/**
 * Issue 15: delegation through the app server as the tab uses it. An approver names a deputy by site user id
 * for a range of Stockholm days; overlapping ranges are refused; the deputy gets the cards of a submission
 * while it lasts, told for whom, and sees it in their pending list; only the approver ends it, and from then
 * on the deputy decides nothing.
 */
import { stockholmDay } from '@devplan/core';
import { cardOf, cardText, startLocalTeams, type LocalTeams } from './local-teams';

describe('deputies named through the app server (issue 15)', () => {
  let teams: LocalTeams;
  beforeAll(async () => {
    teams = await startLocalTeams();
  }, 120_000);
  afterAll(() => teams?.close());

  const today = () => stockholmDay(new Date());
  const inWeek = () => stockholmDay(new Date(Date.now() + 7 * 86_400_000));

  it('names a deputy, refuses an overlap, sends the deputy the card for whom they act, and ends it', async () => {
    const deputyId = await teams.siteUserId('deputy');
    const named = await teams.api('POST', '/api/approvals/delegations', 'approver', {
      deputyId,
      start: today(),
      end: inWeek(),
    });
    expect(named.status).toBe(201);
    expect(named.body).toMatchObject({ deputy: { id: deputyId, name: 'Erik Johansson' }, active: true });

    const overlap = await teams.api('POST', '/api/approvals/delegations', 'approver', {
      deputyId: await teams.siteUserId('staff2'),
      start: inWeek(),
      end: inWeek(),
    });
    expect(overlap.status).toBe(400);
    expect(overlap.body.issues[0]).toMatchObject({ path: 'start', code: 'overlap' });
    expect(await teams.repos.delegations.find()).toHaveLength(1);

    const held = await teams.api('GET', '/api/approvals/delegations', 'deputy');
    expect(held.body).toMatchObject({
      approver: false,
      given: [],
      received: [{ approver: { name: 'Karin Nilsson' }, active: true }],
    });

    const id = await teams.submit(teams.initiativeIds[4]!, 'T1');
    expect((await teams.api('POST', '/api/approvals/notify', 'staff', { followUpId: id })).body).toEqual({
      sent: 2,
    });
    const inbox = (await teams.connector('/_connector/inbox?user=deputy')).body as any[];
    const card = cardOf(inbox.find((m) => cardOf(m)?.refresh?.action.data.followUpId === id));
    expect(cardText(card)).toContain('Du får kortet som ersättare för Karin Nilsson.');
    const pending = await teams.api('GET', '/api/approvals/pending', 'deputy');
    expect(pending.body.pending).toEqual([expect.objectContaining({ id, onBehalfOf: 'Karin Nilsson' })]);
    // What waits and when it is reminded and escalated (the policy's 3 and 6 days from the submission).
    const [waiting] = pending.body.pending;
    const day = 86_400_000;
    expect(Date.parse(waiting.remindAt) - Date.parse(waiting.submittedAt)).toBe(3 * day);
    expect(Date.parse(waiting.escalateAt) - Date.parse(waiting.submittedAt)).toBe(6 * day);

    const byOther = await teams.api('POST', '/api/approvals/delegations/end', 'deputy', {
      id: named.body.id,
      etag: named.body.etag,
    });
    expect(byOther.status).toBe(403);
    // A delegation that does not exist gets the same answer: nothing is revealed about others' deputies.
    const missing = await teams.api('POST', '/api/approvals/delegations/end', 'reader', {
      id: 99_999,
      etag: '"1"',
    });
    expect([missing.status, missing.body.reason]).toEqual([403, byOther.body.reason]);
    const ended = await teams.api('POST', '/api/approvals/delegations/end', 'approver', {
      id: named.body.id,
      etag: named.body.etag,
    });
    expect(ended.status).toBe(200);
    expect((await teams.api('GET', '/api/approvals/pending', 'deputy')).body.pending).toEqual([]);
    const actions = (await teams.repos.audit.find())
      .filter((e) => e.listName === 'Delegations')
      .map((e) => e.action);
    expect(actions.sort()).toEqual(['delegate', 'delegationEnded']);
  });
});
