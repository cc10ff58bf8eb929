/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire (connector, bot), asserted by shape */
import { spfi, type SPFI } from '@pnp/sp/index.js';
import { startEmulator, type RunningEmulator } from '@devplan/sp-emulator';
import {
  createRepositories,
  PlanSite,
  provision,
  TokenAuthenticated,
  type Repositories,
} from '@devplan/sharepoint';
import { importPlan, PLAN_2026 } from '@devplan/sharepoint/seed';
import type { ReminderPolicy } from '@devplan/core';
import { composeAppRoutes, startAppServer, type RunningAppServer } from '@devplan/server';
import { API_AUDIENCE, DEMO_PEOPLE, startLocalApprovals, type LocalApprovals } from '@devplan/local-stack';

/** The local Teams world over HTTP: emulator with the plan, app server with the bot and API, the connector. */
export interface LocalTeams {
  emulator: RunningEmulator;
  app: RunningAppServer;
  approvals: LocalApprovals;
  repos: Repositories;
  /** Repositories as a demo user. */
  reposAs(user: string): Repositories;
  /** PnPjs on the emulated site as a demo user, for writes past the product (over REST, as anyone could). */
  spAs(user: string): SPFI;
  planId: number;
  initiativeIds: number[];
  siteUserId(key: string): Promise<number>;
  /** The clock the app believes: real time moved by `offsetDays`, or `fixed` when set. */
  clock: { offsetDays: number; fixed?: Date };
  now(): Date;
  /** Connector HTTP call. */
  connector(path: string, body?: unknown): Promise<{ status: number; body: any }>;
  /** API call as a demo user (token for the API's audience), or without a token. */
  api(
    method: string,
    path: string,
    user: string | null,
    body?: unknown,
  ): Promise<{ status: number; body: any }>;
  /** Staff writes and submits a follow-up of an initiative `staff` owns, through the repositories; returns its id. */
  submit(initiativeId: number, period: string, summary?: string): Promise<number>;
  close(): Promise<void>;
}

async function call(url: string, init: RequestInit): Promise<{ status: number; body: any }> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** How a local Teams world differs from the plain one; every option defaults to the plain world. */
export interface LocalTeamsOptions {
  /**
   * Starts the emulator (default: in memory on a free port); the first step of the start, before anything
   * talks to it.
   */
  startEmulator?: () => Promise<RunningEmulator>;
  /**
   * Something the hosts reach the emulator's site through (a proxy), started once the emulator runs: the site
   * URL to use in place of the emulator's, and how to stop it (after the app server and the approvals).
   */
  front?: (emulator: RunningEmulator) => Promise<{ siteUrl: string; close(): Promise<void> }>;
  /** How often PnPjs retries a failed request (default 2). */
  retries?: number;
  /** The clock the app believes, in place of the world's `clock` settings (`now` is then this clock). */
  clock?: () => Date;
  /** The demo users who own the initiatives, in turn (default `['staff']`). */
  owners?: readonly string[];
}

/**
 * Starts the world; the initiatives are owned by the `owners` in turn (by `staff` unless told) and approved by
 * `approver`.
 */
export async function startLocalTeams(
  policy?: ReminderPolicy,
  options: LocalTeamsOptions = {},
): Promise<LocalTeams> {
  const emulator = await (options.startEmulator ?? (() => startEmulator({ port: 0, dbFile: ':memory:' })))();
  const front = options.front ? await options.front(emulator) : null;
  const siteUrl = front?.siteUrl ?? emulator.siteUrl;
  const sp = (user: string) =>
    spfi(siteUrl).using(TokenAuthenticated(() => emulator.issueToken(user), options.retries ?? 2));
  const site = new PlanSite(sp('app'), siteUrl);
  await provision(site);
  const repos = createRepositories(site);
  const report = await importPlan(repos, PLAN_2026, { actor: 'test' });
  const clock: { offsetDays: number; fixed?: Date } = { offsetDays: 0 };
  const now = options.clock ?? (() => clock.fixed ?? new Date(Date.now() + clock.offsetDays * 86_400_000));
  const approvals = await startLocalApprovals({
    site,
    emulatorOrigin: emulator.origin,
    connectorPort: 0,
    clock: now,
    ...(policy ? { policy } : {}),
  });
  // Every feature's routes, composed as production composes them (approvals, audit, reports, plans).
  const routes = composeAppRoutes({
    site,
    approvals: approvals.host,
    apiTokens: approvals.host.tokens,
    clock: now,
  });
  const app = await startAppServer({ port: 0, site, routes });
  await approvals.attach(app.url);
  const siteUserId = async (key: string) =>
    (await approvals.host.resolver.actorFor(DEMO_PEOPLE.find((p) => p.key === key)!.oid)).siteUserId;
  const approver = await siteUserId('approver');
  const owners: number[] = [];
  for (const key of options.owners ?? ['staff']) owners.push(await siteUserId(key));
  const owner = await siteUserId('staff');
  const initiatives = await repos.initiatives.byPlan(report.plan.id);
  for (const [index, i] of initiatives.entries()) {
    await repos.initiatives.update(i.id, { ownerId: owners[index % owners.length]! }, i.etag!);
    // The approver is named as a plan administrator names one: through the app's own list.
    await repos.approverAssignments.assign(i.id, approver, approver);
  }
  const reposAs = (user: string) => createRepositories(new PlanSite(sp(user), siteUrl));
  const staff = reposAs('staff');
  return {
    emulator,
    app,
    approvals,
    repos,
    reposAs,
    spAs: sp,
    planId: report.plan.id,
    initiativeIds: initiatives.map((i) => i.id),
    siteUserId,
    clock,
    now,
    connector: (path, body) =>
      call(
        `${approvals.connector.origin}${path}`,
        body === undefined
          ? {}
          : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
      ),
    api: async (method, path, user, body) => {
      const token = user ? await emulator.issueToken(user, API_AUDIENCE) : null;
      return call(`${app.url}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    },
    submit: async (initiativeId, period, summary = 'Arbetet går enligt plan; piloten startar i juni.') => {
      const draft = await staff.followUps.add({
        planId: report.plan.id,
        initiativeId,
        periodYear: 2026,
        period,
        status: 'onTrack',
        progress: 35,
        summary,
        risks: 'Kompetensförsörjning.',
        nextSteps: 'Pilot i två förvaltningar.',
      });
      return (await staff.followUps.submit(draft.id, draft.etag!, owner)).id;
    },
    close: async () => {
      // Decisions answered but not yet completed are finished before SharePoint goes away.
      await approvals.host.notifier.completions.idle();
      await app.close();
      await approvals.close();
      await front?.close();
      await emulator.close();
    },
  };
}

/** Every TextBlock text and fact of a card, flattened for assertions. */
export function cardText(card: any): string {
  const out: string[] = [];
  const walk = (elements: any[]) => {
    for (const e of elements ?? []) {
      if (e.type === 'TextBlock') out.push(e.text);
      if (e.type === 'FactSet') for (const f of e.facts) out.push(`${f.title}: ${f.value}`);
      if (e.type === 'Container') walk(e.items);
    }
  };
  walk(card.body);
  return out.join('\n');
}

/** The Adaptive Card of a connector message. */
export function cardOf(message: any): any {
  return message.activity.attachments?.[0]?.content;
}
