/**
 * Load command for approvals (not a timed test): 200 concurrent approvals of different follow-ups and
 * 20 concurrent approvals of one, clicked through the local Bot Framework connector against the emulator.
 *
 * Run from the repository root after building:
 *   npx tsc -b shared sp-emulator teams-app && npx node --experimental-strip-types --disable-warning=ExperimentalWarning tests/bench/approvals/approvals-load.ts
 *
 * Prints, for each scenario, the clicks sent, the decisions recorded and lost (a click whose decision is
 * not in ApprovalDecisions although its follow-up should have one), duplicates (more than one decision on a
 * follow-up version), and the p50/p95 time from click to answered invoke: the bot answers only after the
 * decision is recorded (and the cards replaced), so this is an upper bound of click-to-recorded.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire */
import { performance } from 'node:perf_hooks';
import { spfi } from '@pnp/sp/index.js';
import { bulkInsertItems, startEmulator } from '@devplan/sp-emulator';
import {
  createRepositories,
  followUpMapping,
  PlanSite,
  provision,
  toFields,
  TokenAuthenticated,
} from '@devplan/shared/sp';
import { importPlan, PLAN_2026 } from '@devplan/shared/seed';
import { startAppServer } from '../../../teams-app/dist/server/app-server.js';
import { startLocalApprovals } from '../../../teams-app/dist/approvals/index.js';

const DIFFERENT = 200;
const SAME = 20;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

async function main(): Promise<void> {
  const emulator = await startEmulator({ port: 0, dbFile: ':memory:' });
  const site = new PlanSite(
    spfi(emulator.siteUrl).using(TokenAuthenticated(() => emulator.issueToken('app'))),
    emulator.siteUrl,
  );
  await provision(site);
  const repos = createRepositories(site);
  const plan = (await importPlan(repos, PLAN_2026, { actor: 'bench' })).plan;
  const approvals = await startLocalApprovals({ site, emulatorOrigin: emulator.origin, connectorPort: 0 });
  const app = await startAppServer({ port: 0, site, links: [], routes: approvals.host.routes });
  await approvals.attach(app.url);
  const { connector, host } = approvals;
  const approver = await host.resolver.actorFor(connector.user('approver').oid);
  const owner = await host.resolver.actorFor(connector.user('staff').oid);
  const initiatives = await repos.initiatives.byPlan(plan.id);
  for (const i of initiatives)
    await repos.initiatives.update(
      i.id,
      { approverId: approver.siteUserId, ownerId: owner.siteUserId },
      i.etag!,
    );

  const rows: Record<string, unknown>[] = [];
  for (let year = 2026; rows.length < DIFFERENT + 1; year++) {
    for (const period of ['T1', 'T2', 'FY']) {
      for (const initiative of initiatives) {
        if (rows.length >= DIFFERENT + 1) break;
        rows.push(
          toFields(followUpMapping, {
            planId: plan.id,
            initiativeId: initiative.id,
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
  const ids = bulkInsertItems(emulator, 'Uppföljningar', rows);
  let started = performance.now();
  await host.notifier.sweep();
  console.log(`Sent ${ids.length} approval cards in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

  const cards = new Map<number, { id: string; data: Record<string, unknown> }>();
  for (const message of connector.inbox('approver')) {
    const card = (message.activity['attachments'] as { content: any }[] | undefined)?.[0]?.content;
    const data = card?.refresh?.action?.data;
    if (data) cards.set(data.followUpId, { id: message.id, data });
  }

  const click = async (followUpId: number) => {
    const card = cards.get(followUpId)!;
    const t0 = performance.now();
    const answer = await connector.invoke('approver', card.id, { verb: 'approve', data: card.data });
    const ms = performance.now() - t0;
    const ok =
      answer.status === 200 && (answer.body as any)?.type === 'application/vnd.microsoft.card.adaptive';
    return { ms, ok };
  };

  const report = async (name: string, followUpIds: number[], clicks: number[]) => {
    started = performance.now();
    const results = await Promise.all(clicks.map((id) => click(id)));
    const wall = performance.now() - started;
    let recorded = 0;
    let duplicates = 0;
    for (const id of followUpIds) {
      const decisions = await repos.approvalDecisions.byFollowUp(id);
      if (decisions.length >= 1) recorded++;
      if (decisions.length > 1) duplicates++;
    }
    const times = results.map((r) => r.ms);
    console.log(
      `${name}: ${clicks.length} clicks on ${followUpIds.length} follow-up(s) in ${(wall / 1000).toFixed(1)} s; ` +
        `decisions recorded ${recorded}, lost ${followUpIds.length - recorded}, duplicates ${duplicates}; ` +
        `answered ok ${results.filter((r) => r.ok).length}/${clicks.length}; ` +
        `click→answered p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`,
    );
  };

  const different = ids.slice(0, DIFFERENT);
  await report(`${DIFFERENT} approvals of different follow-ups`, different, different);
  const one = ids[DIFFERENT]!;
  await report(
    `${SAME} approvals of one follow-up`,
    [one],
    Array.from({ length: SAME }, () => one),
  );

  await app.close();
  await approvals.close();
  await emulator.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
