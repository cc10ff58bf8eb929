/**
 * Performance figures of the intranet web part, measured, not estimated:
 * - SharePoint requests the reader view makes to load a whole plan (the emulator's request log), for the
 *   13 initiatives of the 2026 plan and for a generated plan of 1,000 initiatives whose lists hold more than
 *   5,000 items (so every query must be served through an index, as past SharePoint's list view threshold);
 * - the gzip size of the built web part (`apps/webpart/release/assets/*.js`): the initial chunk and the
 *   chunks loaded on demand.
 *
 * Run from the repository root after building (`npm run build`, `npm run package -w @devplan/webpart`):
 *   npx node --experimental-strip-types --disable-warning=ExperimentalWarning --import ./tests/bench/webpart/node-hooks.mjs \
 *     tests/bench/webpart/webpart-bench.ts
 * It prints a JSON report and exits non-zero when a budget is exceeded. The same functions back the Jest
 * budget tests in tests/e2e/webpart/.
 *
 * Everything this file writes into the emulator is invented test data (follow-ups, effects, owners,
 * timelines, the 1,000 initiatives), not product data.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/batching.js';
import '@pnp/sp/items/index.js';
import type { SealSigner } from '@devplan/sharepoint';
import {
  activityMapping,
  createRepositories,
  effectMapping,
  focusAreaMapping,
  initiativeMapping,
  PlanSite,
  provision,
  publishedFollowUpMapping,
  toFields,
  TokenAuthenticated,
  type Repositories,
} from '@devplan/sharepoint';
import { importPlan, PLAN_2026 } from '@devplan/sharepoint/seed';
import type { FollowUpStatus, Initiative, PlanChoice } from '@devplan/core';
import { planSourceFrom } from '@devplan/sharepoint/reader';
import { bulkInsertItems, startEmulator, type RunningEmulator } from '@devplan/sp-emulator';
import { BUDGETS } from '../budgets.ts';
import { publishSealKey, sealedPublication, sealedPublicationRows } from '../generate.ts';

/** At most this many SharePoint requests for a whole plan view (tests/bench/budgets.ts). */
export const REQUEST_BUDGET = BUDGETS.webPartViewRequests;
/** At most this many bytes (gzip) of JavaScript before the view is shown (tests/bench/budgets.ts). */
export const INITIAL_BUNDLE_BUDGET = BUDGETS.webPartInitialGzip;

/** PnPjs over the emulator as a demo user, built the way hosts build it. */
export function spAs(emulator: RunningEmulator, user: string): SPFI {
  return spfi(emulator.siteUrl).using(TokenAuthenticated(() => emulator.issueToken(user)));
}

/** Repositories over the emulated plan site as a demo user. */
export function reposAs(emulator: RunningEmulator, user: string): Repositories {
  return createRepositories(new PlanSite(spAs(emulator, user), emulator.siteUrl));
}

/** Starts an in-memory emulator with the lists provisioned and the 2026 plan imported (as the app). */
export async function startPlanSite(): Promise<{
  emulator: RunningEmulator;
  app: Repositories;
  planId: number;
  sealer: SealSigner;
}> {
  const emulator = await startEmulator({ port: 0, dbFile: ':memory:' });
  const app = reposAs(emulator, 'app');
  await provision(app.site);
  const report = await importPlan(app, PLAN_2026, { actor: 'webpart-bench' });
  const sealer = await publishSealKey(app);
  return { emulator, app, planId: report.plan.id, sealer };
}

const STATUSES: FollowUpStatus[] = ['onTrack', 'atRisk', 'offTrack', 'done'];
/** Site user ids of the demo users (emulator README): staff 7, staff2 8, approver 9, deputy 10. */
const OWNERS = [7, 8, 10];
const APPROVER = 9;

/**
 * Writes example data on a plan as the app, through the repositories: owners, timelines and statuses for
 * every initiative, one effect for every other initiative, and published follow-ups for T1 (all) and T2
 * (most, some changed). Every text says it is example data.
 */
