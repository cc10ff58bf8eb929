/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire (connector, bot), asserted by shape */
import { stockholmDay } from '@devplan/core';
import { MAX_BOT_ACTIVITY_BYTES } from '@devplan/server';
import { ApprovalNotifier } from '@devplan/server/approvals';
import { cardOf, cardText, startLocalTeams, type LocalTeams } from './local-teams';

const T1 = 'T1';

describe('approvals in Teams, through the local Bot Framework connector over HTTP', () => {
  let teams: LocalTeams;
  const inbox = async (user: string) =>
    (await teams.connector(`/_connector/inbox?user=${user}`)).body as any[];
  const invoke = (
    user: string,
    message: any,
    verb: string,
    data: Record<string, unknown> = {},
    trigger = 'manual',
  ) =>
    teams.connector('/_connector/invoke', {
      user,
      activityId: message.id,
      verb,
      data: { ...cardOf(message).refresh.action.data, ...data },
      trigger,
    });
  const requestCard = async (followUpId: number, user = 'approver') => {
    await teams.approvals.host.notifier.sweep();
    const [message] = (await inbox(user)).filter(
      (m) => cardOf(m)?.refresh?.action.data.followUpId === followUpId,
    );
    if (!message) throw new Error(`no card for ${followUpId} in ${user}'s chat`);
    return message;
  };
  const decisions = (followUpId: number) => teams.repos.approvalDecisions.byFollowUp(followUpId);
  /** Decisions are answered once recorded; their completion and card updates follow from the queue. */
  const settled = () => teams.approvals.host.notifier.completions.idle();

  beforeAll(async () => {
    teams = await startLocalTeams();
  }, 120_000);
  afterAll(() => teams?.close());

  it('sends the approver a card with the real context, proactively, to their 1:1 chat', async () => {
    const id = await teams.submit(teams.initiativeIds[0]!, T1);
    const message = await requestCard(id);
    const card = cardOf(message);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const text = cardText(card);
    const initiative = await teams.repos.initiatives.get(teams.initiativeIds[0]!);
    expect(text).toContain(initiative.title);
    expect(text).toContain('Diarienummer: STK-2025-1042');
    expect(text).toContain('Fokusområde: Information');
    expect(text).toContain('Period: Tertial 1 2026');
    expect(text).toContain('Status: Enligt plan');
    expect(text).toContain('Genomfört: 35 %');
    expect(text).toContain('Godkännande: Inskickad');
    expect(text).toContain('Arbetet går enligt plan');
    expect(text).toContain('Kompetensförsörjning.');
    expect(text).toContain('Ingen tidigare godkänd uppföljning.');
    expect(text).toMatch(/Beslutsberedskap: \d+ av 100 \(hur komplett insatsens underlag är\)/);
    // Issue 15: in the approver's own 1:1 chat the buttons are in the card itself (clients without
    // `refresh` show them too), the card is full width, links to the initiative in the tab, and the
    // notification says what it is about.
    expect(card.actions.map((a: { verb: string }) => a.verb)).toEqual(['approve', 'sendBack']);
    expect(card.refresh.userIds).toEqual([`8:orgid:${teams.approvals.connector.user('approver').oid}`]);
    expect(card.msteams).toEqual({ width: 'full' });
    expect(message.activity.summary).toBe(card.fallbackText);
    expect(message.activity.summary).toContain(initiative.title);
    expect((await inbox('staff2')).filter((m) => cardOf(m))).toEqual([]);
  });

  it('scores readiness on the card by the day in Stockholm, where a period has closed at midnight while UTC is still on its last day', async () => {
    // The initiative has a submitted T2 follow-up and none for T1. At 23:30 on 31 August in Stockholm
    // (21:30 UTC) T1 is the latest closed period, so its status is missing; at 00:30 on 1 September there
    // (22:30 UTC, still 31 August in UTC) T2 has closed and the submitted T2 follow-up is the current status.
    const id = await teams.submit(teams.initiativeIds[12]!, 'T2');
    const scoreAt = async (instant: string) => {
      teams.clock.fixed = new Date(instant);
      try {
        return (await teams.approvals.host.models.build(id, 'sv')).model.readinessScore;
      } finally {
        delete teams.clock.fixed;
      }
    };
    try {
      const beforeMidnight = await scoreAt('2026-08-31T21:30:00Z');
      const afterMidnight = await scoreAt('2026-08-31T22:30:00Z');
      expect({ beforeMidnight, afterMidnight }).toEqual({ beforeMidnight: 29, afterMidnight: 43 });
    } finally {
      // Like every follow-up here it then goes to its approver, so no other test's sweep finds it waiting.
      await requestCard(id);
    }
  });

  it('posts a summary of the submission to a channel the app is installed in, and the decision replaces it', async () => {
    const connector = teams.approvals.connector;
    const channel = connector.channel('Utvecklingsplan', ['staff', 'staff2', 'approver']);
    expect((await connector.installInChannel(channel, 'staff')).status).toBe(200);
    const id = await teams.submit(teams.initiativeIds[10]!, T1);
    const message = await requestCard(id);
    const inChannel = (await inbox('staff2')).filter(
      (m) => m.conversationId === channel.id && m.activity.text?.includes('inskickad'),
    );
    expect(inChannel.map((m) => m.activity.text)).toEqual([
      expect.stringContaining('uppföljning för Tertial 1 2026 är inskickad för godkännande'),
    ]);
    await invoke('approver', message, 'approve');
    await settled();
    expect(cardText(cardOf(connector.message(inChannel[0].id)!))).toMatch(/Godkänd av Karin Nilsson/);
  });

  it('posts no channel summary when summaries are switched off, and still sends the approver the card', async () => {
    const connector = teams.approvals.connector;
    const channel = connector.channel('Utan sammanfattningar', ['staff', 'staff2', 'approver']);
    expect((await connector.installInChannel(channel, 'staff')).status).toBe(200);
    const host = teams.approvals.host;
    const quiet = new ApprovalNotifier(
      teams.repos,
      host.models,
      host.decisions,
      host.resolver,
      host.bot.sender,
      teams.now,
      undefined,
      'sv',
      undefined,
      { channelSummaries: false },
    );
    const id = await teams.submit(teams.initiativeIds[11]!, T1);
    expect(await quiet.requestApproval(id)).toBe(1);
    const summaries = (await inbox('staff2')).filter(
      (m) => m.conversationId === channel.id && m.activity.text?.includes('inskickad'),
    );
    expect(summaries).toEqual([]);
    expect(
      (await inbox('approver')).filter((m) => cardOf(m)?.refresh?.action.data.followUpId === id),
    ).toHaveLength(1);
  });

  it('stores a conversation reference per installation in SharePoint and records the installation', async () => {
    const refs = await teams.repos.conversations.find();
    const approverRef = refs.find(
      (r) => r.key === `personal:${teams.approvals.connector.user('approver').oid}`,
    );
    expect(approverRef).toMatchObject({
      conversationType: 'personal',
      installState: 'installed',
      serviceUrl: teams.approvals.connector.origin,
    });
    const installs = await teams.repos.audit.forItem('Conversations', approverRef!.id);
    expect(installs.map((e) => [e.action, e.source])).toEqual([['install', 'bot']]);
    expect(
      await teams
        .reposAs('staff')
        .conversations.find()
        .catch((e: Error) => e.name),
    ).toBe('PermissionError');
  });

  it('sends each follow-up version only once, however often it is asked', async () => {
    const id = await teams.submit(teams.initiativeIds[1]!, T1);
    await teams.approvals.host.notifier.sweep();
    await teams.approvals.host.notifier.sweep();
    expect(await teams.api('POST', '/api/approvals/notify', 'staff', { followUpId: id })).toMatchObject({
      status: 200,
      body: { sent: 0 },
    });
    expect(
      (await inbox('approver')).filter((m) => cardOf(m)?.refresh?.action.data.followUpId === id),
    ).toHaveLength(1);
  });

  it('refreshes per user: the approver gets Approve and Send back, everyone else the status', async () => {
    const id = await teams.submit(teams.initiativeIds[2]!, T1);
    const message = await requestCard(id);
    const mine = await invoke('approver', message, 'refresh', {}, 'automatic');
    expect(mine.body.status).toBe(200);
    expect(mine.body.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(mine.body.body.value.actions.map((a: any) => [a.verb, a.title])).toEqual([
      ['approve', 'Godkänn'],
      ['sendBack', 'Skicka tillbaka'],
    ]);
    expect(JSON.stringify(mine.body.body.value)).toContain('"type":"Input.Text"');
    const other = await teams.approvals.connector.postToBot(
      {
        ...teams.approvals.connector.envelopeFor('staff2'),
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: {
          action: { type: 'Action.Execute', verb: 'refresh', data: cardOf(message).refresh.action.data },
          trigger: 'automatic',
        },
      },
      await teams.approvals.connector.inboundToken(),
    );
    expect((other.body as any).value.actions).toBeUndefined();
    expect(cardText((other.body as any).value)).toContain('Väntar på beslut av Karin Nilsson.');
  });

  it('refuses to send back without a comment, says why, and records nothing', async () => {
    const id = await teams.submit(teams.initiativeIds[3]!, T1);
    const message = await requestCard(id);
    const answer = await invoke('approver', message, 'sendBack', { comment: '  ' });
    expect(cardText(answer.body.body.value)).toContain(
      'Skriv en kommentar när du skickar tillbaka en uppföljning.',
    );
    expect(await decisions(id)).toEqual([]);
    const sentBack = await invoke('approver', message, 'sendBack', { comment: 'Beskriv effekterna.' });
    expect(cardText(sentBack.body.body.value)).toContain('Återremitterad av Karin Nilsson');
    await settled();
    expect((await teams.repos.followUps.get(id)).state).toBe('sentBack');
  });

  it('approves: records the decision, answers with it, then replaces the message for everyone and tells the submitter', async () => {
    const id = await teams.submit(teams.initiativeIds[4]!, T1);
    const message = await requestCard(id);
    const answer = await invoke('approver', message, 'approve', { comment: 'Bra.' });
    expect(answer.body.status).toBe(200);
    expect(cardText(answer.body.body.value)).toMatch(/Godkänd av Karin Nilsson/);
    expect(cardText(answer.body.body.value)).toContain('Beslutet är registrerat.');
    expect(answer.body.body.value.actions).toBeUndefined();
    await settled();
    const replaced = teams.approvals.connector.message(message.id)!;
    expect(replaced.updates).toBe(1);
    expect(cardText(cardOf(replaced))).toMatch(/Godkänd av Karin Nilsson/);
    expect(cardOf(replaced).refresh).toBeUndefined();
    const initiative = await teams.repos.initiatives.get(teams.initiativeIds[4]!);
    const told = (await inbox('staff')).filter(
      (m) => typeof m.activity.text === 'string' && m.activity.text.includes(initiative.title),
    );
    expect(told.map((m) => m.activity.text)).toEqual([
      expect.stringContaining('är godkänd av Karin Nilsson.'),
    ]);
    expect((await teams.repos.followUps.get(id)).state).toBe('approved');
    expect(await teams.reposAs('reader').published.byInitiative(teams.initiativeIds[4]!)).toHaveLength(1);
  });

  it('treats a double click as a no-op', async () => {
    const id = await teams.submit(teams.initiativeIds[5]!, T1);
    const message = await requestCard(id);
    const [first, second] = [
      await invoke('approver', message, 'approve'),
      await invoke('approver', message, 'approve'),
    ];
    expect(cardText(first.body.body.value)).toMatch(/Godkänd av Karin Nilsson/);
    expect(cardText(second.body.body.value)).toMatch(/Godkänd av Karin Nilsson/);
    await settled();
    expect(await decisions(id)).toHaveLength(1);
    expect(teams.approvals.connector.message(message.id)!.updates).toBe(1);
  });

  it('answers a card whose data was altered with an error and changes nothing', async () => {
    const id = await teams.submit(teams.initiativeIds[6]!, T1);
    const message = await requestCard(id);
    const data = cardOf(message).refresh.action.data;
    const tampered = await invoke('approver', message, 'approve', { version: data.version + 1 });
    expect(tampered.body.body).toMatchObject({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'approvals.tampered' },
    });
    expect(tampered.body.body.value.message).toContain('Kortets uppgifter har ändrats');
    const swapped = await invoke('approver', message, 'approve', { followUpId: teams.initiativeIds[0] });
    expect(swapped.body.body.value.code).toBe('approvals.tampered');
    expect(await decisions(id)).toEqual([]);
  });

  it('refuses an action from someone who is not the approver, whatever the card says, and says why', async () => {
    const id = await teams.submit(teams.initiativeIds[7]!, T1);
    const message = await requestCard(id);
    const answer = await teams.approvals.connector.postToBot(
      {
        ...teams.approvals.connector.envelopeFor('staff2'),
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'approve',
            data: { ...cardOf(message).refresh.action.data, decidedBy: 'approver' },
          },
        },
      },
      await teams.approvals.connector.inboundToken(),
    );
    expect(cardText((answer.body as any).value)).toContain('Du är inte godkännare för den här insatsen');
    expect(await decisions(id)).toEqual([]);
    expect((await teams.repos.followUps.get(id)).state).toBe('submitted');
  });

  it('lets a named deputy decide, and of two approvers acting at once records exactly one decision', async () => {
    // "Today" for the plan is the day in Stockholm (the UTC date is yesterday there after 23:00 UTC in winter).
    const today = stockholmDay(teams.now());
    const delegation = await teams.api('POST', '/api/approvals/delegations', 'approver', {
      deputyObjectId: teams.approvals.connector.user('deputy').oid,
      start: today,
      end: today,
    });
    expect(delegation.status).toBe(201);
    const id = await teams.submit(teams.initiativeIds[8]!, T1);
    const toApprover = await requestCard(id, 'approver');
    const toDeputy = await requestCard(id, 'deputy');
    const [a, b] = await Promise.all([
      invoke('approver', toApprover, 'approve'),
      invoke('deputy', toDeputy, 'sendBack', { comment: 'Nej' }),
    ]);
    expect(await decisions(id)).toHaveLength(1);
    const texts = [cardText(a.body.body.value), cardText(b.body.body.value)];
    expect(texts.filter((t) => t.includes('redan beslutad av'))).toHaveLength(1);
  });

  it('validates Bot Framework tokens on the bot endpoint: a valid one is accepted, others refused', async () => {
    const c = teams.approvals.connector;
    const hello = { ...c.envelopeFor('staff'), type: 'message', text: 'hej' };
    expect((await c.postToBot(hello, await c.inboundToken())).status).toBe(200);
    expect((await c.postToBot(hello, null)).status).toBe(401);
    expect((await c.postToBot(hello, await c.inboundToken({ foreignKey: true }))).status).toBe(401);
    expect((await c.postToBot(hello, await c.inboundToken({ audience: 'someone-else' }))).status).toBe(401);
    expect(
      (await c.postToBot(hello, await c.inboundToken({ issuer: 'https://api.botframework.com' }))).status,
    ).toBe(401);
    expect((await c.postToBot(hello, await c.inboundToken({ expiresInSeconds: -3600 }))).status).toBe(401);
  });

  it('refuses an activity over the size cap with 413 before it looks at the token', async () => {
    const c = teams.approvals.connector;
    const activity = (textBytes: number) => ({
      ...c.envelopeFor('staff'),
      type: 'message',
      text: 'x'.repeat(textBytes),
    });
    const tooLarge = activity(MAX_BOT_ACTIVITY_BYTES);
    for (const token of [null, 'not-a-token', await c.inboundToken()]) {
      expect(await c.postToBot(tooLarge, token)).toMatchObject({
        status: 413,
        body: { code: 'bodyTooLarge' },
      });
    }
    // Under the cap, the activity goes on to authentication and to the bot.
    const underCap = activity(MAX_BOT_ACTIVITY_BYTES - 8 * 1024);
    expect((await c.postToBot(underCap, null)).status).toBe(401);
    expect((await c.postToBot(underCap, await c.inboundToken())).status).toBe(200);
  });

  it('refuses a streamed activity with 413 once it passes the size cap', async () => {
    const c = teams.approvals.connector;
    // A message whose text arrives in 64 kB chunks, with no Content-Length: 512 kB in all.
    const head = JSON.stringify({ ...c.envelopeFor('staff'), type: 'message', text: '' }).slice(0, -2);
    const text = Buffer.from('x'.repeat(64 * 1024));
    const chunks = [Buffer.from(head), ...Array.from({ length: 8 }, () => text), Buffer.from('"}')];
    // Node's fetch needs `duplex: 'half'` for a streamed body; the DOM's RequestInit type does not know it.
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        pull(controller) {
          const next = chunks.shift();
          if (next) controller.enqueue(next);
          else controller.close();
        },
      }),
      duplex: 'half',
    };
    const response = await fetch(`${teams.app.url}/api/messages`, init);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'bodyTooLarge' });
  });

  it('has the local connector refuse a request over the same cap with 413', async () => {
    const answer = await teams.connector('/_connector/install', { user: 'x'.repeat(MAX_BOT_ACTIVITY_BYTES) });
    expect(answer).toMatchObject({
      status: 413,
      body: { error: { message: expect.stringContaining('256 kB') } },
    });
  });

  it('validates Entra tokens on the API and records the tab’s decision for the approver only', async () => {
    const id = await teams.submit(teams.initiativeIds[9]!, T1);
    const version = (await teams.approvals.host.decisions.followUp(id)).version;
    const body = { followUpId: id, version, decision: 'approved', comment: '' };
    expect((await teams.api('POST', '/api/approvals/decisions', null, body)).status).toBe(401);
    const pending = await teams.api('GET', '/api/approvals/pending', 'approver');
    expect(pending.body.pending).toContainEqual(expect.objectContaining({ id, version }));
    expect((await teams.api('GET', '/api/approvals/pending', 'staff2')).body).toEqual({ pending: [] });
    const wrongAudience = await fetch(`${teams.app.url}/api/approvals/decisions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await teams.emulator.issueToken('approver')}`,
      },
      body: JSON.stringify(body),
    });
    expect(wrongAudience.status).toBe(401);
    expect(await teams.api('POST', '/api/approvals/decisions', 'staff', body)).toMatchObject({
      status: 403,
      body: { code: 'approvals.notApprover' },
    });
    expect(
      await teams.api('POST', '/api/approvals/decisions', 'approver', { ...body, decision: 'sentBack' }),
    ).toMatchObject({ status: 400 });
    expect(await teams.api('POST', '/api/approvals/decisions', 'approver', body)).toMatchObject({
      status: 201,
      body: { status: 'recorded', completion: 'queued', followUp: { id, version } },
    });
    await settled();
    expect((await teams.repos.followUps.get(id)).state).toBe('approved');
    expect(await teams.api('POST', '/api/approvals/decisions', 'approver', body)).toMatchObject({
      status: 200,
      body: { status: 'repeated' },
    });
  });
});
