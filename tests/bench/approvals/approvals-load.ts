/**
 * Load command for approvals (not a timed test): 200 concurrent approvals of different follow-ups and
 * 20 concurrent approvals of one, clicked through the local Bot Framework connector against the emulator.
 * The connector signs its tokens once and reuses them while valid, as the Bot Framework service does (it
 * used to sign one per click, about a millisecond of RS256 on the same two cores as the app server).
 *
 * Run from the repository root after building:
 *   npx tsc -b && npx node --experimental-strip-types --disable-warning=ExperimentalWarning tests/bench/approvals/approvals-load.ts
 *
 * Prints, for each scenario, the clicks sent, the decisions recorded and lost (a click whose decision is
 * not in ApprovalDecisions although its follow-up should have one), duplicates (more than one decision on a
 * follow-up version), and the p50/p95 time from click to answered invoke: the bot answers once the decision
 * record is written (the commit point), so this is click-to-recorded as the approver sees it. The completion
 * (State, sealed publication, audit) and the card replacement follow from the completion queue: the time
 * until that queue is idle, and whether every approval was completed and published exactly once, are
 * printed beside it.
 * `measureApprovalLatency(concurrency, rounds)` is the same measure for `npm run bench`, with as many
 * approvers as concurrent clicks: each click of a round is made by a different person, on a follow-up of the
 * initiative they approve (one demo approver for 1; 50 bench approvers, one per initiative, for 50).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire */
import { performance } from 'node:perf_hooks';
import { spfi } from '@pnp/sp/index.js';
import {
  createRepositories,
  followUpMapping,
  PlanSite,
  provision,
  toFields,
  TokenAuthenticated,
} from '@devplan/sharepoint';
import { importPlan, PLAN_2026 } from '@devplan/sharepoint/seed';
import { startAppServer } from '@devplan/server';
import { DEMO_PEOPLE, startLocalApprovals } from '@devplan/local-stack';
import { EMAIL_DOMAIN, type DemoUser } from '@devplan/sp-emulator';
import { forkConnector, startBenchConnector, type ClickResult } from './connector-process.ts';
import { forkEmulator } from './emulator-process.ts';

const DIFFERENT = 200;
const SAME = 20;

/** How long the rig reuses the app's SharePoint token (the emulator's tokens live an hour), as MSAL caches it. */
const TOKEN_REUSE_MS = 50 * 60 * 1000;

/** A token provider that asks for a new token only when the one it holds is about to expire. */
function cachedToken(issue: () => Promise<string>): () => Promise<string> {
  let held: { token: Promise<string>; until: number } | null = null;
  return () => {
    if (!held || Date.now() >= held.until) {
      const token = issue();
      held = { token, until: Date.now() + TOKEN_REUSE_MS };
      token.catch(() => {
        held = null;
      });
    }
    return held.token;
  };
}

/** The `p`th percentile of `values` (nearest rank): the measure's p50 and p95. */
export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/**
 * `n` approvers for the bench besides the demo users: site members like the demo approver, with unique object
 * ids and UPNs `godkannare01@…` and so on.
 */