export async function addExampleData(
  app: Repositories,
  planId: number,
  sealer: SealSigner,
): Promise<Initiative[]> {
  const initiatives = await app.initiatives.byPlan(planId);
  const updated: Initiative[] = [];
  for (const [i, initiative] of initiatives.entries()) {
    const startMonth = 1 + (i % 6);
    const endMonth = Math.min(12, startMonth + 3 + (i % 7));
    updated.push(
      await app.initiatives.update(
        initiative.id,
        {
          ownerId: OWNERS[i % OWNERS.length]!,
          start: `2026-${String(startMonth).padStart(2, '0')}-01`,
          end: `2026-${String(endMonth).padStart(2, '0')}-28`,
          status: i % 5 === 4 ? 'planned' : 'ongoing',
        },
        initiative.etag!,
      ),
    );
    if (i % 2 === 0) {
      await app.effects.add({
        planId,
        initiativeId: initiative.id,
        title: `Exempeldata: effekt ${i + 1}`,
        kind: i % 4 === 0 ? 'financial' : 'qualitative',
        direction: 'benefit',
        indicator: 'Exempeldata: andel digitala ärenden',
        unit: '%',
        baseline: 20 + i,
        baselineDate: '2025-12-31',
        target: 60 + i,
        targetDate: '2026-12-31',
      });
    }
    const publish = async (period: string, status: FollowUpStatus, progress: number) => {
      const content = {
        planId,
        initiativeId: initiative.id,
        followUpId: 10_000 + i * 10 + (period === 'T1' ? 1 : 2),
        periodYear: 2026,
        period,
        status,
        progress,
        summary: `Exempeldata: lägesbeskrivning ${period} för insats ${i + 1}.`,
        risks: '',
        nextSteps: '',
        effectsSeen: '',
        approvedById: APPROVER,
        approvedAt: period === 'T1' ? '2026-05-12T09:00:00.000Z' : '2026-09-14T09:00:00.000Z',
        decisionComment: '',
      };
      await app.published.add(await sealedPublication(content, sealer));
    };
    await publish('T1', 'onTrack', 10 + ((i * 7) % 30));
    if (i % 4 !== 3) await publish('T2', STATUSES[i % 3]!, 30 + ((i * 11) % 60));
  }
  return updated;
}

async function addInBatches(
  site: PlanSite,
  list: 'Initiatives' | 'Activities' | 'Effects' | 'PublishedFollowUps' | 'FocusAreas',
  rows: Record<string, unknown>[],
): Promise<number[]> {
  const ids: number[] = [];
  for (let from = 0; from < rows.length; from += 100) {
    const [batched, execute] = site.sp.batched();
    const pending = rows
      .slice(from, from + 100)
      .map((row) => site.list(list, batched).items.add(row) as Promise<{ Id?: number; ID?: number }>);
    await execute();
    for (const created of await Promise.all(pending)) ids.push(Number(created.Id ?? created.ID));
  }
  return ids;
}

/** Adds a draft plan for `year` (not adopted by KS: readers never see it, neither as the latest nor by its year). */
export function addDraftPlan(app: Repositories, year: number): Promise<unknown> {
  return app.plans.add({
    title: `Testdata: utkast till plan ${year}`,
    planYear: year,
    caseNumber: 'STK-2026-0001',
    status: 'draft',
    summary: '',
    budgetRequested: null,
    principles: [],
  });
}

/**
 * Generates a plan with `count` initiatives over 4 areas, 3 activities and 1 effect each and published
 * follow-ups for T1 and T2, written as the app through PnPjs `$batch` (100 items per request). Then fills every
 * list the view reads past the list view threshold with items of another (closed) plan, straight into the
 * emulator's storage, so the view's queries must be answered through indexed columns.
 */
