/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire (connector, bot), asserted by shape */
import { EntraTokenValidator } from '@devplan/server/auth';
import { API_AUDIENCE } from '@devplan/local-stack';
import { importPlan, PLAN_2026 } from '@devplan/sharepoint/seed';
import { cardOf, cardText, startLocalTeams, type LocalTeams } from './local-teams';

describe('reminders and escalation, with a controllable clock', () => {
  let teams: LocalTeams;
  const cardsOf = async (user: string, followUpId: number) =>
    ((await teams.connector(`/_connector/inbox?user=${user}`)).body as any[]).filter(
      (m) => cardOf(m)?.refresh?.action.data.followUpId === followUpId,
    );
  const sweepOn = async (day: number) => {
    teams.clock.offsetDays = day;
    return teams.approvals.host.notifier.sweep();
  };

  beforeAll(async () => {
    teams = await startLocalTeams({ remindAfterDays: 3, escalateAfterDays: 6, ownerReminderDaysBefore: 7 });
  }, 120_000);
  afterAll(() => teams?.close());

  it('re-sends a pending approval to the approver after 3 days, then escalates to the deputy after 6', async () => {
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    await teams.repos.delegations.add({
      approverId: await teams.siteUserId('approver'),
      deputyId: await teams.siteUserId('deputy'),
      start: day(5),
      end: day(20),
    });
    const id = await teams.submit(teams.initiativeIds[0]!, 'T2');

    expect((await sweepOn(0)).requested).toEqual([id]);
    expect(await cardsOf('approver', id)).toHaveLength(1);
    expect(await cardsOf('deputy', id)).toHaveLength(0);

    expect((await sweepOn(2)).reminded).toEqual([]);
    expect((await sweepOn(3)).reminded).toEqual([id]);
    const reminded = await cardsOf('approver', id);
    expect(reminded).toHaveLength(2);
    expect(cardText(cardOf(reminded[0]))).toContain('Påminnelse: uppföljningen har väntat på beslut sedan');
    expect((await sweepOn(4)).reminded).toEqual([]);

    expect((await sweepOn(5.5)).escalated).toEqual([]);
    expect((await sweepOn(6)).escalated).toEqual([id]);
    const escalated = await cardsOf('deputy', id);
    expect(escalated).toHaveLength(1);
    expect(cardText(cardOf(escalated[0]))).toContain('Du får det här som ersättare');
    expect((await sweepOn(7)).escalated).toEqual([]);
    expect(await cardsOf('approver', id)).toHaveLength(2);

    const answer = await teams.connector('/_connector/invoke', {
      user: 'deputy',
      activityId: escalated[0].id,
      verb: 'approve',
      data: cardOf(escalated[0]).refresh.action.data,
    });
    expect(cardText(answer.body.body.value)).toContain('Godkänd av Erik Johansson');
    // The cards are replaced by the completion queue, after the answer.
    await teams.approvals.host.notifier.completions.idle();
    expect(teams.approvals.connector.message(reminded[0].id)!.updates).toBe(1);
    expect(teams.approvals.connector.message(escalated[0].id)!.updates).toBe(1);
  });

  it('reminds owners once per initiative a week before a period closes, while nothing is submitted', async () => {
    teams.clock.fixed = new Date('2026-12-26T08:00:00Z');
    try {
      await teams.submit(teams.initiativeIds[1]!, 'FY');
      const first = await teams.approvals.host.notifier.sweep();
      const remindedIds = first.ownersReminded.map((r) => r.initiativeId);
      expect(remindedIds).toHaveLength(teams.initiativeIds.length - 1);
      expect(remindedIds).not.toContain(teams.initiativeIds[1]);
      expect(first.ownersReminded.every((r) => r.period === 'FY')).toBe(true);
      expect((await teams.approvals.host.notifier.sweep()).ownersReminded).toEqual([]);
      const texts = ((await teams.connector('/_connector/inbox?user=staff')).body as any[])
        .map((m) => m.activity.text as string)
        .filter((text) => text?.includes('ska vara inskickad senast 2026-12-31'));
      expect(texts).toHaveLength(teams.initiativeIds.length - 1);
    } finally {
      delete teams.clock.fixed;
    }
  });

  it('refuses API tokens from another issuer or signed by another key, even with the right audience', async () => {
    const emulatorToken = await teams.emulator.issueToken('approver', API_AUDIENCE);
    const jwksUri = `${teams.emulator.origin}/_local/.well-known/jwks.json`;
    const right = new EntraTokenValidator({
      issuer: `${teams.emulator.origin}/_local`,
      audience: API_AUDIENCE,
      jwksUri,
    });
    await expect(right.validate(emulatorToken)).resolves.toMatchObject({ aud: API_AUDIENCE });
    const otherIssuer = new EntraTokenValidator({
      issuer: 'https://login.microsoftonline.com/contoso/v2.0',
      audience: API_AUDIENCE,
      jwksUri,
    });
    await expect(otherIssuer.validate(emulatorToken)).rejects.toMatchObject({ name: 'AuthenticationError' });
    const otherKeys = new EntraTokenValidator({
      issuer: `${teams.emulator.origin}/_local`,
      audience: API_AUDIENCE,
      jwksUri: `${teams.approvals.connector.origin}/v1/.well-known/keys`,
    });
    await expect(otherKeys.validate(emulatorToken)).rejects.toMatchObject({ name: 'AuthenticationError' });
  });
});

