/**
 * SharePoint requests and bytes to show a view, counted in the emulator's request log (CORS preflights, which
 * SharePoint pages do not make, left out):
 * - the tab's plan overview: the tab's own data code (`SpTabData`: session, then what the overview paints from,
 *   `planOverview`) as a member; an initiative's page opened from it (`initiativeView`), and the whole view
 *   (`planView`) a draft plan's years read for an editor;
 * - the web part's intranet view: the reader's plan source (`planSourceFrom`) as the demo reader;
 * - each of them "the naive way": the same data read through PnPjs with one request per item (each area,
 *   initiative, follow-up and published follow-up by id), the activities and effects with one request per
 *   initiative, plus the id listings needed to find them. This is the baseline the batched reads replace.
 */
import { spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/items/index.js';
import '@pnp/sp/webs/index.js';
import '@pnp/sp/site-users/web.js';
import type { OverviewPlanView, Plan, PlanView, ReaderPlanView } from '@devplan/core';
import {
  activityMapping,
  decisionMapping,
  effectMapping,
  focusAreaMapping,
  followUpMapping,
  initiativeMapping,
  planMapping,
  planPeriodKey,
  PlanSite,
  publishedFollowUpMapping,
  OverviewLeadWriter,
  ReaderSnapshotWriter,
  selectFor,
  TokenAuthenticated,
  type Repositories,
  type SealSigner,
  type SnapshotRefresh,
} from '@devplan/sharepoint';
import { planSourceFrom, type PlanSourceOptions } from '@devplan/sharepoint/reader';
import type { RunningEmulator } from '@devplan/sp-emulator';

/** PnPjs over the emulator as a demo user, built the way hosts build it. */
export function spAs(emulator: RunningEmulator, user: string): SPFI {
  return spfi(emulator.siteUrl).using(TokenAuthenticated(() => emulator.issueToken(user)));
}

/** The part of the tab's data port the overview uses (so Jest can hand in the source, Node the build). */
export interface OverviewData {
  session(lead?: number | 'latest'): Promise<{
    plans: Pick<Plan, 'id' | 'planYear'>[];
    canReadWorking: boolean;
    lead?: OverviewPlanView | null;
  }>;
  planOverview(plan: Pick<Plan, 'id' | 'planYear'>, canReadWorking: boolean): Promise<OverviewPlanView>;
  initiativeView(plan: Pick<Plan, 'id' | 'planYear'>, id: number, canReadWorking: boolean): Promise<PlanView>;
  planView(plan: Pick<Plan, 'id' | 'planYear'>, canReadWorking: boolean): Promise<PlanView>;
}

/** Builds the tab's data port over a site (`new SpTabData(site)`). */
export type OverviewDataFactory = (site: PlanSite) => OverviewData;

/** What showing one view cost, as the emulator saw it. */
export interface ViewCost {
  requests: number;
  /** Response bytes (bodies as sent). */
  bytes: number;
  /** Initiatives and follow-ups (working + published) the view got (its whole, when it painted from a lead). */
  initiatives: number;
  followUps: number;
  ms: number;
  /**
   * The reads after the first paint (the web part's whole view when it painted from the snapshot's lead, and its
   * activities when the view had them pending, past the list view threshold): requests and bytes, and the
   * activities read; absent when nothing was left for later.
   */
  afterPaint?: { requests: number; bytes: number; activities: number };
}

/**
 * Runs `load` and counts the requests `user` made meanwhile (the local stack's own background work, e.g. the
 * approval notifier's sweeps as the app, is left out).
 */
async function counted(
  emulator: RunningEmulator,
  user: string,
  load: () => Promise<{ initiatives: number; followUps: number }>,
): Promise<ViewCost> {
  emulator.clearRequestLog();
  const started = performance.now();
  const shown = await load();
  const ms = performance.now() - started;
  const calls = emulator
    .requestLog()
    .filter((e) => e.url.includes('/_api/') && e.method !== 'OPTIONS' && e.user === user);
  return {
    requests: calls.length,
    bytes: calls.reduce((n, e) => n + e.responseBytes, 0),
    ...shown,
    ms,
  };
}

/**
 * The tab's session as `data` reads it (with the app's lead of plan `year` when `lead`), and its plan of `year` (an
 * error when the site has none).
 */
async function sessionAndPlan(data: OverviewData, year: number, lead = false) {
  const session = await data.session(lead ? year : undefined);
  const plan = session.plans.find((p) => p.planYear === year);
  if (!plan) throw new Error(`No plan ${year} on the site.`);
  return { session, plan };
}

/** The tab's plan overview of plan `year` as `user` (a member by default): session + the overview's read. */
export function tabOverviewCost(
  emulator: RunningEmulator,
  factory: OverviewDataFactory,
  year: number,
  user = 'staff',
): Promise<ViewCost> {
  const data = factory(new PlanSite(spAs(emulator, user), emulator.siteUrl));
  return counted(emulator, user, async () => {
    const { session, plan } = await sessionAndPlan(data, year);
    return shownOf(await data.planOverview(plan, session.canReadWorking));
  });
}

/**
 * The tab's plan overview of plan `year` as a member opens it on the overview (`session(year)`): the session
 * with the app's lead of the overview (`OverviewLeadWriter`) in one request; when the lead is of a larger
 * overview, the overview's own read after the first paint (`afterPaint`). The counts are the whole overview's. An
 * error when the lead is not there or not fresh.
 */
export async function tabLeadCost(
  emulator: RunningEmulator,
  factory: OverviewDataFactory,
  year: number,
  user = 'staff',
): Promise<ViewCost> {
  const data = factory(new PlanSite(spAs(emulator, user), emulator.siteUrl));
  let lead: OverviewPlanView | null = null;
  let plan: Pick<Plan, 'id' | 'planYear'> | null = null;
  const cost = await counted(emulator, user, async () => {
    const read = await sessionAndPlan(data, year, true);
    plan = read.plan;
    lead = read.session.lead?.plan.id === plan.id ? read.session.lead : null;
    if (!lead) throw new Error(`No fresh overview lead of plan ${year}.`);
    return shownOf(lead);
  });
  const first = lead as OverviewPlanView | null;
  if (!first?.lead) return cost;
  const later = await counted(emulator, user, async () => shownOf(await data.planOverview(plan!, true)));
  return {
    ...cost,
    initiatives: later.initiatives,
    followUps: later.followUps,
    afterPaint: { requests: later.requests, bytes: later.bytes, activities: 0 },
  };
}

/** The initiatives and follow-ups a view shows (of the whole, for a lead). */
function shownOf(view: OverviewPlanView) {
  return {
    initiatives: view.lead?.total ?? view.initiatives.length,
    followUps: view.followUps.length + view.published.length,
  };
}

/**
 * The tab's pages past the overview of plan `year` as `user` (a member by default), each counted alone after
 * the overview was read: an initiative's page (`initiativeView`, of the initiative in the middle of the plan)
 * and the whole view (`planView`, what a draft plan's years read for an editor when they open).
 */
export async function tabPageCosts(
  emulator: RunningEmulator,
  factory: OverviewDataFactory,
  year: number,
  user = 'staff',
): Promise<{ initiative: ViewCost; whole: ViewCost }> {
  const data = factory(new PlanSite(spAs(emulator, user), emulator.siteUrl));
  const { session, plan } = await sessionAndPlan(data, year);
  const overview = await data.planOverview(plan, session.canReadWorking);
  const middle = overview.initiatives[Math.floor(overview.initiatives.length / 2)]!;
  const initiative = await counted(emulator, user, async () =>
    shownOf(await data.initiativeView(plan, middle.id, session.canReadWorking)),
  );
  if (initiative.initiatives !== 1)
    throw new Error(`The initiative's page of ${middle.id} read no initiative.`);
  const whole = await counted(emulator, user, async () =>
    shownOf(await data.planView(plan, session.canReadWorking)),
  );
  return { initiative, whole };
}

/**
 * The web part's intranet view of plan `year`, as the demo reader (with what its browser remembers: `options`):
 * the requests until the view can be painted, and apart from them (`afterPaint`) the activities' own read when
 * the view left them pending, as the reader view does after its first paint.
 */
export async function webPartViewCost(
  emulator: RunningEmulator,
  year: number | 'latest',
  options: PlanSourceOptions = {},
): Promise<ViewCost> {
  const source = planSourceFrom(new PlanSite(spAs(emulator, 'reader'), emulator.siteUrl), options);
  let loaded: ReaderPlanView | null = null;
  const cost = await counted(emulator, 'reader', async () => {
    loaded = await source.load(year);
    if (!loaded) throw new Error(`No readable plan ${year} on the site.`);
    return { initiatives: loaded.initiatives.length, followUps: loaded.published.length };
  });
  let view = loaded as ReaderPlanView | null;
  if (!view?.lead && !view?.pending?.includes('activities')) return cost;
  // After the first paint, as the reader view does: the whole view when the paint came from its first screen (the
  // snapshot's lead), then the activities when the view left them pending. The counts are the whole view's.
  let activities = 0;
  let shown = { initiatives: cost.initiatives, followUps: cost.followUps };
  const later = await counted(emulator, 'reader', async () => {
    if (view?.lead) {
      view = await source.whole!(year);
      if (!view) throw new Error(`Plan ${year} has no whole view after its first screen.`);
      shown = { initiatives: view.initiatives.length, followUps: view.published.length };
    }
    if (view?.pending?.includes('activities')) activities = (await source.activities(view.plan)).length;
    return shown;
  });
  return {
    ...cost,
    ...shown,
    afterPaint: { requests: later.requests, bytes: later.bytes, activities },
  };
}

/**
 * Writes the reader snapshots as the app server's sweep does (`ReaderSnapshotWriter`), once the last change to
 * the lists has settled (asked every 200 ms until written; 1.1 s after the last change, the emulator and this
 * process sharing one clock).
 */
export async function writeReaderSnapshots(app: Repositories, sealer: SealSigner): Promise<void> {
  await untilWritten(new ReaderSnapshotWriter(app.site, sealer, { settleMs: 1100 }));
}

/** Writes the leads of the tab's plan overview as the app server's sweep does (`OverviewLeadWriter`), as above. */
export async function writeOverviewLeads(app: Repositories, sealer: SealSigner): Promise<void> {
  await untilWritten(new OverviewLeadWriter(app.site, sealer, { settleMs: 1100 }));
}

/**
 * Asks `writer` to refresh every 100 ms until it answers one of `done` (its files written, or fresh already);
 * returns what it answered before that.
 */
export async function untilWritten(
  writer: { refresh(): Promise<SnapshotRefresh> },
  done: readonly SnapshotRefresh[] = ['written', 'fresh'],
): Promise<SnapshotRefresh[]> {
  const before: SnapshotRefresh[] = [];
  for (;;) {
    const outcome = await writer.refresh();
    if (done.includes(outcome)) return before;
    if (outcome === 'none') throw new Error('No plan to write the app’s view files of.');
    before.push(outcome);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs `tasks` with at most `width` in flight (the request count does not depend on it). */
async function pool<T>(
  items: readonly T[],
  width: number,
  task: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

/**
 * The same view read the naive way through PnPjs, as `user`: the plans, then for each list the ids of the
 * plan's items (paged, 5,000 a page), then every area, initiative and follow-up by id, and the activities and
 * effects of each initiative, one request each. `working`: also the working follow-ups (the tab's member view).
 */
export function naiveViewCost(
  emulator: RunningEmulator,
  year: number,
  options: { user: string; working: boolean; parallel?: number },
): Promise<ViewCost> {
  const site = new PlanSite(spAs(emulator, options.user), emulator.siteUrl);
  const width = options.parallel ?? 8;
  const ids = async (list: Parameters<PlanSite['list']>[0], filter: string): Promise<number[]> => {
    const out: number[] = [];
    const items = site.list(list).items.select('Id').filter(filter).top(5000);
    for await (const page of items as unknown as AsyncIterable<{ Id: number }[]>)
      out.push(...page.map((i) => i.Id));
    return out;
  };
  const byId = (list: Parameters<PlanSite['list']>[0], mapping: Parameters<typeof selectFor>[0]) => {
    const { select, expand } = selectFor(mapping);
    return async (id: number) => {
      const item = site
        .list(list)
        .items.getById(id)
        .select(...select);
      await (expand.length ? item.expand(...expand) : item)();
    };
  };
  const perInitiative = (list: Parameters<PlanSite['list']>[0], mapping: Parameters<typeof selectFor>[0]) => {
    const { select, expand } = selectFor(mapping);
    return async (initiativeId: number) => {
      const items = site
        .list(list)
        .items.select(...select)
        .filter(`InitiativeId eq ${initiativeId}`)
        .top(5000);
      await (expand.length ? items.expand(...expand) : items)();
    };
  };
  return counted(emulator, options.user, async () => {
    const { select } = selectFor(planMapping);
    const plans = (await site
      .list('Plans')
      .items.select(...select)
      .top(5000)()) as { Id: number; PlanYear: number }[];
    const plan = plans.find((p) => p.PlanYear === year);
    if (!plan) throw new Error(`No plan ${year} on the site.`);
    const byPlan = `PlanId eq ${plan.Id}`;
    const periods = ['T1', 'T2', 'FY'].map((p) => `PlanPeriod eq '${planPeriodKey(plan.Id, year, p)}'`);
    const areas = await ids('FocusAreas', byPlan);
    const initiatives = await ids('Initiatives', byPlan);
    const published: number[] = [];
    for (const period of periods) published.push(...(await ids('PublishedFollowUps', period)));
    const working: number[] = [];
    if (options.working) for (const period of periods) working.push(...(await ids('FollowUps', period)));
    const decisions = byPlan;
    await site
      .list('Decisions')
      .items.select(...selectFor(decisionMapping).select)
      .filter(decisions)();
    await pool(areas, width, byId('FocusAreas', focusAreaMapping));
    await pool(initiatives, width, byId('Initiatives', initiativeMapping));
    await pool(initiatives, width, perInitiative('Activities', activityMapping));
    await pool(initiatives, width, perInitiative('Effects', effectMapping));
    await pool(published, width, byId('PublishedFollowUps', publishedFollowUpMapping));
    await pool(working, width, byId('FollowUps', followUpMapping));
    return { initiatives: initiatives.length, followUps: published.length + working.length };
  });
}
