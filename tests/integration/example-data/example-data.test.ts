import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spfi } from '@pnp/sp/index.js';
import '@pnp/sp/lists/index.js';
import { LISTS, type FollowUp } from '@devplan/core';
import {
  createRepositories,
  PlanSite,
  spCall,
  TokenAuthenticated,
  type Repositories,
} from '@devplan/sharepoint';
import { planSourceFrom } from '@devplan/sharepoint/reader';
import { startEmulator } from '@devplan/sp-emulator';
import { DEMO_PEOPLE, startLocalStack, type LocalStack } from '@devplan/local-stack';
import { builtEntry } from '../../support/build';

/** Item counts of every list of the schema, by list key. */
async function listCounts(site: PlanSite): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const def of LISTS) {
    const info = (await spCall({ listName: def.key }, () => site.list(def.key).select('ItemCount')())) as {
      ItemCount: number;
    };
    out[def.key] = info.ItemCount;
  }
  return out;
}

/**
 * What a start leaves on the site: every list's count, the audit trail counted without the bot's install
 * entries (each start installs the app for the demo people again, with the connector's new address).
 */
async function siteContent(site: PlanSite): Promise<Record<string, number>> {
  const audit = await createRepositories(site).audit.find();
  return {
    ...(await listCounts(site)),
    AuditLog: audit.filter((e) => e.action !== 'install').length,
  };
}

const byState = (followUps: readonly FollowUp[], period: string) =>
  followUps
    .filter((f) => f.period === period)
    .reduce<Record<string, number>>((n, f) => ({ ...n, [f.state]: (n[f.state] ?? 0) + 1 }), {});

/** Starts the stack on the data in `dir` as `npm start` starts it, sweeps off (the test runs nothing by time). */
const startOn = (dir: string, exampleData?: boolean) =>
  startLocalStack({
    spPort: 0,
    appPort: 0,
    dbFile: join(dir, 'sp-emulator.sqlite'),
    approvalSweepSeconds: 0,
    ...(exampleData === undefined ? {} : { exampleData }),
  });

const reposAs = (stack: LocalStack, user: string): Repositories =>
  createRepositories(
    new PlanSite(
      spfi(stack.emulator.siteUrl).using(TokenAuthenticated(() => stack.emulator.issueToken(user))),
      stack.emulator.siteUrl,
    ),
  );

