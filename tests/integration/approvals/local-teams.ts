/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire (connector, bot), asserted by shape */
import { spfi } from '@pnp/sp/index.js';
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
import { startAppServer, type RunningAppServer } from '@devplan/server';
import { API_AUDIENCE, DEMO_PEOPLE, startLocalApprovals, type LocalApprovals } from '@devplan/local-stack';

/** The local Teams world over HTTP: emulator with the plan, app server with the bot and API, the connector. */
export interface LocalTeams {
  emulator: RunningEmulator;
  app: RunningAppServer;
  approvals: LocalApprovals;
  repos: Repositories;
  /** Repositories as a demo user. */
  reposAs(user: string): Repositories;
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
  /** Staff writes and submits a follow-up through the repositories; returns its id. */
  submit(initiativeId: number, period: string, summary?: string): Promise<number>;
  close(): Promise<void>;
}

async function call(url: string, init: RequestInit): Promise<{ status: number; body: any }> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** Starts the world; every initiative is owned by `staff` and approved by `approver`. */
export async function startLocalTeams(policy?: ReminderPolicy): Promise<LocalTeams> {
  const emulator = await startEmulator({ port: 0, dbFile: ':memory:' });
  const sp = (user: string) =>
    spfi(emulator.siteUrl).using(TokenAuthenticated(() => emulator.issueToken(user), 2));
  const site = new PlanSite(sp('app'), emulator.siteUrl);
  await provision(site);
  const repos = createRepositories(site);
  const report = await importPlan(repos, PLAN_2026, { actor: 'test' });
  const clock: { offsetDays: number; fixed?: Date } = { offsetDays: 0 };
  const now = () => clock.fixed ?? new Date(Date.now() + clock.offsetDays * 86_400_000);
  const approvals = await startLocalApprovals({
    site,
    emulatorOrigin: emulator.origin,
    connectorPort: 0,
    clock: now,
    ...(policy ? { policy } : {}),
  });
  const app = await startAppServer({ port: 0, site, routes: approvals.host.routes });
  await approvals.attach(app.url);
  const siteUserId = async (key: string) =>
    (await approvals.host.resolver.actorFor(DEMO_PEOPLE.find((p) => p.key === key)!.oid)).siteUserId;
  const approver = await siteUserId('approver');
  const owner = await siteUserId('staff');
  const initiatives = await repos.initiatives.byPlan(report.plan.id);
  for (const i of initiatives)
    await repos.initiatives.update(i.id, { approverId: approver, ownerId: owner }, i.etag!);
  const reposAs = (user: string) => createRepositories(new PlanSite(sp(user), emulator.siteUrl));
  const staff = reposAs('staff');
  return {
    emulator,
    app,
    approvals,
    repos,
    reposAs,
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
      await app.close();
      await approvals.close();
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