describe('owner reminders by the day in Stockholm, not the UTC date', () => {
  let teams: LocalTeams;
  /** The sweep as the app runs it at `instant`. */
  const sweepAt = async (instant: string) => {
    teams.clock.fixed = new Date(instant);
    try {
      return await teams.approvals.host.notifier.sweep();
    } finally {
      delete teams.clock.fixed;
    }
  };
  const ownerTexts = async () =>
    ((await teams.connector('/_connector/inbox?user=staff')).body as any[])
      .map((m) => m.activity.text as string | undefined)
      .filter((text): text is string => !!text?.includes('ska vara inskickad senast'));

  beforeAll(async () => {
    // Owners are reminded up to 130 days ahead: both a period closing tonight and one a season away are near.
    teams = await startLocalTeams({ remindAfterDays: 3, escalateAfterDays: 6, ownerReminderDaysBefore: 130 });
  }, 120_000);
  afterAll(() => teams?.close());

  it('reminds owners only of periods still open in Stockholm, not of T2 after midnight there though 31 August lasts two more hours in UTC', async () => {
    // 22:30 UTC on 31 August is 00:30 on 1 September in Stockholm: T2 has closed there, FY is still ahead.
    const sweep = await sweepAt('2026-08-31T22:30:00Z');
    expect(sweep.ownersReminded).toEqual(
      teams.initiativeIds.map((initiativeId) => ({ initiativeId, period: 'FY' })),
    );
  });

  it('reminds owners of the new plan year on New Year’s Eve after 23:00 UTC, when the new year has begun in Stockholm', async () => {
    const next = await importPlan(
      teams.repos,
      { ...PLAN_2026, plan: { ...PLAN_2026.plan, planYear: 2027, caseNumber: 'STK-2026-0001' } },
      { actor: 'test' },
    );
    const owner = await teams.siteUserId('staff');
    const initiatives = await teams.repos.initiatives.byPlan(next.plan.id);
    for (const i of initiatives) await teams.repos.initiatives.update(i.id, { ownerId: owner }, i.etag!);

    // 23:30 UTC on 31 December 2026 is 00:30 on 1 January 2027 in Stockholm: 2026's last period has closed
    // and the 2027 plan's first period is the one ahead.
    const sweep = await sweepAt('2026-12-31T23:30:00Z');
    expect(sweep.ownersReminded).toEqual(initiatives.map((i) => ({ initiativeId: i.id, period: 'T1' })));
    expect((await ownerTexts()).filter((text) => text.includes('senast 2027-04-30'))).toHaveLength(
      initiatives.length,
    );
  });
});