describe("npm start's example data", () => {
  const dir = mkdtempSync(join(tmpdir(), 'devplan-example-data-'));
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startOn(dir, true);
  }, 600_000);
  afterAll(async () => {
    await stack?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives every initiative an owner, a timeline and an approver through the app, and names a deputy', async () => {
    expect(stack.exampleData).toEqual({
      outcome: 'created',
      reason: null,
      created: {
        initiatives: 13,
        approvers: 13,
        delegations: 1,
        effects: 7,
        measurements: 14,
        followUps: 23,
        submissions: 23,
        decisions: 14,
      },
    });
    const app = createRepositories(stack.site);
    const plan = (await app.plans.byYear(2026))!;
    const initiatives = await app.initiatives.byPlan(plan.id);
    const sara = await stack.approvals.host.resolver.actorFor(
      DEMO_PEOPLE.find((p) => p.key === 'staff')!.oid,
    );
    const karin = await stack.approvals.host.resolver.actorFor(
      DEMO_PEOPLE.find((p) => p.key === 'approver')!.oid,
    );
    const erik = await stack.approvals.host.resolver.actorFor(
      DEMO_PEOPLE.find((p) => p.key === 'deputy')!.oid,
    );
    expect(initiatives.filter((i) => i.ownerId === sara.siteUserId)).toHaveLength(7);
    expect(initiatives.every((i) => i.ownerId !== null && i.start !== null && i.end !== null)).toBe(true);
    // The approver is named where decisions read it (ApproverAssignments), by a plan administrator, and audited.
    const assignments = await app.approverAssignments.byInitiativeId();
    expect(initiatives.map((i) => assignments.get(i.id)?.approverId)).toEqual(
      initiatives.map(() => karin.siteUserId),
    );
    expect(initiatives.map((i) => i.approverId)).toEqual(initiatives.map(() => karin.siteUserId));
    const trail = await app.audit.forItem('Initiatives', initiatives[0]!.id);
    expect(trail.filter((e) => e.action === 'approverAssigned').map((e) => e.actor)).toEqual(['Maria Ek']);
    expect(await app.delegations.byApprover(karin.siteUserId)).toEqual([
      expect.objectContaining({ deputyId: erik.siteUserId }),
    ]);
    const effects = await app.effects.find({ filter: `PlanId eq ${plan.id}` });
    expect(effects.every((e) => e.indicator && e.baseline !== null && e.target !== null)).toBe(true);
  });

  it('writes a year of follow-ups: T1 approved and published with the app’s seal, T2 submitted, one sent back', async () => {
    const app = createRepositories(stack.site);
    const plan = (await app.plans.byYear(2026))!;
    const followUps = await app.followUps.find({ filter: `PlanId eq ${plan.id}` });
    expect(byState(followUps, 'T1')).toEqual({ approved: 13 });
    expect(byState(followUps, 'T2')).toEqual({ submitted: 9, sentBack: 1 });
    const sentBack = followUps.find((f) => f.state === 'sentBack')!;
    const [decision] = await app.approvalDecisions.byFollowUp(sentBack.id);
    expect(decision).toMatchObject({ decision: 'sentBack', decidedAt: '2026-09-15T09:20:00.000Z' });
    expect(decision!.comment).toMatch(/Komplettera/);

    // A reader sees the published T1 follow-ups, every one sealed by the app (none left out as unverified).
    const reader = new PlanSite(
      spfi(stack.emulator.siteUrl).using(TokenAuthenticated(() => stack.emulator.issueToken('reader'))),
      stack.emulator.siteUrl,
    );
    const view = (await planSourceFrom(reader).load(2026))!;
    expect(view.published.map((p) => p.period)).toEqual(Array(13).fill('T1'));
    expect(view.unverifiedPublications).toBe(0);

    // Written by the owner (audited on its initiative, as the tab's writes are), submitted, carded and decided
    // as the product does it, each step in the trail.
    const first = followUps.find((f) => f.period === 'T1' && f.submittedById !== null)!;
    const written = (await app.audit.forItem('Initiatives', first.initiativeId))
      .filter((e) => e.details['list'] === 'FollowUps' && e.details['itemId'] === first.id)
      .map((e) => `${e.action} ${e.actor}`);
    expect(written).toEqual(['create Sara Lindqvist', 'update Sara Lindqvist']);
    const decided = (await app.audit.forItem('FollowUps', first.id)).map((e) => `${e.action} ${e.actor}`);
    expect(decided).toEqual(expect.arrayContaining(['submit Sara Lindqvist', 'approve Karin Nilsson']));
    // The cards went to the approver's and the deputy's chats, as the tab's submission asks for them.
    expect((await app.approvalCards.byFollowUp(first.id)).map((c) => c.kind)).toContain('request');

    // The app's own sweep finds everything as the app wrote it: nothing to restore, remove, finish or send.
    const sweep = await stack.approvals.host.notifier.sweep();
    expect(sweep).toMatchObject({
      requested: [],
      reverted: [],
      approversRestored: [],
      forgedRemoved: [],
      completed: [],
    });
  });

  it('marks the plan, so that every view shows the example-data notice; the plan’s own texts stay the city’s', async () => {
    const plan = (await reposAs(stack, 'reader').plans.byYear(2026))!;
    expect(plan.exampleData).toBe(true);
    expect(plan.caseNumber).toBe('STK-2025-1042');
    const page = await (await fetch(`${stack.app.url}/`)).text();
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('Den här webbplatsen har exempeldata.');
    expect(page).toContain('npm start -- --no-example-data');
    const english = await (await fetch(`${stack.app.url}/?lang=en`)).text();
    expect(english).toContain('This site holds example data.');
  });

  it('is written once: a second start on the same data finds it and writes nothing', async () => {
    const before = await siteContent(stack.site);
    await stack.close();
    stack = await startOn(dir, true);
    expect(stack.exampleData).toMatchObject({ outcome: 'present', created: { followUps: 0, decisions: 0 } });
    expect(await siteContent(stack.site)).toEqual(before);
  }, 300_000);

  it('is kept but not added to by a start without it', async () => {
    const before = await siteContent(stack.site);
    await stack.close();
    stack = await startOn(dir, false);
    expect(stack.exampleData).toBeNull();
    expect(await siteContent(stack.site)).toEqual(before);
  }, 300_000);
});

