/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire (connector, bot), asserted by shape */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spfi } from '@pnp/sp/index.js';
import '@pnp/sp/webs/index.js';
import '@pnp/sp/lists/index.js';
import '@pnp/sp/site-users/web.js';
import { createRepositories, PlanSite, TokenAuthenticated, type Repositories } from '@devplan/sharepoint';

/**
 * `kill -9` of the app server in the middle of many approvals. The local stack (`npm start`'s
 * dev/local-stack/src/start/local-stack.ts: emulator, app server, bot, connector in one process, a file database
 * with WAL and synchronous=FULL) runs as a child process. The approver clicks Approve on 26 cards at once;
 * when some decisions are recorded the process is killed with SIGKILL, then started again on the same
 * database. The approver clicks again what shows no decision (as a person whose click got no answer does),
 * and the sweep runs. Afterwards: no decision that was answered before the kill is lost, none is
 * duplicated, and every approved follow-up is published exactly once with its audit entries.
 *
 * The local connector keeps its messages in memory, so after the restart the old card messages are gone
 * from it (in Teams they stay): the second click sends the same card data as an invoke from the approver's
 * 1:1 chat with the app.
 */

const ROOT = resolve(__dirname, '../../..');
const HOOKS = resolve(__dirname, 'support/ts-hooks.mjs');
const PERIODS = ['T1', 'T2'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

interface Stack {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

async function startStack(env: Record<string, string>): Promise<Stack> {
  const output: string[] = [];
  const child = spawn(
    process.execPath,
    // Without example data: the test writes its own follow-ups of the 2026 plan.
    [
      '--disable-warning=ExperimentalWarning',
      '--import',
      HOOKS,
      'dev/local-stack/src/start/local-stack.ts',
      '--no-example-data',
    ],
    { cwd: ROOT, env: { ...process.env, ...env, BOT_ALLOW_UNAUTHENTICATED_LOCAL: '' }, stdio: 'pipe' },
  );
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`stack did not start:\n${output.join('')}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes('Stoppa med Ctrl-C')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`stack exited (${code}) before it was ready:\n${output.join('')}`));
    });
  });
  return { child, output, exited };
}

describe('kill -9 of the app server in the middle of approvals', () => {
  const dir = mkdtempSync(join(tmpdir(), 'devplan-kill-'));
  let stack: Stack | undefined;
  let app: Repositories;
  let followUpIds: number[] = [];
  let dataOf = new Map<number, Record<string, unknown>>();
  let answeredBeforeKill = new Set<number>();
  let decidedAtRestart = new Set<number>();
  const halfDone: number[] = [];
  let leftToSweep = new Set<number>();
  let atKill = 0;
  let post: (url: string, body: unknown) => Promise<{ status: number; body: any }>;
  let inbox: (user: string) => Promise<any[]>;
  let connector = '';
  const reclicked: number[] = [];
  afterAll(async () => {
    if (stack && stack.child.exitCode === null) {
      stack.child.kill('SIGTERM');
      await stack.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  beforeAll(async () => {
    const [spPort, appPort, connectorPort] = [await freePort(), await freePort(), await freePort()];
    const env = {
      SP_PORT: String(spPort),
      PORT: String(appPort),
      CONNECTOR_PORT: String(connectorPort),
      // Any free port: another test run beside this one may hold the default 4310.
      INTRANET_PORT: '0',
      SP_DB_FILE: join(dir, 'sp.sqlite'),
      APPROVAL_SWEEP_SECONDS: '2',
    };
    const origin = `http://127.0.0.1:${spPort}`;
    connector = `http://127.0.0.1:${connectorPort}`;
    const siteUrl = `${origin}/sites/utvecklingsplan`;
    const tokenOf = async (user: string) => {
      const r = await fetch(`${origin}/_local/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user }),
      });
      return ((await r.json()) as { access_token: string }).access_token;
    };
    const reposAs = (user: string): Repositories =>
      createRepositories(
        new PlanSite(spfi(siteUrl).using(TokenAuthenticated(() => tokenOf(user), 2)), siteUrl),
      );
    post = async (url: string, body: unknown) => {
      const r = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: r.status, body: (await r.json().catch(() => null)) as any };
    };
    inbox = async (user: string) =>
      (await (await fetch(`${connector}/_connector/inbox?user=${user}`)).json()) as any[];

    // --- first run: plan, people, 39 submitted follow-ups, their cards ---
    stack = await startStack(env);
    app = reposAs('app');
    const staff = reposAs('staff');
    const plan = (await app.plans.byYear(2026))!;
    const site = new PlanSite(spfi(siteUrl).using(TokenAuthenticated(() => tokenOf('app'))), siteUrl);
    const users = (await (await fetch(`${origin}/_local/users`)).json()) as { key: string; upn: string }[];
    const idOf = async (key: string) =>
      ((await site.sp.web.ensureUser(`i:0#.f|membership|${users.find((u) => u.key === key)!.upn}`)) as any)
        .Id as number;
    const approverId = await idOf('approver');
    const ownerId = await idOf('staff');
    const initiatives = await app.initiatives.byPlan(plan.id);
    for (const i of initiatives) {
      await app.initiatives.update(i.id, { ownerId }, i.etag!);
      await app.approverAssignments.assign(i.id, approverId, approverId);
    }
    followUpIds = [];
    const apiToken = await fetch(`${origin}/_local/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'staff', audience: 'api://utvecklingsplan' }),
    }).then(async (r) => ((await r.json()) as { access_token: string }).access_token);
    for (const period of PERIODS) {
      for (const i of initiatives) {
        const draft = await staff.followUps.add({
          planId: plan.id,
          initiativeId: i.id,
          periodYear: 2026,
          period,
          status: 'onTrack',
          progress: 50,
          summary: `Uppföljning ${period} av ${i.title}.`,
        });
        await staff.followUps.submit(draft.id, draft.etag!, ownerId);
        followUpIds.push(draft.id);
        // the tab asks for the card right after submitting (the sweep would send it too)
        await fetch(`http://127.0.0.1:${appPort}/api/approvals/notify`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${apiToken}` },
          body: JSON.stringify({ followUpId: draft.id }),
        });
      }
    }
    const cardOf = (m: any) => m.activity.attachments?.[0]?.content;
    let cards: any[] = [];
    for (let waited = 0; cards.length < followUpIds.length; waited += 250) {
      if (waited > 60_000) throw new Error(`only ${cards.length} cards arrived`);
      await sleep(250);
      cards = (await inbox('approver')).filter((m) => cardOf(m)?.refresh);
    }
    dataOf = new Map<number, Record<string, unknown>>(
      cards.map((m) => [cardOf(m).refresh.action.data.followUpId as number, cardOf(m).refresh.action.data]),
    );

    // --- everyone clicks Approve at once; kill -9 once some decisions are recorded ---
    const answered = new Set<number>();
    const clicks = cards.map((m) => {
      const id = cardOf(m).refresh.action.data.followUpId as number;
      return post(`${connector}/_connector/invoke`, {
        user: 'approver',
        activityId: m.id,
        verb: 'approve',
        data: cardOf(m).refresh.action.data,
        trigger: 'manual',
      })
        .then((a) => {
          if (a.status === 200 && JSON.stringify(a.body).includes('Godkänd av')) answered.add(id);
        })
        .catch(() => undefined);
    });
    const decisionCount = async () =>
      ((await site.list('ApprovalDecisions').select('ItemCount')()) as { ItemCount: number }).ItemCount;
    for (let polls = 0; ; polls++) {
      atKill = await decisionCount().catch(() => atKill);
      if (atKill >= 6 || polls > 2000) break;
      await sleep(10);
    }
    stack.child.kill('SIGKILL');
    expect(await stack.exited).toBeNull();
    await Promise.all(clicks);
    answeredBeforeKill = new Set(answered);

    // --- restart on the same database ---
    stack = await startStack(env);
    const before = await app.approvalDecisions.find();
    decidedAtRestart = new Set(before.map((d) => d.followUpId));
    const publishedAtRestart = new Set((await app.published.find()).map((p) => p.followUpId));
    for (const id of decidedAtRestart)
      if ((await app.followUps.get(id)).state !== 'approved' || !publishedAtRestart.has(id))
        halfDone.push(id);
    // every second half-done decision is left alone by the approver: the sweep must finish it
    leftToSweep = new Set(halfDone.filter((_, i) => i % 2 === 1));
    console.log(
      `kill -9 after ${atKill} of ${followUpIds.length} decisions were recorded (${answeredBeforeKill.size} clicks answered); ` +
        `at restart ${decidedAtRestart.size} decisions, ${halfDone.length} half done (${leftToSweep.size} left to the sweep), ${publishedAtRestart.size} published`,
    );
  }, 175_000);

  /** The approver clicks Approve again on the cards of `ids` (the same card data, from their 1:1 chat). */
  async function clickAgain(ids: number[]): Promise<void> {
    const [carrier] = (await inbox('approver')).filter((m) => m.conversationId);
    expect(carrier).toBeDefined();
    for (const id of ids) {
      const answer = await post(`${connector}/_connector/invoke`, {
        user: 'approver',
        activityId: carrier.id,
        verb: 'approve',
        data: dataOf.get(id),
        trigger: 'manual',
      });
      expect(JSON.stringify(answer.body)).toContain('Godkänd av');
      reclicked.push(id);
    }
  }

  /** Follow-ups of `ids` whose approval is not complete: state, one published copy, one approve and one publish entry. */
  async function incompleteOf(ids: number[]): Promise<string[]> {
    const decisions = (await app.approvalDecisions.find()).filter((d) => followUpIds.includes(d.followUpId));
    expect(new Set(decisions.map((d) => d.followUpId)).size).toBe(decisions.length);
    const published = await app.published.find();
    const audit = await app.audit.find();
    const out: string[] = [];
    for (const id of ids) {
      const copies = published.filter((p) => p.followUpId === id);
      const approvals = audit.filter(
        (e) => e.listName === 'FollowUps' && e.itemId === id && e.action === 'approve',
      );
      const publishes = audit.filter(
        (e) =>
          e.listName === 'PublishedFollowUps' &&
          copies.some((c) => c.id === e.itemId) &&
          e.action === 'publish',
      );
      const state = (await app.followUps.get(id)).state;
      expect(copies.length).toBeLessThanOrEqual(1);
      expect(approvals.length).toBeLessThanOrEqual(1);
      expect(publishes.length).toBeLessThanOrEqual(1);
      const decided = decisions.filter((d) => d.followUpId === id).length;
      if (
        decided !== 1 ||
        state !== 'approved' ||
        copies.length !== 1 ||
        approvals.length !== 1 ||
        publishes.length !== 1
      )
        out.push(
          `${id}: ${decided} decisions, state ${state}, ${copies.length} published, ${approvals.length} approve / ${publishes.length} publish audit entries`,
        );
    }
    return out;
  }

  it('keeps every decision recorded before the kill and, once the approver clicks again, completes each exactly once', async () => {
    const decisions = await app.approvalDecisions.find();
    for (const id of answeredBeforeKill) expect(decisions.some((d) => d.followUpId === id)).toBe(true);
    const again = followUpIds.filter((id) => !answeredBeforeKill.has(id) && !leftToSweep.has(id));
    await clickAgain(again);
    await sleep(3_000);
    expect(await incompleteOf(followUpIds.filter((id) => !leftToSweep.has(id)))).toEqual([]);
    for (const id of decidedAtRestart)
      expect((await app.approvalDecisions.find()).some((d) => d.followUpId === id)).toBe(true);
  }, 120_000);

  // The reminder sweep finishes decisions whose process died after the commit point (ApprovalNotifier.finishRecorded).
  it('finishes, by the sweep alone, a half-done decision nobody clicks again', async () => {
    if (leftToSweep.size === 0) throw new Error('the kill left no half-done decision to the sweep this time');
    await sleep(5_000);
    expect(await incompleteOf([...leftToSweep])).toEqual([]);
  }, 60_000);

  it('after every card is clicked again, has exactly one decision and one published copy per follow-up', async () => {
    await clickAgain([...leftToSweep]);
    expect(await incompleteOf(followUpIds)).toEqual([]);
    const decisions = (await app.approvalDecisions.find()).filter((d) => followUpIds.includes(d.followUpId));
    expect(decisions).toHaveLength(followUpIds.length);
    console.log(
      `after restart: ${reclicked.length} cards clicked again; ${decisions.length} decisions, one per follow-up; every approval published once`,
    );
  }, 120_000);
});
