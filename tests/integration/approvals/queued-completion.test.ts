/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire (connector, bot), asserted by shape */
import { periodLabel } from '@devplan/core';
import { PlanSite, ReportLibrary } from '@devplan/sharepoint';
import { cardOf, cardText, startLocalTeams, type LocalTeams } from './local-teams';

/**
 * A click is answered once its decision record is written (the commit point); the completion (State, sealed
 * publication, audit entries) and the announcement (cards replaced for everyone, the submitter told) follow
 * from the completion queue, and the sweep finishes whatever a crash left between the two.
 */
describe('decisions answered when recorded, completed from the queue', () => {
  let teams: LocalTeams;
  const host = () => teams.approvals.host;
  const inbox = async (user: string) =>
    (await teams.connector(`/_connector/inbox?user=${user}`)).body as any[];
  const cardFor = async (followUpId: number) => {
    const [message] = (await inbox('approver')).filter(
      (m) => cardOf(m)?.refresh?.action.data.followUpId === followUpId,
    );
    if (!message) throw new Error(`no card for ${followUpId} in the approver's chat`);
    return message;
  };
  const click = (message: any, verb = 'approve', data: Record<string, unknown> = {}) =>
    teams.connector('/_connector/invoke', {
      user: 'approver',
      activityId: message.id,
      verb,
      data: { ...cardOf(message).refresh.action.data, ...data },
      trigger: 'manual',
    });
  /** What a follow-up's approval left in SharePoint and in the chats. */
  const stateOf = async (followUpId: number, messageId: string) => {
    const followUp = await teams.repos.followUps.get(followUpId);
    const decisions = await teams.repos.approvalDecisions.byFollowUp(followUpId);
    const published = await teams.repos.published.find({ filter: `FollowUpId eq ${followUpId}` });
    const trail = (await teams.repos.audit.forItem('FollowUps', followUpId)).map((e) => e.action);
    const publishEntries = published.length
      ? (await teams.repos.audit.forItem('PublishedFollowUps', published[0]!.id)).map((e) => e.action)
      : [];
    const initiative = await teams.repos.initiatives.get(followUp.initiativeId);
    const period = periodLabel('sv', { year: followUp.periodYear, period: followUp.period });
    const told = (await inbox('staff')).filter(
      (m) =>
        typeof m.activity.text === 'string' &&
        m.activity.text.includes(initiative.title) &&
        m.activity.text.includes(period) &&
        m.activity.text.includes('av Karin Nilsson'),
    ).length;
    return {
      state: followUp.state,
      decisions: decisions.length,
      published: published.length,
      approveEntries: trail.filter((a) => a === 'approve').length,
      publishEntries: publishEntries.filter((a) => a === 'publish').length,
      cardUpdates: teams.approvals.connector.message(messageId)!.updates,
      told,
    };
  };
  const complete = {
    state: 'approved',
    decisions: 1,
    published: 1,
    approveEntries: 1,
    publishEntries: 1,
    cardUpdates: 1,
    told: 1,
  };
  /** Writes a decision record and nothing else: what a process killed right after the commit point leaves. */
  const recordOnly = async (followUpId: number) =>
    host().decisions.record({
      followUpId,
      followUpVersion: (await host().decisions.followUp(followUpId)).version,
      outcome: 'approved',
      comment: '',
      actor: await host().resolver.actorFor(teams.approvals.connector.user('approver').oid),
      source: 'bot',
    });
  /** Submits follow-ups and lets the sweep send their cards. */
  const submitted = async (pairs: [number, string][]) => {
    const ids: number[] = [];
    for (const [initiative, period] of pairs)
      ids.push(await teams.submit(teams.initiativeIds[initiative]!, period));
    await host().notifier.sweep();
    return ids;
  };

  beforeAll(async () => {
    teams = await startLocalTeams();
  }, 120_000);
  afterAll(async () => {
    host().notifier.completions.release();
    await host().notifier.completions.idle();
    await teams?.close();
  });

  it('answers the click once the decision is recorded, before the follow-up is completed', async () => {
    const [id] = await submitted([[0, 'T1']]);
    const message = await cardFor(id!);
    host().notifier.completions.hold();
    try {
      const answer = await click(message, 'approve', { comment: 'Bra.' });
      expect(answer.body.status).toBe(200);
      const text = cardText(answer.body.body.value);
      expect(text).toMatch(/Godkänd av Karin Nilsson/);
      expect(text).toContain('Beslutet är registrerat.');
      expect(text).toContain('Kommentar: Bra.');
      expect(answer.body.body.value.actions).toBeUndefined();
      // Recorded (the commit point), nothing after it yet.
      expect(await stateOf(id!, message.id)).toEqual({
        ...complete,
        state: 'submitted',
        published: 0,
        approveEntries: 0,
        publishEntries: 0,
        cardUpdates: 0,
        told: 0,
      });
      // The tab no longer offers a decision that is recorded and being completed.
      const pending = await teams.api('GET', '/api/approvals/pending', 'approver');
      expect(pending.body.pending.map((p: { id: number }) => p.id)).not.toContain(id);
      expect(host().notifier.completions.has(id!)).toBe(true);
    } finally {
      host().notifier.completions.release();
    }
    await host().notifier.completions.idle();
    expect(await stateOf(id!, message.id)).toEqual(complete);
    const replaced = teams.approvals.connector.message(message.id)!;
    expect(cardText(cardOf(replaced))).toMatch(/Godkänd av Karin Nilsson/);
    expect(cardText(cardOf(replaced))).not.toContain('Beslutet är registrerat.');
    expect(cardOf(replaced).refresh).toBeUndefined();
  });

  it('completes and announces an approval in a handful of SharePoint requests', async () => {
    const [id] = await submitted([[5, 'T1']]);
    const message = await cardFor(id!);
    host().notifier.completions.hold();
    try {
      expect((await click(message)).body.status).toBe(200);
      teams.emulator.clearRequestLog();
    } finally {
      host().notifier.completions.release();
    }
    await host().notifier.completions.idle();
    const requests = teams.emulator.requestLog();
    expect(await stateOf(id!, message.id)).toEqual(complete);
    // The follow-up and its audit trail; the State write read back in one $batch; the publication and two
    // audit entries, each written with no read before it (unique keys) and none read back; the card's model
    // in three shared $batch requests; the cards sent and the two chats; the announcement marker. It used to
    // take 33 requests, most of them one after another.
    expect(requests.map((r) => `${r.method} ${r.url.replace(/\?.*/, '')}`)).toHaveLength(14);
    expect(requests.filter((r) => r.method === 'POST' && !r.url.includes('$batch'))).toHaveLength(4);
  });

  it('completes a decision from the tab’s API through the queue too', async () => {
    const [id] = await submitted([[1, 'T1']]);
    const message = await cardFor(id!);
    const version = (await host().decisions.followUp(id!)).version;
    host().notifier.completions.hold();
    let answer;
    try {
      answer = await teams.api('POST', '/api/approvals/decisions', 'approver', {
        followUpId: id,
        version,
        decision: 'approved',
        comment: '',
      });
      expect((await teams.repos.followUps.get(id!)).state).toBe('submitted');
    } finally {
      host().notifier.completions.release();
    }
    expect(answer).toMatchObject({
      status: 201,
      // The state the decision gives it, which the queue sets after the answer.
      body: { status: 'recorded', completion: 'queued', followUp: { id, state: 'approved', version } },
    });
    await host().notifier.completions.idle();
    expect(await stateOf(id!, message.id)).toEqual(complete);
  });

  it('has the sweep complete and announce, exactly once, a decision whose process died right after recording it', async () => {
    const [id] = await submitted([[2, 'T1']]);
    const message = await cardFor(id!);
    // The commit point and nothing else: what a process killed between the record and the queue leaves.
    const recorded = await recordOnly(id!);
    expect(recorded.status).toBe('recorded');
    expect((await stateOf(id!, message.id)).state).toBe('submitted');
    expect((await host().notifier.sweep()).completed).toEqual([id]);
    expect(await stateOf(id!, message.id)).toEqual(complete);
    expect((await host().notifier.sweep()).completed).toEqual([]);
    expect(await stateOf(id!, message.id)).toEqual(complete);
  });

  it('has the sweep announce, exactly once, a decision completed but not announced when its process died', async () => {
    const [id] = await submitted([[3, 'T1']]);
    const message = await cardFor(id!);
    const recorded = await recordOnly(id!);
    await host().decisions.complete(recorded.decision, 'Karin Nilsson', 'bot');
    expect(await stateOf(id!, message.id)).toEqual({ ...complete, cardUpdates: 0, told: 0 });
    expect((await host().notifier.sweep()).completed).toEqual([id]);
    expect(await stateOf(id!, message.id)).toEqual(complete);
    expect((await host().notifier.sweep()).completed).toEqual([]);
    expect(await stateOf(id!, message.id)).toEqual(complete);
  });

  it('closes a period only once the decisions recorded on it are completed: the report counts them, nothing is published after', async () => {
    const [id] = await submitted([[4, 'T1']]);
    const message = await cardFor(id!);
    host().notifier.completions.hold();
    let closing: ReturnType<LocalTeams['api']>;
    try {
      expect((await click(message)).body.status).toBe(200);
      expect((await teams.repos.followUps.get(id!)).state).toBe('submitted');
      // The administrator closes the period while the decision waits in the queue.
      closing = teams.api('POST', '/api/reports/close', 'admin', {
        planId: teams.planId,
        periodYear: 2026,
        period: 'T1',
      });
    } finally {
      host().notifier.completions.release();
    }
    const closed = await closing;
    expect(closed.status).toBe(201);
    expect(await stateOf(id!, message.id)).toEqual(complete);
    const published = await teams.repos.published.byPlanPeriod(teams.planId, 2026, 'T1');
    expect(published.map((p) => p.followUpId)).toContain(id);
    const library = new ReportLibrary(new PlanSite(teams.spAs('staff'), teams.emulator.siteUrl));
    const snapshot = JSON.parse(
      Buffer.from(
        await library.download(
          closed.body.files.find((f: { kind: string }) => f.kind === 'snapshot').serverRelativeUrl,
        ),
      ).toString('utf8'),
    );
    // One approved follow-up per initiative is counted, this one's among them.
    expect(snapshot.counts.approved).toBe(new Set(published.map((p) => p.initiativeId)).size);
    expect(JSON.stringify(snapshot)).toContain(`"followUpId":${id}`);
  });

  it('of 50 concurrent clicks (25 follow-ups, each clicked twice at once) records and completes each decision exactly once', async () => {
    const pairs: [number, string][] = [];
    for (const period of ['T2', 'FY'])
      for (let i = 0; i < teams.initiativeIds.length && pairs.length < 25; i++) pairs.push([i, period]);
    const ids = await submitted(pairs);
    const messages = await Promise.all(ids.map((id) => cardFor(id)));
    const answers = await Promise.all([...messages, ...messages].map((m) => click(m)));
    expect(answers.map((a) => a.body.status)).toEqual(answers.map(() => 200));
    for (const a of answers) expect(cardText(a.body.body.value)).toMatch(/Godkänd av Karin Nilsson/);
    await host().notifier.completions.idle();
    const states = await Promise.all(ids.map((id, i) => stateOf(id, messages[i]!.id)));
    expect(states).toEqual(ids.map(() => complete));
    // The sweep finds nothing left to finish.
    expect((await host().notifier.sweep()).completed).toEqual([]);
  }, 240_000);
});