describe('without example data', () => {
  it('the stack (tests’ default) holds the clean plan: no owners, follow-ups or effects, no mark', async () => {
    const stack = await startLocalStack({
      spPort: 0,
      appPort: 0,
      dbFile: ':memory:',
      approvalSweepSeconds: 0,
    });
    try {
      expect(stack.exampleData).toBeNull();
      const app = createRepositories(stack.site);
      const plan = (await app.plans.byYear(2026))!;
      expect(plan.exampleData).toBe(false);
      expect((await app.initiatives.byPlan(plan.id)).filter((i) => i.ownerId !== null)).toEqual([]);
      const counts = await listCounts(stack.site);
      expect([counts['FollowUps'], counts['Effects'], counts['ApproverAssignments']]).toEqual([0, 0, 0]);
      const page = await (await fetch(`${stack.app.url}/`)).text();
      expect(page).toContain('Den här webbplatsen har ingen exempeldata.');
    } finally {
      await stack.close();
    }
  });

  it('`npm start -- --no-example-data` starts without it', async () => {
    const cli = builtEntry('dev/local-stack', 'dist/start/local-stack.js');
    const dir = mkdtempSync(join(tmpdir(), 'devplan-no-example-'));
    const child: ChildProcess = spawn(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', cli, '--no-example-data'],
      {
        env: {
          ...process.env,
          PORT: '0',
          SP_PORT: '0',
          INTRANET_PORT: '0',
          APPROVAL_SWEEP_SECONDS: '0',
          SP_DB_FILE: join(dir, 'sp-emulator.sqlite'),
        },
      },
    );
    try {
      const appUrl = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (d: Buffer) => {
          out += d.toString();
          const started = /Kom igång \/ Getting started:\s+(\S+?)\/?\n/.exec(out);
          if (started) resolve(started[1]!);
        });
        child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
        child.on('exit', (code) => reject(new Error(`npm start ended (${code}) before it started:\n${out}`)));
      });
      const page = await (await fetch(`${appUrl}/`)).text();
      expect(page).toContain('Den här webbplatsen har ingen exempeldata.');
      expect(page).toMatch(/<th scope="row">Uppföljningar<\/th><td>0<\/td>/);
    } finally {
      if (child.exitCode === null) {
        const ended = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGINT');
        await ended;
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('provisioning a site (`npm run provision`) writes no data at all, example data least of all', async () => {
    const cli = builtEntry('apps/provision', 'dist/cli.js');
    const emulator = await startEmulator({ port: 0 });
    try {
      const code = await new Promise<number | null>((resolve) =>
        spawn(process.execPath, [
          '--disable-warning=ExperimentalWarning',
          cli,
          '--site',
          emulator.siteUrl,
          '--local',
        ]).on('close', resolve),
      );
      expect(code).toBe(0);
      const site = new PlanSite(
        spfi(emulator.siteUrl).using(TokenAuthenticated(() => emulator.issueToken('app'))),
        emulator.siteUrl,
      );
      expect(Object.values(await listCounts(site)).every((n) => n === 0)).toBe(true);
    } finally {
      await emulator.close();
    }
  });
});
