import {
  decidersOf,
  decisionKey,
  dueReminder,
  isApproved,
  delegationsOverlap,
  isDelegationActive,
  lastRecordedState,
  planReminderPolicy,
  reminderSchedule,
} from './rules.js';

describe('approval rules', () => {
  it('key a decision by follow-up and version', () => {
    expect(decisionKey(12, 3)).toBe('12@3');
  });

  it('count a delegation active on its first and last day in Stockholm, and not outside them', () => {
    const d = { start: '2026-05-10', end: '2026-05-20' };
    // Midnight in Stockholm in May is 22:00 UTC the day before (summer time).
    expect(isDelegationActive(d, new Date('2026-05-09T22:00:00Z'))).toBe(true);
    expect(isDelegationActive(d, new Date('2026-05-20T21:59:00Z'))).toBe(true);
    expect(isDelegationActive(d, new Date('2026-05-09T21:59:00Z'))).toBe(false);
    expect(isDelegationActive(d, new Date('2026-05-20T22:00:00Z'))).toBe(false);
  });

  it('find delegations that share a day, and not those that only touch', () => {
    const may = { start: '2026-05-10', end: '2026-05-20' };
    expect(delegationsOverlap(may, { start: '2026-05-20', end: '2026-05-30' })).toBe(true);
    expect(delegationsOverlap(may, { start: '2026-05-01', end: '2026-05-31' })).toBe(true);
    expect(delegationsOverlap(may, { start: '2026-05-21', end: '2026-05-30' })).toBe(false);
  });

  it('let the approver and only their active deputies decide', () => {
    const delegations = [
      { approverId: 9, deputyId: 10, start: '2026-05-01', end: '2026-05-31' },
      { approverId: 9, deputyId: 11, start: '2026-06-01', end: '2026-06-30' },
      { approverId: 8, deputyId: 12, start: '2026-05-01', end: '2026-05-31' },
    ];
    expect(decidersOf(9, delegations, new Date('2026-05-15T12:00:00Z'))).toEqual([9, 10]);
    expect(decidersOf(null, delegations, new Date('2026-05-15T12:00:00Z'))).toEqual([]);
  });

  it('treat a follow-up as approved only when a decision backs the approving write', () => {
    const decisions = [{ followUpId: 1, decision: 'approved' as const, followUpVersion: 4 }];
    expect(isApproved({ id: 1, state: 'approved', version: 5 }, decisions)).toBe(true);
    expect(isApproved({ id: 1, state: 'approved', version: 6 }, decisions)).toBe(false);
    expect(isApproved({ id: 1, state: 'approved', version: 5 }, [])).toBe(false);
    expect(isApproved({ id: 1, state: 'submitted', version: 5 }, decisions)).toBe(false);
  });

  it('time a reminder after the configured days and an escalation after that, each once per version', () => {
    const submittedAt = '2026-05-01T08:00:00Z';
    const at = (days: number) => new Date(Date.parse(submittedAt) + days * 86_400_000);
    const policy = { remindAfterDays: 3, escalateAfterDays: 6, ownerReminderDaysBefore: 7 };
    expect(dueReminder(submittedAt, [], 2, at(2.9), policy)).toBeNull();
    expect(dueReminder(submittedAt, [], 2, at(3), policy)).toBe('reminder');
    expect(dueReminder(submittedAt, [{ kind: 'reminder', followUpVersion: 2 }], 2, at(5), policy)).toBeNull();
    expect(dueReminder(submittedAt, [{ kind: 'reminder', followUpVersion: 2 }], 2, at(6), policy)).toBe(
      'escalation',
    );
    expect(
      dueReminder(submittedAt, [{ kind: 'escalation', followUpVersion: 2 }], 2, at(9), policy),
    ).toBeNull();
    expect(dueReminder(submittedAt, [{ kind: 'escalation', followUpVersion: 1 }], 2, at(9), policy)).toBe(
      'escalation',
    );
  });
});

