/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire (API, connector, bot), asserted by shape */
/**
 * Issue 14, defect 8 (the rest): text lengths are checked on the server, against the limit of the column the text
 * ends up in (`maxLengthOf`: a Text column's MaxLength, `NOTE_MAX` for a Note). SharePoint Online itself sets no
 * limit on a Note column, so the app's routes must: a 300,000-character comment or field sent to any of them is
 * refused with 400 and the field's issue in Swedish and English before anything is written, and a comment of
 * exactly the limit is taken whole, however its characters are written.
 */
import { localize, maxLengthOf, NOTE_MAX } from '@devplan/core';
import { createRepositories, PlanSite, TokenAuthenticated, type Repositories } from '@devplan/sharepoint';
import { MAX_API_BODY_BYTES } from '@devplan/server';
import { API_AUDIENCE, DEMO_PEOPLE, startLocalStack, type LocalStack } from '@devplan/local-stack';
import { spfi } from '@pnp/sp/index.js';

const LONG = 300_000;

/** The comment as a client that escapes every non-ASCII character writes it (`\u00e5`: 6 bytes a character). */
const asciiJson = (body: unknown) =>
  JSON.stringify(body).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

describe('text length limits are checked on the app server (issue 14, defect 8)', () => {
  let stack: LocalStack;
  let repos: Repositories;
  let planId: number;
  let initiativeId: number;
  /** Submitted follow-ups: one never decided here, one decided with the longest comment allowed. */
  let undecided: { id: number; version: number };
  let toApprove: { id: number; version: number };
  let cardData: Record<string, unknown>;
  let cardMessageId: string;

  beforeAll(async () => {
    stack = await startLocalStack({ spPort: 0, appPort: 0, dbFile: ':memory:', approvalSweepSeconds: 0 });
    repos = createRepositories(stack.site);
    const resolver = stack.approvals.host.resolver;
    const oid = (key: string) => DEMO_PEOPLE.find((p) => p.key === key)!.oid;
    const approver = (await resolver.actorFor(oid('approver'))).siteUserId;
    const owner = (await resolver.actorFor(oid('staff'))).siteUserId;
    const plan = (await repos.plans.byYear(2026))!;
    planId = plan.id;
    const initiatives = await repos.initiatives.byPlan(plan.id);
    for (const i of initiatives) {
      await repos.initiatives.update(i.id, { ownerId: owner }, i.etag!);
      await repos.approverAssignments.assign(i.id, approver, approver);
    }
    initiativeId = initiatives[0]!.id;
    const staff = createRepositories(
      new PlanSite(
        spfi(stack.emulator.siteUrl).using(TokenAuthenticated(() => stack.emulator.issueToken('staff'), 1)),
        stack.emulator.siteUrl,
      ),
    );
    const submit = async (initiative: number) => {
      const draft = await staff.followUps.add({
        planId: plan.id,
        initiativeId: initiative,
        periodYear: 2026,
        period: 'T1',
        status: 'onTrack',
        progress: 30,
        summary: 'Arbetet går enligt plan.',
      });
      const { id } = await staff.followUps.submit(draft.id, draft.etag!, owner);
      return { id, version: (await stack.approvals.host.decisions.followUp(id)).version };
    };
    undecided = await submit(initiatives[1]!.id);
    toApprove = await submit(initiatives[2]!.id);
    await stack.approvals.host.notifier.sweep();
    const message = stack.approvals.connector
      .inbox('approver')
      .find(
        (m: any) => m.activity.attachments?.[0]?.content?.refresh?.action?.data?.followUpId === undecided.id,
      ) as any;
    cardData = message.activity.attachments[0].content.refresh.action.data;
    cardMessageId = message.id;
  }, 150_000);
  afterAll(() => stack?.close());

  /** Writes to SharePoint since a mark of the emulator's request log (reads, sign-in look-ups and batches of reads left out). */
  const writesSince = (mark: number) =>
    stack.emulator
      .requestLog()
      .slice(mark)
      .filter(
        (e) =>
          e.method !== 'GET' &&
          e.batchWrites !== 0 &&
          e.status < 300 &&
          !/ensureuser|contextinfo|\/_local\//i.test(e.url),
      );

  const post = async (user: string, path: string, body: unknown) => {
    const token = await stack.emulator.issueToken(user, API_AUDIENCE);
    const response = await fetch(`${stack.app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  const tooLong = (path: string, max: number) => ({
    path,
    code: 'tooLong',
    message: localize('validation.tooLong', { max }),
  });

  const routes: [string, string, string, () => Record<string, unknown>, Record<string, unknown>][] = [
    [
      'a decision’s comment',
      'approver',
      '/api/approvals/decisions',
      () => ({
        followUpId: undecided.id,
        version: undecided.version,
        decision: 'sentBack',
        comment: 'x'.repeat(LONG),
      }),
      tooLong('comment', maxLengthOf('ApprovalDecisions', 'Comment')),
    ],
    [
      'a delegation’s deputy',
      'approver',
      '/api/approvals/delegations',
      () => ({ deputyObjectId: 'x'.repeat(LONG), start: '2026-06-01', end: '2026-06-30' }),
      tooLong('deputyObjectId', maxLengthOf('Conversations', 'AadObjectId')),
    ],
    [
      'a delegation’s start date',
      'approver',
      '/api/approvals/delegations',
      () => ({
        deputyObjectId: DEMO_PEOPLE.find((p) => p.key === 'deputy')!.oid,
        start: '2'.repeat(LONG),
        end: '2026-06-30',
      }),
      { path: 'start', code: 'invalidDate' },
    ],
    [
      'an approval request’s follow-up',
      'staff',
      '/api/approvals/notify',
      () => ({ followUpId: '1'.repeat(LONG) }),
      { path: 'followUpId', code: 'notInteger' },
    ],
    [
      'an audited change’s list',
      'staff',
      '/api/audit/changes',
      () => ({ list: 'x'.repeat(LONG), itemId: initiativeId }),
      { path: 'list', code: 'invalidChoice' },
    ],
    [
      'a period close’s period',
      'admin',
      '/api/reports/close',
      () => ({ planId, periodYear: 2026, period: 'T1'.repeat(LONG / 2) }),
      { path: 'period', code: 'invalidPeriod' },
    ],
    [
      'a period close’s field the route does not have',
      'admin',
      '/api/reports/close',
      () => ({ planId, periodYear: 2026, period: 'T1', note: 'x'.repeat(LONG) }),
      { path: 'note', code: 'unknownField' },
    ],
  ];

  it.each(routes)(
    'refuses a 300,000-character text as %s (%s, %s) with 400 and the field’s issue, and writes nothing',
    async (_what, user, path, body, issue) => {
      const mark = stack.emulator.requestLog().length;
      const answer = await post(user, path, body());
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        code: 'validation',
        reason: { sv: expect.any(String), en: expect.any(String) },
        issues: [expect.objectContaining(issue)],
      });
      expect(writesSince(mark)).toEqual([]);
    },
  );

  it('leaves the follow-up under decision undecided and names no deputy after all those refusals', async () => {
    expect(await repos.approvalDecisions.byFollowUp(undecided.id)).toEqual([]);
    expect((await repos.followUps.get(undecided.id)).state).toBe('submitted');
    expect(await repos.delegations.find()).toEqual([]);
  });

  it('refuses a decision comment one character past the Note limit with 400, and writes nothing', async () => {
    const mark = stack.emulator.requestLog().length;
    const answer = await post('approver', '/api/approvals/decisions', {
      followUpId: undecided.id,
      version: undecided.version,
      decision: 'approved',
      comment: 'å'.repeat(NOTE_MAX + 1),
    });
    expect(answer.status).toBe(400);
    expect(answer.body.issues).toEqual([tooLong('comment', NOTE_MAX)]);
    expect(writesSince(mark)).toEqual([]);
  });

  it('takes a decision comment of exactly the Note limit whole, even with every character written as a JSON escape', async () => {
    const comment = `${'åäö€'.repeat(NOTE_MAX / 4).slice(0, NOTE_MAX - 4)}Bra!`;
    expect(comment).toHaveLength(NOTE_MAX);
    const body = asciiJson({
      followUpId: toApprove.id,
      version: toApprove.version,
      decision: 'approved',
      comment,
    });
    expect(Buffer.byteLength(body)).toBeGreaterThan(6 * (NOTE_MAX - 4));
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_API_BODY_BYTES);
    const answer = await post('approver', '/api/approvals/decisions', body);
    expect(answer.status).toBe(201);
    // Its completion runs from the queue after the answer: finished here, so the next tests see no writes.
    await stack.approvals.host.notifier.completions.idle();
    const [decision] = await repos.approvalDecisions.byFollowUp(toApprove.id);
    expect(decision?.comment).toBe(comment);
  });

  it('refuses a body longer than any valid request with 413 before reading it, and writes nothing', async () => {
    const mark = stack.emulator.requestLog().length;
    const answer = await post('approver', '/api/approvals/decisions', {
      followUpId: undecided.id,
      version: undecided.version,
      decision: 'approved',
      comment: 'x'.repeat(MAX_API_BODY_BYTES),
    });
    expect(answer).toMatchObject({ status: 413, body: { code: 'bodyTooLarge' } });
    expect(writesSince(mark)).toEqual([]);
  });

  it('refuses a card action whose comment is past the Note limit with 400 and the field’s issue, and writes nothing', async () => {
    const mark = stack.emulator.requestLog().length;
    const answer = await stack.approvals.connector.invoke('approver', cardMessageId, {
      verb: 'sendBack',
      data: { ...cardData, comment: 'å'.repeat(NOTE_MAX + 1) },
    });
    expect(answer.body).toMatchObject({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: {
        code: 'validation',
        innerHttpError: { statusCode: 400, body: { issues: [tooLong('comment', NOTE_MAX)] } },
      },
    });
    expect(writesSince(mark)).toEqual([]);
    expect(await repos.approvalDecisions.byFollowUp(undecided.id)).toEqual([]);
  });

  it('refuses a card action with a 300,000-character comment at the bot’s endpoint (413), and writes nothing', async () => {
    const connector = stack.approvals.connector;
    const mark = stack.emulator.requestLog().length;
    const answer = await connector.postToBot(
      {
        ...connector.envelopeFor('approver'),
        type: 'invoke',
        name: 'adaptiveCard/action',
        replyToId: cardMessageId,
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'sendBack',
            data: { ...cardData, comment: 'x'.repeat(LONG) },
          },
          trigger: 'manual',
        },
      },
      await connector.inboundToken(),
    );
    expect(answer).toMatchObject({ status: 413, body: { code: 'bodyTooLarge' } });
    expect(writesSince(mark)).toEqual([]);
    expect(await repos.approvalDecisions.byFollowUp(undecided.id)).toEqual([]);
  });
});
