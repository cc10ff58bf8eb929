/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire (connector, bot), asserted by shape */
import { spfi } from '@pnp/sp/index.js';
import { startEmulator, type RunningEmulator, type RequestLogEntry } from '@devplan/sp-emulator';
import {
  createRepositories,
  PlanSite,
  provision,
  TokenAuthenticated,
  type Repositories,
} from '@devplan/sharepoint';
import { importPlan, PLAN_2026 } from '@devplan/sharepoint/seed';
import { startAppServer, type RunningAppServer } from '@devplan/server';
import { DEMO_PEOPLE, startLocalApprovals, type LocalApprovals } from '@devplan/local-stack';
import { startLossyProxy } from './lossy-proxy';

/** A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fault injection settings of the emulator for the faulty phase. */
export interface FaultSettings {
  seed: number;
  /** Share of `_api` requests answered 429/503 with Retry-After. */
  rate: number;
  /** Share of `_api` requests whose connection is dropped. */
  dropRate: number;
  retryAfterSeconds: number;
  /**
   * Share of `_api` writes whose answer is lost after the emulator processed them (a proxy in front of the
   * emulator drops the connection); 0 or absent: no proxy.
   */
  lostAnswerRate?: number;
}

/** The local Teams world (emulator, app server with bot and API, connector) with switchable, seeded faults. */
export interface FaultyWorld {
  emulator: RunningEmulator;
  app: RunningAppServer;
  approvals: LocalApprovals;
  /** Repositories as the app's own identity. */
  repos: Repositories;
  reposAs(user: string): Repositories;
  planId: number;
  initiativeIds: number[];
  siteUserId(key: string): Promise<number>;
  /** Turns the emulator's fault injection on or off (off during set-up and verification). */
  faults(on: boolean): void;
  /** Writes whose answers the proxy lost (empty without `lostAnswerRate`). */
  lostAnswers: string[];
  /** Requests the emulator answered with an injected fault (429/503) or dropped (status 0), since `since`. */
  faultedRequests(since?: number): {
    throttled: RequestLogEntry[];
    dropped: RequestLogEntry[];
    total: number;
  };
  connector(path: string, body?: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

async function call(url: string, init: RequestInit): Promise<{ status: number; body: any }> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/**
 * Starts the world. The emulator's own fault injection (`faults` option of `startEmulator`) draws from
 * `Math.random`, read once when the emulator starts; it is started here with a seeded generator in its
 * place that answers "no fault" while faults are switched off, so set-up is clean and the faulty phase
 * repeatable. Initiatives with an even index are owned by `staff`, the others by `staff2`; `approver`
 * approves all.
 */
export async function startFaultyWorld(settings: FaultSettings, clock: () => Date): Promise<FaultyWorld> {
  const draw = seeded(settings.seed);
  let faultsOn = false;
  const realRandom = Math.random;
  Math.random = () => (faultsOn ? draw() : 1);
  let emulator: RunningEmulator;
  try {
    emulator = await startEmulator({
      port: 0,
      dbFile: ':memory:',
      faults: {
        rate: settings.rate,
        dropRate: settings.dropRate,
        retryAfterSeconds: settings.retryAfterSeconds,
        statuses: [429, 503],
      },
    });
  } finally {
    Math.random = realRandom;
  }
  const proxy = settings.lostAnswerRate
    ? await startLossyProxy(emulator.origin, settings.lostAnswerRate, settings.seed + 7)
    : null;
  const siteUrl = proxy ? `${proxy.origin}${new URL(emulator.siteUrl).pathname}` : emulator.siteUrl;
  const sp = (user: string) => spfi(siteUrl).using(TokenAuthenticated(() => emulator.issueToken(user)));
  const site = new PlanSite(sp('app'), siteUrl);
  await provision(site);
  const repos = createRepositories(site);
  const report = await importPlan(repos, PLAN_2026, { actor: 'test' });
  const approvals = await startLocalApprovals({
    site,
    emulatorOrigin: emulator.origin,
    connectorPort: 0,
    clock,
  });
  const app = await startAppServer({ port: 0, site, routes: approvals.host.routes });
  await approvals.attach(app.url);
  const siteUserId = async (key: string) =>
    (await approvals.host.resolver.actorFor(DEMO_PEOPLE.find((p) => p.key === key)!.oid)).siteUserId;
  const approver = await siteUserId('approver');
  const owners = [await siteUserId('staff'), await siteUserId('staff2')];
  const initiatives = await repos.initiatives.byPlan(report.plan.id);
  for (const [index, i] of initiatives.entries())
    await repos.initiatives.update(i.id, { approverId: approver, ownerId: owners[index % 2]! }, i.etag!);
  const reposAs = (user: string) => createRepositories(new PlanSite(sp(user), siteUrl));
  return {
    emulator,
    app,
    approvals,
    repos,
    reposAs,
    planId: report.plan.id,
    initiativeIds: initiatives.map((i) => i.id),
    siteUserId,
    faults: (on) => {
      faultsOn = on;
      proxy?.losing(on);
    },
    lostAnswers: proxy?.lost ?? [],
    faultedRequests: (since = 0) => {
      const log = emulator.requestLog().filter((e) => Date.parse(e.at) >= since && /\/_api\//.test(e.url));
      const throttled = log.filter((e) => e.status === 429 || e.status === 503);
      const dropped = log.filter((e) => e.status === 0);
      return { throttled, dropped, total: log.length };
    },
    connector: (path, body) =>
      call(
        `${approvals.connector.origin}${path}`,
        body === undefined
          ? {}
          : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
      ),
    close: async () => {
      await app.close();
      await approvals.close();
      await proxy?.close();
      await emulator.close();
    },
  };
}
