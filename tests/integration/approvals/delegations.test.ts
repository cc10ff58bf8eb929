/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire (connector, API), asserted by shape */
/**
 * Issue 15: delegation through the app server as the tab uses it. An approver names a deputy by site user id
 * for a range of Stockholm days; overlapping ranges are refused; the deputy gets the cards of a submission
 * while it lasts, told for whom, and sees it in their pending list; only the approver ends it, and from then
 * on the deputy decides nothing. A plan administrator names and ends deputies for any approver by the same rules.
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

  it('lets a plan administrator name and end a deputy for an approver, by the same rules, audited in their name', async () => {
    const karin = await teams.siteUserId('approver');
    const deputyId = await teams.siteUserId('deputy');
    const staff = await teams.siteUserId('staff');
    const delegationsOf = async () => teams.repos.delegations.byApprover(karin);
    expect(await delegationsOf()).toEqual([]);

    // Not an administrator: one answer whether or not the approver exists, and nothing read or stored.
    const refusals: { status: number; body: any }[] = [];
    for (const approverId of [karin, 99_999]) {
      refusals.push(
        await teams.api('GET', `/api/approvals/delegations?approverId=${approverId}`, 'staff2'),
        await teams.api('POST', '/api/approvals/delegations', 'staff2', {
          deputyId,
          start: today(),
          end: inWeek(),
          approverId,
        }),
        await teams.api('POST', '/api/approvals/delegations/end', 'staff2', {
          id: 1,
          etag: '"1"',
          approverId,
        }),
      );
    }
    expect(refusals.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
    expect(new Set(refusals.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(refusals[0]!.body.reason.sv).toContain('Bara en planadministratör');
    expect(await delegationsOf()).toEqual([]);
    // Only administrators are told who the approvers are.
    expect((await teams.api('GET', '/api/approvals/delegations', 'approver')).body.approvers).toBeUndefined();

    const mine = await teams.api('GET', '/api/approvals/delegations', 'admin');
    expect(mine.body).toMatchObject({ approver: false, approvers: [{ id: karin, name: 'Karin Nilsson' }] });

    const forKarin = (body: Record<string, unknown>) =>
      teams.api('POST', '/api/approvals/delegations', 'admin', {
        deputyId,
        start: today(),
        end: inWeek(),
        approverId: karin,
        ...body,
      });
    const self = await forKarin({ deputyId: karin });
    expect([self.status, self.body.issues[0].code]).toEqual([400, 'selfDelegation']);
    expect(self.body.issues[0].message.sv).toBe(
      'En godkännare kan inte vara sin egen ersättare. Inget har sparats.',
    );
    const notApprover = await forKarin({ approverId: staff });
    expect([notApprover.status, notApprover.body.issues[0]]).toEqual([
      400,
      expect.objectContaining({ path: 'approverId', code: 'notAnApprover' }),
    ]);
    const named = await forKarin({});
    expect(named.status).toBe(201);
    expect(named.body).toMatchObject({ approver: { id: karin }, deputy: { id: deputyId }, active: true });
    const overlap = await forKarin({ deputyId: await teams.siteUserId('staff2') });
    expect([overlap.status, overlap.body.issues[0].code]).toEqual([400, 'overlap']);
    expect(overlap.body.issues[0].message.en).toContain('The approver already has a deputy');
    expect(await delegationsOf()).toHaveLength(1);

    // The administrator and the approver both see it.
    const theirs = await teams.api('GET', `/api/approvals/delegations?approverId=${karin}`, 'admin');
    expect(theirs.body).toMatchObject({ approver: true, given: [{ id: named.body.id }] });
    expect(theirs.body.approvers).toBeUndefined();
    expect((await teams.api('GET', '/api/approvals/delegations', 'approver')).body.given).toEqual([
      expect.objectContaining({ id: named.body.id, deputy: { id: deputyId, name: 'Erik Johansson' } }),
    ]);

    // Ending it names the approver: someone else's delegation is not theirs to end.
    const wrong = await teams.api('POST', '/api/approvals/delegations/end', 'admin', {
      id: named.body.id,
      etag: named.body.etag,
      approverId: staff,
    });
    expect(wrong.status).toBe(403);
    const ended = await teams.api('POST', '/api/approvals/delegations/end', 'admin', {
      id: named.body.id,
      etag: named.body.etag,
      approverId: karin,
    });
    expect(ended.status).toBe(200);
    expect(await delegationsOf()).toEqual([]);

    const audited = (await teams.repos.audit.forItem('Delegations', named.body.id)).map((e) => ({
      action: e.action,
      actor: e.actor,
      details: e.details,
    }));
    expect(audited).toEqual([
      {
        action: 'delegate',
        actor: 'Maria Ek',
        details: expect.objectContaining({
          approverId: karin,
          approver: 'Karin Nilsson',
          byAdministrator: true,
        }),
      },
      {
        action: 'delegationEnded',
        actor: 'Maria Ek',
        details: expect.objectContaining({
          approverId: karin,
          approver: 'Karin Nilsson',
          byAdministrator: true,
        }),
      },
    ]);
  });
});