export async function addLargePlan(
  emulator: RunningEmulator,
  app: Repositories,
  count = 1000,
  year = 2027,
  sealer?: SealSigner,
): Promise<{ planId: number; items: Record<string, number> }> {
  const plan = await app.plans.add({
    title: `Testdata: genererad plan ${year} med ${count} insatser`,
    planYear: year,
    caseNumber: `STK-${year - 1}-9999`,
    status: 'approved',
    summary: 'Genererad testdata för prestandamätning, inte en verklig plan.',
    budgetRequested: null,
    principles: [],
  });
  const site = app.site;
  const areaIds = await addInBatches(
    site,
    'FocusAreas',
    [1, 2, 3, 4].map((n) =>
      toFields(focusAreaMapping, {
        planId: plan.id,
        title: `Testområde ${n}`,
        longTermShift: '',
        sortOrder: n,
      }),
    ),
  );
  const initiativeIds = await addInBatches(
    site,
    'Initiatives',
    Array.from({ length: count }, (_, i) =>
      toFields(initiativeMapping, {
        planId: plan.id,
        focusAreaId: areaIds[i % areaIds.length]!,
        title: `Testinsats ${i + 1}`,
        goal: `Målet är testdata ${i + 1}.`,
        ownerId: OWNERS[i % OWNERS.length]!,
        start: `${year}-0${1 + (i % 6)}-01`,
        end: `${year}-12-31`,
        status: 'ongoing',
        sortOrder: i + 1,
      }),
    ),
  );
  const activities = initiativeIds.flatMap((initiativeId, i) =>
    [1, 2, 3].map((n) =>
      toFields(activityMapping, {
        planId: plan.id,
        initiativeId,
        title: `Aktivitet ${n} av testinsats ${i + 1}`,
        status: 'ongoing',
        sortOrder: n,
      }),
    ),
  );
  await addInBatches(site, 'Activities', activities);
  await addInBatches(
    site,
    'Effects',
    initiativeIds.map((initiativeId, i) =>
      toFields(effectMapping, {
        planId: plan.id,
        initiativeId,
        title: `Testeffekt ${i + 1}`,
        kind: 'qualitative',
        direction: 'benefit',
        indicator: 'Testindikator',
        unit: 'st',
        baseline: i,
        target: i + 10,
      }),
    ),
  );
  const contents = initiativeIds.flatMap((initiativeId, i) =>
    ['T1', 'T2'].map((period, p) => ({
      planId: plan.id,
      initiativeId,
      followUpId: 100_000 + i * 2 + p,
      periodYear: year,
      period,
      status: STATUSES[(i + p) % 4]!,
      progress: (i * 3 + p * 20) % 100,
      summary: `Testdata ${period}`,
      risks: '',
      nextSteps: '',
      effectsSeen: '',
      approvedById: APPROVER,
      approvedAt: `${year}-0${5 + p * 4}-10T09:00:00.000Z`,
      decisionComment: '',
    })),
  );
  // Sealed as the app seals them when a sealer is given (readers show only sealed publications).
  const published = await sealedPublicationRows(contents, sealer);
  await addInBatches(site, 'PublishedFollowUps', published);

  // Past the threshold: another plan's items, so each list holds more than 5,000.
  const filler = await app.plans.add({
    title: 'Testdata: fyllnadsplan',
    planYear: 2001,
    caseNumber: 'STK-2000-0001',
    status: 'closed',
    summary: '',
    budgetRequested: null,
    principles: [],
  });
  const [fillerArea] = bulkInsertItems(emulator, 'FocusAreas', [
    toFields(focusAreaMapping, { planId: filler.id, title: 'Fyllnad', longTermShift: '', sortOrder: 1 }),
  ]);
  const fill = (list: string, n: number, row: (i: number) => Record<string, unknown>) =>
    bulkInsertItems(
      emulator,
      list,
      Array.from({ length: n }, (_, i) => row(i)),
    );
  const fillerInitiatives = fill('Initiatives', 5_001, (i) =>
    toFields(initiativeMapping, {
      planId: filler.id,
      focusAreaId: fillerArea!,
      title: `Fyllnad ${i}`,
      status: 'done',
      sortOrder: i,
    }),
  );
  const firstFiller = fillerInitiatives[0]!;
  fill('Activities', 5_001, (i) =>
    toFields(activityMapping, {
      planId: filler.id,
      initiativeId: firstFiller,
      title: `Fyllnad ${i}`,
      status: 'done',
      sortOrder: i,
    }),
  );
  fill('Effects', 5_001, (i) =>
    toFields(effectMapping, {
      planId: filler.id,
      initiativeId: firstFiller,
      title: `Fyllnad ${i}`,
      kind: 'qualitative',
      direction: 'benefit',
    }),
  );
  fill('PublishedFollowUps', 5_001, (i) =>
    toFields(publishedFollowUpMapping, {
      planId: filler.id,
      initiativeId: fillerInitiatives[i]!,
      followUpId: 500_000 + i,
      periodYear: 2001,
      period: 'T1',
      status: 'onTrack',
      progress: 50,
      summary: 'Fyllnad',
      approvedById: APPROVER,
      approvedAt: '2001-05-10T09:00:00.000Z',
    }),
  );
  return {
    planId: plan.id,
    items: { initiatives: count, activities: activities.length, effects: count, published: published.length },
  };
}

