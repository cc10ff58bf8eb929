/**
 * Issue 15: reminder and escalation days per plan. A plan administrator sets them through the app server
 * (written with the app's identity, audited); members, approvers and readers are refused and bad input changes
 * nothing; the sweep and the pending list follow the plan's days, and without them the server's setting.
 */
import { startLocalTeams, type LocalTeams } from './local-teams';

describe('reminder and escalation days per plan (issue 15)', () => {
  let teams: LocalTeams;
  const DAY = 86_400_000;
  const set = (user: string, body: Record<string, unknown>) =>
    teams.api('POST', '/api/approvals/reminder-policy', user, body);
  const plan = () => teams.repos.plans.get(teams.planId);
  const policyEntries = async () =>
    (await teams.repos.audit.forItem('Plans', teams.planId)).filter((e) => e.action === 'reminderPolicySet');

  beforeAll(async () => {
    teams = await startLocalTeams({ remindAfterDays: 3, escalateAfterDays: 6, ownerReminderDaysBefore: 7 });
  }, 120_000);
  afterAll(() => teams?.close());

  it('refuses everyone but a plan administrator, and bad input or a stale ETag changes nothing', async () => {
    const before = await plan();
    const shown = await teams.api('GET', `/api/approvals/reminder-policy?planId=${teams.planId}`, 'staff');
    expect(shown.body).toEqual({
      planId: teams.planId,
      remindAfterDays: null,
      escalateAfterDays: null,
      applies: { remindAfterDays: 3, escalateAfterDays: 6, source: 'server' },
      etag: before.etag,
    });

    for (const user of ['staff', 'approver', 'reader']) {
      const answer = await set(user, {
        planId: teams.planId,
        remindAfterDays: 1,
        escalateAfterDays: 2,
        etag: before.etag,
      });
      expect([user, answer.status, answer.body.reason?.sv]).toEqual([
        user,
        403,
        'Bara en planadministratör kan ändra planens påminnelser. Inget har ändrats.',
      ]);
    }
    // Members learn nothing from their input either: refused before it is read.
    expect((await set('staff', { planId: 'x' })).status).toBe(403);

    const bad: [Record<string, unknown>, string, string][] = [
      [
        { remindAfterDays: 5, escalateAfterDays: 5 },
        'escalateAfterDays',
        'approvals.reminders.escalateAfterReminder',
      ],
      [
        { remindAfterDays: 8, escalateAfterDays: 4 },
        'escalateAfterDays',
        'approvals.reminders.escalateAfterReminder',
      ],
      [{ remindAfterDays: 2.5, escalateAfterDays: 6 }, 'remindAfterDays', 'notInteger'],
      [{ remindAfterDays: 0, escalateAfterDays: 6 }, 'remindAfterDays', 'tooSmall'],
      [{ remindAfterDays: 2, escalateAfterDays: 61 }, 'escalateAfterDays', 'tooLarge'],
      [{ remindAfterDays: '2', escalateAfterDays: 6 }, 'remindAfterDays', 'notNumber'],
      [
        { remindAfterDays: 2, escalateAfterDays: null },
        'escalateAfterDays',
        'approvals.reminders.bothOrNeither',
      ],
      [{ remindAfterDays: 2 }, 'escalateAfterDays', 'required'],
    ];
    for (const [days, path, code] of bad) {
      const answer = await set('admin', { planId: teams.planId, etag: before.etag, ...days });
      expect([days, answer.status, answer.body.issues?.[0]?.path, answer.body.issues?.[0]?.code]).toEqual([
        days,
        400,
        path,
        code,
      ]);
    }
    const crossed = await set('admin', {
      planId: teams.planId,
      etag: before.etag,
      remindAfterDays: 8,
      escalateAfterDays: 4,
    });
    expect(crossed.body.issues[0].message).toEqual({
      sv: 'Dagarna tills kortet går till ersättarna måste vara fler än dagarna till påminnelsen.',
      en: 'The days before the card goes to the deputies must be more than the days before the reminder.',
    });

    const stale = await set('admin', {
      planId: teams.planId,
      etag: '"999"',
      remindAfterDays: 2,
      escalateAfterDays: 4,
    });
    expect([stale.status, stale.body.code]).toEqual([409, 'concurrency']);
    expect(stale.body.reason.sv).toContain('Någon annan har ändrat planen');

    expect(await plan()).toEqual(before);
    expect(await policyEntries()).toEqual([]);
  });

  it('is set by a plan administrator, audited in their name, and then decides the sweep and the pending list', async () => {
    const before = await plan();
    const saved = await set('admin', {
      planId: teams.planId,
      etag: before.etag,
      remindAfterDays: 1,
      escalateAfterDays: 2,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      remindAfterDays: 1,
      escalateAfterDays: 2,
      applies: { remindAfterDays: 1, escalateAfterDays: 2, source: 'plan' },
    });
    expect(await plan()).toMatchObject({ remindAfterDays: 1, escalateAfterDays: 2, etag: saved.body.etag });
    const [entry, ...more] = await policyEntries();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      actor: 'Maria Ek',
      source: 'api',
      details: {
        before: { remindAfterDays: null, escalateAfterDays: null },
        after: { remindAfterDays: 1, escalateAfterDays: 2 },
      },
    });
    // The same days again change nothing and are not audited twice.
    const again = await set('admin', {
      planId: teams.planId,
      etag: saved.body.etag,
      remindAfterDays: 1,
      escalateAfterDays: 2,
    });
    expect([again.status, again.body.etag]).toEqual([200, saved.body.etag]);
    expect(await policyEntries()).toHaveLength(1);

    const id = await teams.submit(teams.initiativeIds[0]!, 'T2');
    const [waiting] = (await teams.api('GET', '/api/approvals/pending', 'approver')).body.pending;
    expect(Date.parse(waiting.remindAt) - Date.parse(waiting.submittedAt)).toBe(1 * DAY);
    expect(Date.parse(waiting.escalateAt) - Date.parse(waiting.submittedAt)).toBe(2 * DAY);

    const sweepOn = async (day: number) => {
      teams.clock.offsetDays = day;
      return teams.approvals.host.notifier.sweep();
    };
    try {
      expect((await sweepOn(0)).requested).toEqual([id]);
      expect((await sweepOn(0.9)).reminded).toEqual([]);
      // The plan's day 1, where the server's setting would wait for day 3.
      expect((await sweepOn(1)).reminded).toEqual([id]);
      expect((await sweepOn(1.9)).escalated).toEqual([]);
      // The plan's day 2, where the server's setting would wait for day 6.
      expect((await sweepOn(2)).escalated).toEqual([id]);
    } finally {
      teams.clock.offsetDays = 0;
    }

    // Both empty: the server's setting again.
    const cleared = await set('admin', {
      planId: teams.planId,
      etag: saved.body.etag,
      remindAfterDays: null,
      escalateAfterDays: null,
    });
    expect(cleared.body.applies).toEqual({ remindAfterDays: 3, escalateAfterDays: 6, source: 'server' });
    const [later] = (await teams.api('GET', '/api/approvals/pending', 'approver')).body.pending;
    expect(Date.parse(later.remindAt) - Date.parse(later.submittedAt)).toBe(3 * DAY);
    expect(await policyEntries()).toHaveLength(2);
  });
});