export function benchApprovers(n: number): DemoUser[] {
  return Array.from({ length: n }, (_, i) => {
    const number = String(i + 1).padStart(2, '0');
    const upn = `godkannare${number}@${EMAIL_DOMAIN}`;
    return {
      key: `godkannare${number}`,
      upn,
      email: upn,
      displayName: `Godkännare ${number}`,
      oid: `b3c4d5e6-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      role: 'member',
      description: 'Member, approves one initiative (approvals bench)',
    };
  });
}

/** Settings of the approvals rig. */
export interface ApprovalRigOptions {
  /**
   * How many people approve (default 1: the demo approver, of every initiative). With more, as many bench
   * approvers are added, approver i of initiative i (initiatives are added when the plan has too few), and
   * the follow-ups go round the initiatives: any `approvers` consecutive ids are of as many different people.
   */
  approvers?: number;
  /**
   * Where the local Bot Framework connector and the clicks run: `'app'` (default), in the app server's
   * process, as the bench always has; or `'own'`, in a process of their own (`connector-process.ts`), as in
   * Teams the Bot Framework service is not in the app server's process. On this 2-core machine `'own'` was the
   * slower and noisier (three busy processes on two cores; `npm run bench:approvals-rounds -- --connector own`).
   */
  connectorProcess?: 'own' | 'app';
}

/** A running approvals rig: emulator, app server, local connector, and `cards` approval cards sent. */
export interface ApprovalRig {
  /** Follow-up ids with a card in their approver's inbox. */
  ids: number[];
  /** The key of the person a follow-up's card was sent to (who clicks it). */
  approverOf(followUpId: number): string;
  /**
   * Clicks "approve" on each follow-up's card as its approver, all at once (a follow-up twice is clicked
   * twice); resolves when the bot has answered every click (after recording), with each click's time.
   */
  clicks(followUpIds: readonly number[]): Promise<ClickResult[]>;
  /** How many of `followUpIds` have a decision recorded, and how many have more than one. */
  verify(followUpIds: readonly number[]): Promise<{ recorded: number; duplicates: number }>;
  /** Waits until the completion queue is idle; how many of `followUpIds` are approved and published once. */
  completed(followUpIds: readonly number[]): Promise<{ completed: number; publishedTwice: number }>;
  /** Seconds it took to send the cards. */
  sendSeconds: number;
  close(): Promise<void>;
}

/**
 * Starts the approvals stack on an in-memory emulator with the 2026 plan and `cards` submitted follow-ups
 * (written straight into storage), and lets the notifier send their approval cards. The emulator runs in a
 * process of its own (SharePoint is never inside the app server's process); the app server runs in this one,
 * and by default so do the local connector and the clicks (`ApprovalRigOptions.connectorProcess`). The app's
 * SharePoint token is reused until it nears expiry, as the production server's MSAL token cache does. See
 * `ApprovalRigOptions` for who approves.
 */
export async function startApprovalRig(
  cards: number,
  options: ApprovalRigOptions = {},
): Promise<ApprovalRig> {
  const approvers = options.approvers ?? 1;
  if (!Number.isInteger(approvers) || approvers < 1) throw new Error(`approvers: ${approvers}`);
  const people = approvers > 1 ? benchApprovers(approvers) : [];
  const emulator = await forkEmulator({ users: people });
  const site = new PlanSite(
    spfi(emulator.siteUrl).using(TokenAuthenticated(cachedToken(() => emulator.issueToken('app')))),
    emulator.siteUrl,
  );
  await provision(site);
  const repos = createRepositories(site);
  const plan = (await importPlan(repos, PLAN_2026, { actor: 'bench' })).plan;
  const connectorPeople = people.map(({ key, oid, upn, displayName }) => ({ key, oid, upn, displayName }));
  const approvals = await startLocalApprovals({
    site,
    emulatorOrigin: emulator.origin,
    connectorPort: 0,
    people: connectorPeople,
    connector: await (options.connectorProcess === 'own' ? forkConnector : startBenchConnector)(
      connectorPeople,
    ),
  });
  const app = await startAppServer({ port: 0, site, routes: approvals.host.routes });
  await approvals.attach(app.url);
  const { connector, host } = approvals;
  const oidOf = (key: string) => DEMO_PEOPLE.find((p) => p.key === key)!.oid;
  const owner = await host.resolver.actorFor(oidOf('staff'));
  const initiatives = await repos.initiatives.byPlan(plan.id);
  // One initiative per bench approver: those the 2026 plan lacks are added (owned by the same member).
  for (let n = initiatives.length; n < people.length; n++) {
    initiatives.push(
      await repos.initiatives.add({
        planId: plan.id,
        focusAreaId: initiatives[n % initiatives.length]!.focusAreaId,
        title: `Lasttestinsats ${n + 1}`,
        description: '',
        goal: '',
        principles: [],
        status: 'planned',
        sortOrder: n + 1,
        ownerId: owner.siteUserId,
      }),
    );
  }
  for (const i of initiatives) {
    if (i.ownerId !== owner.siteUserId)
      await repos.initiatives.update(i.id, { ownerId: owner.siteUserId }, i.etag!);
  }
  // Who approves what: the demo approver every initiative, or bench approver i initiative i (the rest none).
  const lanes: { initiativeId: number; key: string }[] = [];
  if (people.length === 0) {
    const approver = await host.resolver.actorFor(oidOf('approver'));
    for (const i of initiatives) {
      await repos.approverAssignments.assign(i.id, approver.siteUserId, approver.siteUserId);
      lanes.push({ initiativeId: i.id, key: 'approver' });
    }
  } else {
    for (const [n, person] of people.entries()) {
      const approver = await host.resolver.actorFor(person.oid);
      const initiative = initiatives[n]!;
      await repos.approverAssignments.assign(initiative.id, approver.siteUserId, approver.siteUserId);
      lanes.push({ initiativeId: initiative.id, key: person.key });
    }
  }

  const rows: Record<string, unknown>[] = [];
  for (let year = 2026; rows.length < cards; year++) {
    for (const period of ['T1', 'T2', 'FY']) {
      for (const lane of lanes) {
        if (rows.length >= cards) break;
        rows.push(
          toFields(followUpMapping, {
            planId: plan.id,
            initiativeId: lane.initiativeId,
            periodYear: year,
            period,
            status: 'onTrack',
            progress: 50,
            summary: `Lasttest ${year} ${period}`,
            risks: '',
            nextSteps: '',
            effectsSeen: '',
            state: 'submitted',
            submittedById: owner.siteUserId,
            submittedAt: new Date().toISOString(),
          }),
        );
      }
    }
  }
  // Written as the owner who submits them: the sweep passes on only submissions whose editor is the submitter.
  const ids = await emulator.bulkInsertItems('Uppföljningar', rows, 'staff');
  const started = performance.now();
  await host.notifier.sweep();
  const sendSeconds = (performance.now() - started) / 1000;

  // Each card from the inbox of the person it was sent to.
  const sent = new Map<number, { key: string; id: string; data: Record<string, unknown> }>();
  for (const key of new Set(lanes.map((l) => l.key))) {
    for (const message of await connector.inbox(key)) {
      const card = (message.activity['attachments'] as { content: any }[] | undefined)?.[0]?.content;
      const data = card?.refresh?.action?.data;
      if (data) sent.set(data.followUpId, { key, id: message.id, data });
    }
  }
  const missing = ids.filter((id) => !sent.has(id));
  if (missing.length > 0)
    throw new Error(`No approval card was sent for ${missing.length} follow-up(s), e.g. ${missing[0]}.`);

  return {
    ids,
    sendSeconds,
    approverOf: (followUpId) => sent.get(followUpId)!.key,
    clicks: (followUpIds) =>
      connector.clicks(
        followUpIds.map((id) => {
          const card = sent.get(id)!;
          return { user: card.key, activityId: card.id, verb: 'approve', data: card.data };
        }),
      ),
    async verify(followUpIds) {
      let recorded = 0;
      let duplicates = 0;
      for (const id of followUpIds) {
        const decisions = await repos.approvalDecisions.byFollowUp(id);
        if (decisions.length >= 1) recorded++;
        if (decisions.length > 1) duplicates++;
      }
      return { recorded, duplicates };
    },
    async completed(followUpIds) {
      await host.notifier.completions.idle();
      const published = await repos.published.find();
      let completed = 0;
      let publishedTwice = 0;
      for (const id of followUpIds) {
        const copies = published.filter((p) => p.followUpId === id).length;
        if (copies > 1) publishedTwice++;
        if (copies === 1 && (await repos.followUps.get(id)).state === 'approved') completed++;
      }
      return { completed, publishedTwice };
    },
    async close() {
      // Nothing is left half done behind the figures: the queue finishes before SharePoint goes away.
      await host.notifier.completions.idle();
      await app.close();
      await approvals.close();
      await emulator.close();
    },
  };
}

/** Click-to-recorded times at one concurrency. */
export interface ApprovalLatency {
  concurrency: number;
  clicks: number;
  recorded: number;
  duplicates: number;
  answeredOk: number;
  p50Ms: number;
  p95Ms: number;
  /** From the first click until every decision was completed and announced (the completion queue idle). */
  completedMs: number;
  /** Follow-ups approved and published exactly once afterwards. */
  completed: number;
}

/**
 * Approves `rounds` × `concurrency` different follow-ups, `concurrency` clicks at a time (each round starts
 * when the previous one is answered, on the next turn of the connector's event loop: `nextTurn`) by as many
 * different approvers (each on a follow-up of their own initiative; 1 = the demo approver), and reports
 * p50/p95 from click to answered invoke (the bot answers after the decision is recorded, so an upper bound of
 * click-to-recorded) and whether every decision is there exactly once. First `warmup` rounds of as many
 * clicks on other follow-ups are answered and not timed (a server just started compiles and connects on its
 * first clicks); their decisions are checked like the rest. `connectorProcess` as `ApprovalRigOptions`.
 */
export async function measureApprovalLatency(
  concurrency: number,
  rounds: number,
  warmup = 1,
  connectorProcess: ApprovalRigOptions['connectorProcess'] = 'app',
): Promise<ApprovalLatency> {
  const rig = await startApprovalRig(concurrency * (rounds + warmup), {
    approvers: concurrency,
    connectorProcess,
  });
  try {
    const times: number[] = [];
    let ok = 0;
    const round = (r: number) => {
      const ids = rig.ids.slice(r * concurrency, (r + 1) * concurrency);
      const people = new Set(ids.map((id) => rig.approverOf(id))).size;
      if (people !== ids.length)
        throw new Error(`Round ${r}: ${ids.length} clicks by ${people} different approvers.`);
      return rig.clicks(ids);
    };
    for (let r = 0; r < warmup; r++) await round(r);
    await rig.completed([]);
    const started = performance.now();
    for (let r = warmup; r < warmup + rounds; r++) {
      const results = await round(r);
      times.push(...results.map((x) => x.ms));
      ok += results.filter((x) => x.ok).length;
    }
    await rig.completed([]);
    const completedMs = performance.now() - started;
    const warmed = rig.ids.slice(0, warmup * concurrency);
    const timed = rig.ids.slice(warmup * concurrency);
    const warm = await rig.verify(warmed);
    if (warm.recorded !== warmed.length || warm.duplicates > 0) {
      throw new Error(
        `Warm-up decisions: ${warm.recorded}/${warmed.length} recorded, ${warm.duplicates} duplicated.`,
      );
    }
    const { recorded, duplicates } = await rig.verify(timed);
    const { completed } = await rig.completed(timed);
    return {
      completedMs,
      completed,
      concurrency,
      clicks: times.length,
      recorded,
      duplicates,
      answeredOk: ok,
      p50Ms: percentile(times, 50),
      p95Ms: percentile(times, 95),
    };
  } finally {
    await rig.close();
  }
}

async function main(): Promise<void> {
  // The figures of `npm run bench` (1 approver, 20 rounds; 50 concurrent approvers, 2 rounds), each on a fresh
  // rig after one warm-up round.
  for (const [concurrency, rounds] of [
    [1, 20],
    [50, 2],
  ] as const) {
    const l = await measureApprovalLatency(concurrency, rounds);
    console.log(
      `${concurrency} concurrent approver(s), ${rounds} rounds: ${l.clicks} clicks; recorded ${l.recorded}, ` +
        `duplicates ${l.duplicates}, answered ok ${l.answeredOk}; ` +
        `click→answered p50 ${l.p50Ms.toFixed(0)} ms, p95 ${l.p95Ms.toFixed(0)} ms; ` +
        `completed and published once ${l.completed}/${l.clicks}, all completed ${(l.completedMs / 1000).toFixed(1)} s after the first click`,
    );
  }
  const rig = await startApprovalRig(DIFFERENT + 1);
  console.log(`Sent ${rig.ids.length} approval cards in ${rig.sendSeconds.toFixed(1)} s.`);
  const report = async (name: string, followUpIds: number[], clicks: number[]) => {
    const started = performance.now();
    const results = await rig.clicks(clicks);
    const wall = performance.now() - started;
    const { recorded, duplicates } = await rig.verify(followUpIds);
    const { completed } = await rig.completed(followUpIds);
    const done = performance.now() - started;
    const times = results.map((r) => r.ms);
    console.log(
      `${name}: ${clicks.length} clicks on ${followUpIds.length} follow-up(s) in ${(wall / 1000).toFixed(1)} s; ` +
        `decisions recorded ${recorded}, lost ${followUpIds.length - recorded}, duplicates ${duplicates}; ` +
        `answered ok ${results.filter((r) => r.ok).length}/${clicks.length}; ` +
        `click→answered p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms; ` +
        `completed ${completed}/${followUpIds.length}, ${(done / 1000).toFixed(1)} s after the first click`,
    );
  };
  try {
    const different = rig.ids.slice(0, DIFFERENT);
    await report(`${DIFFERENT} approvals of different follow-ups`, different, different);
    const one = rig.ids[DIFFERENT]!;
    await report(
      `${SAME} approvals of one follow-up`,
      [one],
      Array.from({ length: SAME }, () => one),
    );
  } finally {
    await rig.close();
  }
}

if (process.argv[1]?.endsWith('approvals-load.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