/** What loading one plan view cost, as the emulator saw it. */
export interface RequestMeasure {
  requests: number;
  /** Method and path of each request (no query string). */
  calls: string[];
  batchParts: number[];
  initiatives: number;
  published: number;
}

/**
 * Loads a plan the way the web part does (the reader's plan source, signed in as the demo reader) and counts
 * the SharePoint REST requests in the emulator's request log (CORS preflights, which SharePoint pages do not
 * make, are left out).
 */
export async function measureReaderRequests(
  emulator: RunningEmulator,
  choice: PlanChoice,
): Promise<RequestMeasure> {
  const source = planSourceFrom(new PlanSite(spAs(emulator, 'reader'), emulator.siteUrl));
  emulator.clearRequestLog();
  const view = await source.load(choice);
  const calls = emulator.requestLog().filter((e) => e.url.includes('/_api/') && e.method !== 'OPTIONS');
  return {
    requests: calls.length,
    calls: calls.map((e) => `${e.method} ${new URL(e.url, emulator.origin).pathname}`),
    batchParts: calls.map((e) => e.batchParts ?? 0),
    initiatives: view?.initiatives.length ?? 0,
    published: view?.published.length ?? 0,
  };
}

/** Gzip sizes of the built web part's scripts. */
export interface BundleMeasure {
  initial: { file: string; bytes: number; gzip: number };
  onDemand: { file: string; bytes: number; gzip: number }[];
}

/** The folder SPFx writes the shipped scripts to. */
export const RELEASE_ASSETS = resolve(process.cwd(), 'apps/webpart/release/assets');

/**
 * Measures the built web part: the entry chunk (`development-plan-web-part_*.js`, loaded with the page) and
 * every other chunk (loaded on demand, e.g. the timeline). Null when the web part has not been built.
 */
export function measureBundle(dir = RELEASE_ASSETS): BundleMeasure | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const sized = files.map((file) => {
    const content = readFileSync(join(dir, file));
    return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
  const initial = sized.find((s) => s.file.startsWith('development-plan-web-part'));
  if (!initial) return null;
  return { initial, onDemand: sized.filter((s) => s !== initial) };
}

async function main(): Promise<void> {
  const started = Date.now();
  const { emulator, app, planId, sealer } = await startPlanSite();
  try {
    await addExampleData(app, planId, sealer);
    const small = await measureReaderRequests(emulator, 2026);
    const seeded = Date.now();
    const large = await addLargePlan(emulator, app, 1000, 2027, sealer);
    const generatedMs = Date.now() - seeded;
    const big = await measureReaderRequests(emulator, 2027);
    const latest = await measureReaderRequests(emulator, 'latest');
    const bundle = measureBundle();
    const report = {
      requests: {
        budget: REQUEST_BUDGET,
        plan2026: small,
        plan1000: { ...big, generated: large.items, generatedMs },
        latestAdopted: { requests: latest.requests, initiatives: latest.initiatives },
      },
      bundle: bundle
        ? {
            budgetGzip: INITIAL_BUNDLE_BUDGET,
            initial: bundle.initial,
            onDemand: bundle.onDemand,
          }
        : 'not built: run `npm run package -w @devplan/webpart` first',
      tookMs: Date.now() - started,
    };
    console.log(JSON.stringify(report, null, 2));
    const over =
      small.requests > REQUEST_BUDGET ||
      big.requests > REQUEST_BUDGET ||
      big.initiatives !== 1000 ||
      (bundle !== null && bundle.initial.gzip > INITIAL_BUNDLE_BUDGET);
    if (over || bundle === null) process.exitCode = 1;
  } finally {
    await emulator.close();
  }
}

if (process.argv[1]?.endsWith('webpart-bench.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
