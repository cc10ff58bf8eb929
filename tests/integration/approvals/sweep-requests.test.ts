import { startLocalTeams, type LocalTeams } from './local-teams';

describe('the approval sweep while approvals wait and nothing is due', () => {
  let teams: LocalTeams;

  beforeAll(async () => {
    teams = await startLocalTeams({ remindAfterDays: 3, escalateAfterDays: 6, ownerReminderDaysBefore: 7 });
  }, 120_000);
  afterAll(() => teams?.close());

  const pending = async () => (await teams.repos.followUps.find({ filter: `State eq 'submitted'` })).length;
  /** Submits follow-ups until `n` wait for a decision, and lets a sweep send their cards. */
  const waiting = async (n: number) => {
    const initiatives = teams.initiativeIds;
    for (let i = await pending(); i < n; i++) {
      const period = ['T1', 'T2', 'FY'][Math.floor(i / initiatives.length)]!;
      await teams.submit(initiatives[i % initiatives.length]!, period);
    }
    await teams.approvals.host.notifier.sweep();
  };
  /** The SharePoint requests of one sweep, and what it did. */
  const oneSweep = async () => {
    teams.emulator.clearRequestLog();
    const report = await teams.approvals.host.notifier.sweep();
    return { requests: teams.emulator.requestLog().length, report };
  };

  it('reads the cards of every waiting follow-up in one round trip, however many wait', async () => {
    const none = await oneSweep();
    await waiting(20);
    expect(await pending()).toBe(20);
    const twenty = await oneSweep();
    // One $batch for the cards of all twenty (and the plans' reminder days), not a model and cards per
    // follow-up: the same sweep used to make 530 requests, one after another, every 30 seconds.
    expect(twenty.requests).toBeLessThanOrEqual(none.requests + 2);
    expect(twenty.report).toMatchObject({ requested: [], reminded: [], escalated: [] });
    await waiting(30);
    expect((await oneSweep()).requests).toBe(twenty.requests);
  });

  it('still reminds the approver once a reminder is due', async () => {
    await waiting(30);
    teams.clock.offsetDays = 3;
    try {
      const { report } = await oneSweep();
      expect(report.reminded).toHaveLength(30);
      expect((await oneSweep()).report.reminded).toEqual([]);
    } finally {
      teams.clock.offsetDays = 0;
    }
  });
});