describe('the last state of a follow-up the app recorded', () => {
  const sentBack = (followUpVersion: number) => ({ decision: 'sentBack' as const, followUpVersion });
  const approved = (followUpVersion: number) => ({ decision: 'approved' as const, followUpVersion });

  it('is a draft when the app recorded neither a submission nor a decision', () => {
    expect(lastRecordedState([], [])).toBe('draft');
  });

  it('is submitted when the app recorded a submission and nothing was decided on it yet', () => {
    expect(lastRecordedState([], [{ followUpVersion: 3 }])).toBe('submitted');
    expect(lastRecordedState([sentBack(3)], [{ followUpVersion: 3 }, { followUpVersion: 6 }])).toBe(
      'submitted',
    );
  });

  it('is the last decision when no submission was recorded after it, whatever order the records come in', () => {
    expect(lastRecordedState([sentBack(3)], [{ followUpVersion: 3 }])).toBe('sentBack');
    expect(
      lastRecordedState([approved(8), sentBack(3)], [{ followUpVersion: 6 }, { followUpVersion: 3 }]),
    ).toBe('approved');
  });
});

describe('when a pending approval is reminded and escalated', () => {
  it('counts the policy’s days from the submission, and has no schedule without one', () => {
    expect(
      reminderSchedule('2026-05-04T09:00:00.000Z', {
        remindAfterDays: 3,
        escalateAfterDays: 6,
        ownerReminderDaysBefore: 7,
      }),
    ).toEqual({
      remindAt: '2026-05-07T09:00:00.000Z',
      escalateAt: '2026-05-10T09:00:00.000Z',
    });
    expect(reminderSchedule(null)).toBeNull();
  });
});

describe('which reminder days apply to a plan', () => {
  const server = { remindAfterDays: 3, escalateAfterDays: 6, ownerReminderDaysBefore: 7 };

  it('takes the plan’s own days when both are set, and keeps the server’s owners’ reminder', () => {
    expect(planReminderPolicy({ remindAfterDays: 2, escalateAfterDays: 10 }, server)).toEqual({
      remindAfterDays: 2,
      escalateAfterDays: 10,
      ownerReminderDaysBefore: 7,
    });
    expect(planReminderPolicy({ remindAfterDays: 1, escalateAfterDays: 60 }, server)).toMatchObject({
      remindAfterDays: 1,
      escalateAfterDays: 60,
    });
  });

  it('falls back to the server’s setting for a plan without days, with one of them, or with days that make no sense', () => {
    for (const plan of [
      null,
      undefined,
      {},
      { remindAfterDays: null, escalateAfterDays: null },
      { remindAfterDays: 2, escalateAfterDays: null },
      { remindAfterDays: null, escalateAfterDays: 9 },
      { remindAfterDays: 5, escalateAfterDays: 5 },
      { remindAfterDays: 8, escalateAfterDays: 4 },
      { remindAfterDays: 0, escalateAfterDays: 4 },
      { remindAfterDays: 2, escalateAfterDays: 61 },
      { remindAfterDays: 2.5, escalateAfterDays: 6 },
    ])
      expect([plan, planReminderPolicy(plan, server)]).toEqual([plan, server]);
  });

  it('schedules a pending approval by the plan’s days', () => {
    const policy = planReminderPolicy({ remindAfterDays: 1, escalateAfterDays: 2 }, server);
    expect(reminderSchedule('2026-05-04T09:00:00.000Z', policy)).toEqual({
      remindAt: '2026-05-05T09:00:00.000Z',
      escalateAt: '2026-05-06T09:00:00.000Z',
    });
    const submittedAt = '2026-05-04T09:00:00.000Z';
    const at = (days: number) => new Date(Date.parse(submittedAt) + days * 86_400_000);
    expect(dueReminder(submittedAt, [], 1, at(1), policy)).toBe('reminder');
    expect(dueReminder(submittedAt, [], 1, at(1), server)).toBeNull();
    expect(dueReminder(submittedAt, [{ kind: 'reminder', followUpVersion: 1 }], 1, at(2), policy)).toBe(
      'escalation',
    );
  });
});
