/**
 * `npm run bench`: every performance figure from real runs on this machine, printed as one table and written
 * to tests/bench/RESULTS.md (with the date, the machine and the commands to rerun).
 *
 * Run from the repository root after `npm run build` and `npm run package -w @devplan/webpart` (the npm
 * script does both):
 *   node --experimental-strip-types --disable-warning=ExperimentalWarning \
 *     --import ./tests/bench/webpart/node-hooks.mjs tests/bench/run-all.ts [--quick]
 * `--quick` runs fewer render repetitions and approvals (for trying the script; RESULTS.md says so).
 * `--renders` measures only the requests per view and the render times and prints them (RESULTS.md untouched).
 */
import { cpus, totalmem, release, platform } from 'node:os';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRepositories, PlanSite } from '@devplan/sharepoint';
import { settingsViewHints, type ViewHint } from '@devplan/sharepoint/reader';
import { SpTabData } from '@devplan/sharepoint/tab';
import { measureApprovalLatency, type ApprovalLatency } from './approvals/approvals-load.ts';
import { BUDGET_LABELS, BUDGETS } from './budgets.ts';
import { measurePage, measureReaderElement, type PageBundle, type ReaderElementBundle } from './bundles.ts';
import { snapshotReaderElement, snapshotWebDir } from '../support/web.ts';
import { runEmulatorBench, type EmulatorFigures } from './emulator-bench.ts';
import { generatePlan } from './generate.ts';
import {
  measureRenders,
  startRenderStack,
  RENDER_VIEW_LABELS,
  RENDER_VIEWS,
  type RenderTarget,
  type RenderTiming,
} from './render.ts';
import {
  naiveViewCost,
  spAs,
  tabLeadCost,
  tabOverviewCost,
  tabPageCosts,
  webPartViewCost,
  writeOverviewLeads,
  writeReaderSnapshots,
  type OverviewDataFactory,
  type ViewCost,
} from './requests.ts';
import { addExampleData, measureBundle, type BundleMeasure } from './webpart/webpart-bench.ts';

const quick = process.argv.includes('--quick');
const rendersOnly = process.argv.includes('--renders');
const started = Date.now();
const log = (message: string) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

interface RequestRow {
  view: string;
  plan: string;
  batched: ViewCost;
  /** Not measured at 5,000 initiatives (one request per item would be about 25,000 requests). */
  naive: ViewCost | null;
  /** What to say beside it instead of the naive figure. */
  beside?: string;
  /** What the reads after the first paint are (default: the activities). */
  afterPaintIs?: string;
}

async function requestsAndRenders(webDirs: readonly string[]): Promise<{
  requests: RequestRow[];
  renders: RenderTiming[];
  renderRuns: string;
}> {
  log('starting the local stack (emulator, provisioning, 2026 plan, app server)');
  const stack = await startRenderStack(...webDirs);
  try {
    const app = createRepositories(new PlanSite(spAs(stack.emulator, 'app'), stack.emulator.siteUrl));
    const plan2026 = (await app.plans.byYear(2026))!;
    log('adding example owners, effects and published follow-ups to the 2026 plan');
    await addExampleData(app, plan2026.id, stack.approvals.sealer);
    const initiatives2026 = await app.initiatives.byPlan(plan2026.id);
    const inOrder2026 = [...initiatives2026].sort((a, b) => a.sortOrder - b.sortOrder);
    const last2026 = inOrder2026.at(-1)!;
    const middle2026 = inOrder2026[Math.floor(inOrder2026.length / 2)]!;
    log('generating plan 2027: 1,000 initiatives, 50,000 follow-ups (50 per initiative, 3 in the plan year)');
    const p1000 = await generatePlan(stack.emulator, app, {
      sealer: stack.approvals.sealer,
      year: 2027,
      initiatives: 1000,
      followUpsPerInitiative: 50,
    });
    log(`  ${JSON.stringify(p1000.items)}`);
    log('generating plan 2028: 5,000 initiatives (for render times)');
    const p5000 = await generatePlan(stack.emulator, app, {
      sealer: stack.approvals.sealer,
      year: 2028,
      initiatives: 5000,
    });
    log(`  ${JSON.stringify(p5000.items)}`);

    const factory: OverviewDataFactory = (site) => new SpTabData(site);
    const requests: RequestRow[] = [];
    for (const [year, label] of [
      [2026, `2026 (${initiatives2026.length} initiatives)`],
      [2027, '1,000 initiatives, 50,000 follow-ups'],
      [2028, '5,000 initiatives, 15,000 activities'],
    ] as const) {
      log(`requests: tab overview, plan ${year}`);
      const tab = await tabOverviewCost(stack.emulator, factory, year);
      const tabNaive =
        year === 2028 ? null : await naiveViewCost(stack.emulator, year, { user: 'staff', working: true });
      requests.push({ view: 'Tab: plan overview (member)', plan: label, batched: tab, naive: tabNaive });
      log(`  ${tab.requests} requests vs naive ${tabNaive?.requests ?? 'not measured'}`);
      log(`requests: tab, an initiative's page and the whole view, plan ${year}`);
      const pages = await tabPageCosts(stack.emulator, factory, year);
      requests.push({
        view: 'Tab: an initiative’s page opened from the overview (member)',
        plan: label,
        batched: pages.initiative,
        naive: null,
        beside: `its own read (initiativeView); the whole view, which only a draft plan's years read now, for an editor (until 2026-12-05 every page besides the overview and the readiness check read it): ${pages.whole.requests} req / ${kb(pages.whole.bytes)}`,
      });
      log(`  initiative's page ${pages.initiative.bytes} B, whole view ${pages.whole.bytes} B`);
      log(`requests: web part view, plan ${year}`);
      const wp = await webPartViewCost(stack.emulator, year);
      const wpNaive =
        year === 2028 ? null : await naiveViewCost(stack.emulator, year, { user: 'reader', working: false });
      requests.push({ view: 'Web part: intranet view (reader)', plan: label, batched: wp, naive: wpNaive });
      log(`  ${wp.requests} requests vs naive ${wpNaive?.requests ?? 'not measured'}`);
      // A returning reader: the view hint of a first visit (kept in memory here, in local storage in a browser).
      const kept = new Map<string, ViewHint | null>();
      const viewHints = {
        get: (c: string) => kept.get(c) ?? null,
        set: (c: string, h: ViewHint | null) => void kept.set(c, h),
      };
      await webPartViewCost(stack.emulator, year, { viewHints });
      const back = await webPartViewCost(stack.emulator, year, { viewHints });
      requests.push({
        view: 'Web part: intranet view (returning reader)',
        plan: label,
        batched: back,
        naive: null,
      });
      log(`  returning reader: ${back.requests} requests`);
      // A reader's first visit to a page an editor saved the view on (the web part's properties keep the hint).
      let saved: unknown = undefined;
      await webPartViewCost(stack.emulator, year, {
        viewHints: settingsViewHints(
          () => saved,
          (hints) => (saved = hints),
        ),
      });
      const onSavedPage = await webPartViewCost(stack.emulator, year, {
        viewHints: settingsViewHints(() => saved),
      });
      requests.push({
        view: 'Web part: intranet view (first visit, page saved by an editor)',
        plan: label,
        batched: onSavedPage,
        naive: null,
      });
      log(`  first visit to a saved page: ${onSavedPage.requests} requests`);
    }

    // The app server's sweep writes the reader snapshots after a change; the render stack runs no sweep, so the
    // bench writes them as the sweep would, once the generated data has settled.
    log('writing the reader snapshots and the tab’s overview leads (as the sweep does)');
    await writeReaderSnapshots(app, stack.approvals.sealer);
    await writeOverviewLeads(app, stack.approvals.sealer);
    for (const [year, label] of [
      [2026, `2026 (${initiatives2026.length} initiatives)`],
      [2027, '1,000 initiatives, 50,000 follow-ups'],
      [2028, '5,000 initiatives, 15,000 activities'],
    ] as const) {
      const fromSnapshot = await webPartViewCost(stack.emulator, year);
      requests.push({
        view: 'Web part: intranet view (reader, first visit, the app’s reader snapshot fresh)',
        plan: label,
        batched: fromSnapshot,
        naive: null,
        afterPaintIs: 'the whole snapshot, then the activities',
        beside:
          'the snapshot’s lead (each area’s first page and the counts of the whole), the lists’ stamps, the seal keys and the list of plans in one `$batch`; the render times below are of this path',
      });
      log(`  with the snapshot: ${fromSnapshot.requests} requests, ${fromSnapshot.bytes} B`);
      const fromLead = await tabLeadCost(stack.emulator, factory, year);
      requests.push({
        view: 'Tab: plan overview (member, the app’s overview lead fresh)',
        plan: label,
        batched: fromLead,
        naive: null,
        afterPaintIs: 'the overview’s own read',
        beside:
          'the session and the lead (each area’s first page with its effects and working follow-ups, the counts and filter choices of the whole), the lists’ stamps and the seal keys in one `$batch`; the tab’s render times below are of this path',
      });
      log(`  tab with the lead: ${fromLead.requests} requests, ${fromLead.bytes} B`);
    }

    const targets: RenderTarget[] = [
      // The 2026 plan has no closed period; the generated plans have T1 and T2 closed (as in December).
      {
        year: 2026,
        initiatives: initiatives2026.length,
        lastShownTitle: last2026.title,
        lastShownReaderTitle: last2026.title,
        initiative: middle2026,
        // Read from the app's reader snapshot (written above): one seal check over the file, none to remember.
        sealsToRemember: false,
      },
      {
        year: 2027,
        initiatives: 1000,
        lastShownTitle: p1000.lastShownTitle,
        lastShownReaderTitle: p1000.lastShownReaderTitle,
        initiative: p1000.middle,
        sealsToRemember: false,
      },
      {
        year: 2028,
        initiatives: 5000,
        lastShownTitle: p5000.lastShownTitle,
        lastShownReaderTitle: p5000.lastShownReaderTitle,
        initiative: p5000.middle,
        sealsToRemember: false,
      },
    ];
    const runs = (t: RenderTarget) => (quick ? 1 : t.initiatives >= 1000 ? 3 : 5);
    log(
      `render times in headless Chromium (${quick ? '1 run' : '5 runs at 13 initiatives, 3 at 1,000 and 5,000'})`,
    );
    const renders = await measureRenders(
      { app: stack.app.url, intranet: stack.intranet.url },
      targets,
      runs,
      log,
    );
    return {
      requests,
      renders,
      renderRuns: quick
        ? '1 run'
        : '5 runs at 13 initiatives, 3 at 1,000 and 5,000; one warm-up run per view first',
    };
  } finally {
    await stack.close();
  }
}

/** The figures of the RESULTS.md written last (figure → measured), read before it is replaced. */
function previousFigures(): Map<string, string> {
  const out = new Map<string, string>();
  let text = '';
  try {
    text = readFileSync(resolve(import.meta.dirname, 'RESULTS.md'), 'utf8');
  } catch (error) {
    log(`no previous RESULTS.md to compare with (${(error as Error).message})`);
    return out;
  }
  for (const line of text.split('\n')) {
    const cells = line.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, '').trim());
    if (cells.length >= 3 && cells[0] && !/^-+$/.test(cells[1]!)) out.set(cells[0], cells[1]!);
  }
  return out;
}

function machine(): string[] {
  const cpu = cpus();
  let chromium = 'unknown';
  try {
    chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    chromium = 'not found at /usr/bin/chromium';
  }
  return [
    `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    `${platform()} ${release()}, Node ${process.version}, ${chromium}`,
  ];
}

function table(rows: string[][]): string {
  const [head, ...body] = rows;
  return [
    `| ${head!.join(' | ')} |`,
    `| ${head!.map(() => '---').join(' | ')} |`,
    ...body.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function report(parts: {
  requests: RequestRow[];
  renders: RenderTiming[];
  renderRuns: string;
  tab: PageBundle;
  webpart: BundleMeasure | null;
  preview: PageBundle | null;
  readerElement: ReaderElementBundle | null;
  approvals: ApprovalLatency[];
  emulator: EmulatorFigures;
}): { markdown: string; rows: string[][] } {
  const rows: string[][] = [['Figure', 'Measured', 'Beside it']];
  for (const r of parts.requests) {
    rows.push([
      `${r.view}, ${r.plan}: SharePoint requests / bytes`,
      `${r.batched.requests} req / ${kb(r.batched.bytes)}`,
      (r.batched.afterPaint
        ? `until painted; after the first paint ${r.afterPaintIs ?? 'the activities'}: ${r.batched.afterPaint.requests} req / ${kb(r.batched.afterPaint.bytes)}; `
        : '') +
        (r.beside ??
          (r.naive
            ? `naive (one request per area, initiative, follow-up): ${r.naive.requests} req / ${kb(r.naive.bytes)}; ratio ${(r.naive.requests / r.batched.requests).toFixed(0)}× requests, ${(r.naive.bytes / r.batched.bytes).toFixed(1)}× bytes`
            : 'naive not measured at this size')),
    ]);
  }
  rows.push([
    'Tab initial JavaScript, gzip (with the HTML)',
    kb(parts.tab.initialGzip),
    `budget ${kb(BUDGETS.tabInitialGzip)}; ${parts.tab.initial.length} files; lazy chunks ${kb(parts.tab.lazyGzip)} in ${parts.tab.lazy.length} files (${parts.tab.lazy.map((l) => `${l.file.replace(/-[\w-]{8}\.js$/, '')} ${kb(l.gzip)}`).join(', ')})`,
  ]);
  if (parts.webpart) {
    rows.push([
      'Web part initial JavaScript, gzip (SPFx entry chunk)',
      kb(parts.webpart.initial.gzip),
      `budget ${kb(BUDGETS.webPartInitialGzip)}; lazy chunks: ${parts.webpart.onDemand.map((c) => `${c.file.replace(/_[0-9a-f]{8,}\.js$/, '')} ${kb(c.gzip)}`).join(', ') || 'none'}`,
    ]);
  } else {
    rows.push([
      'Web part initial JavaScript, gzip',
      'not built',
      'run `npm run package -w @devplan/webpart`',
    ]);
  }
  if (parts.preview) {
    rows.push([
      'Web part preview page (app server) initial JavaScript, gzip',
      kb(parts.preview.initialGzip),
      `lazy ${kb(parts.preview.lazyGzip)}`,
    ]);
  }
  const element = parts.readerElement;
  rows.push(
    element
      ? [
          'Reader web component initial JavaScript, gzip (the module and its static imports)',
          kb(element.initialGzip),
          `without React's runtime ${kb(element.initialWithoutReactGzip)} (budget ${kb(BUDGETS.webPartInitialGzip)}, the web part's: SharePoint supplies React to the web part); React's runtime ${kb(element.reactRuntimeGzip)}; lazy ${kb(element.lazyGzip)} (${element.lazy.map((l) => `${l.file.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '')} ${kb(l.gzip)}`).join(', ')})`,
        ]
      : ['Reader web component initial JavaScript, gzip', 'not built', 'run `npm run build`'],
  );
  for (const t of parts.renders) {
    rows.push([
      `Render ${RENDER_VIEW_LABELS[t.view]}, ${t.initiatives.toLocaleString('en')} initiatives`,
      t.error ? `**${t.error}**` : `median ${ms(t.medianMs)}`,
      t.error
        ? 'what the page showed instead of the plan (URL in the bench log)'
        : `${t.runs} runs, min ${ms(t.minMs)}, max ${ms(t.maxMs)}; SharePoint's last answer before the paint in at median ${ms(t.medianDataMs)}` +
          // A frame or two apart is the same paint, told apart only by which runs were the medians.
          (t.medianCompleteMs > t.medianMs + 50
            ? `; what is read after the first paint (${t.view.startsWith('tab') ? 'the overview’s own read after the app’s lead' : 'the whole view after the snapshot’s lead, the activities'}) shown after median ${ms(t.medianCompleteMs)}`
            : ''),
    ]);
  }
  for (const view of RENDER_VIEWS) {
    const of = (n: number) => parts.renders.find((t) => t.view === view && t.initiatives === n);
    const small = parts.renders.find((t) => t.view === view && t.initiatives < 100);
    const big = of(5000);
    if (small && big && !small.error && !big.error)
      rows.push([
        `Render ${RENDER_VIEW_LABELS[view]}: 5,000 / ${small.initiatives} initiatives`,
        `${(big.medianMs / small.medianMs).toFixed(2)}×`,
        'ratio of the medians (the goal of issue 18: within 1.5×)',
      ]);
  }
  for (const a of parts.approvals) {
    rows.push([
      `Approval click → recorded decision, ${a.concurrency} concurrent approver${a.concurrency > 1 ? 's' : ''}`,
      `p50 ${ms(a.p50Ms)}, p95 ${ms(a.p95Ms)}`,
      `${a.clicks} clicks; recorded ${a.recorded}, duplicates ${a.duplicates}, answered ok ${a.answeredOk}; ` +
        `completed (State, sealed publication, audit) and announced (cards replaced, submitter told) once: ` +
        `${a.completed}/${a.clicks}, all ${(a.completedMs / 1000).toFixed(1)} s after the first timed click`,
    ]);
  }
  const e = parts.emulator;
  rows.push([
    `Emulator reads (indexed query, ${e.items.toLocaleString('en')} items, ${e.inFlight} in flight)`,
    `${e.readsPerSecond.toFixed(0)} req/s`,
    `single query median ${ms(e.indexedQueryMs)}; paged read of ${e.pagedFullReadItems.toLocaleString('en')} items ${ms(e.pagedFullReadMs)}`,
  ]);
  rows.push([
    `Emulator writes (item POST, ${e.inFlight} in flight)`,
    `${e.writesPerSecond.toFixed(0)} req/s`,
    `single write median ${ms(e.singleWriteMs)}, single update ${ms(e.singleUpdateMs)}; storage ${e.storage}`,
  ]);

  const requestsOf = (view: string, plan: (label: string) => boolean) =>
    parts.requests
      .filter((r) => r.view.startsWith(view) && plan(r.plan))
      .map((r) => r.batched.requests)
      .join(', ');
  const budgets = table([
    ['Budget (tests/bench/budgets.ts, checked by npm test)', 'Limit', 'Measured'],
    [
      BUDGET_LABELS.tabOverviewRequests,
      String(BUDGETS.tabOverviewRequests),
      requestsOf('Tab: plan overview (member)', () => true),
    ],
    [
      BUDGET_LABELS.tabLeadRequests,
      String(BUDGETS.tabLeadRequests),
      requestsOf('Tab: plan overview (member, the app', () => true),
    ],
    [
      BUDGET_LABELS.tabInitiativePageRequests,
      String(BUDGETS.tabInitiativePageRequests),
      requestsOf('Tab: an initiative', () => true),
    ],
    [
      BUDGET_LABELS.webPartViewRequests,
      String(BUDGETS.webPartViewRequests),
      requestsOf('Web part: intranet view (reader)', (plan) => !plan.startsWith('5,000')),
    ],
    [
      BUDGET_LABELS.viewRequestsAt5000,
      String(BUDGETS.viewRequestsAt5000),
      requestsOf('Web part: intranet view (reader)', (plan) => plan.startsWith('5,000')),
    ],
    [
      BUDGET_LABELS.viewActivitiesAfterPaint,
      String(BUDGETS.viewActivitiesAfterPaint),
      parts.requests
        .filter((r) => r.view.startsWith('Web part: intranet view (reader)') && r.plan.startsWith('5,000'))
        .map((r) => String(r.batched.afterPaint?.requests ?? 0))
        .join(', '),
    ],
    [
      BUDGET_LABELS.webPartReturningRequests,
      String(BUDGETS.webPartReturningRequests),
      requestsOf('Web part: intranet view (returning', () => true),
    ],
    [
      BUDGET_LABELS.webPartFirstVisitOnSavedPage,
      String(BUDGETS.webPartFirstVisitOnSavedPage),
      requestsOf('Web part: intranet view (first visit, page saved', () => true),
    ],
    [
      BUDGET_LABELS.webPartSnapshotRequests,
      String(BUDGETS.webPartSnapshotRequests),
      requestsOf('Web part: intranet view (reader, first visit, the app', () => true),
    ],
    [BUDGET_LABELS.tabInitialGzip, kb(BUDGETS.tabInitialGzip), kb(parts.tab.initialGzip)],
    [
      BUDGET_LABELS.webPartInitialGzip,
      kb(BUDGETS.webPartInitialGzip),
      parts.webpart ? kb(parts.webpart.initial.gzip) : 'not built',
    ],
    [
      "Reader web component initial JavaScript without React's runtime, gzip (the web part's budget)",
      kb(BUDGETS.webPartInitialGzip),
      element ? kb(element.initialWithoutReactGzip) : 'not built',
    ],
  ]);

  // Each figure beside the one the previous RESULTS.md holds (before → after).
  const before = previousFigures();
  rows[0]!.splice(2, 0, 'Before (previous RESULTS.md)');
  for (const row of rows.slice(1)) row.splice(2, 0, before.get(row[0]!) ?? '–');
  const markdown = `# Benchmark results

Measured by \`npm run bench\` on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}${quick ? ' (**--quick**: fewer repetitions)' : ''}, in ${((Date.now() - started) / 60000).toFixed(1)} min (after the build and the web part's package).

Machine: ${machine().join('; ')}. Other processes were running on the machine at the same time; timings are
medians and vary from run to run.

${table(rows)}

${budgets}

## How each figure is measured

- **Requests / bytes**: the emulator's request log (\`_api\` requests, CORS preflights left out; bytes are response
  bodies). Tab: \`SpTabData\` (the tab's own data code) as the demo member: session, then what the overview paints from (\`planOverview\`: the overview's columns,
  without OData metadata; an initiative's page reads that initiative's part, a draft plan's years, for an editor, the whole view). Web part:
  \`planSourceFrom\` (what the web part runs) as the demo reader, until the view can be painted (activities a view
  leaves pending past the threshold are read after the first paint and counted apart). Naive: the same data through PnPjs with one request
  per area, initiative, follow-up and published follow-up (by id), the activities and effects with one request per
  initiative, and the id listings needed to find them (8 in flight). The site holds the 2026 plan with example
  data, a generated plan of 1,000 initiatives with 50,000 working follow-ups (50 per initiative: 3 in the plan year,
  the rest in earlier years) and a generated plan of 5,000 initiatives, so the big lists are past the 5,000-item
  list view threshold and every query must go through an index (\`tests/bench/generate.ts\`). The generated
  plans have T1 and T2 closed, each with the app's seal over its publications, as a plan stands in December
  (RESULTS.md up to 2026-12-05T00:12Z had no closed periods: every publication was checked on its own).
- **Initial JavaScript**: gzip -9 of the built files. Tab: what \`/tab/index.html\` loads (module script and
  modulepreloads, with their static imports); lazy: chunks reachable only through \`import()\`
  (\`tests/bench/bundles.ts\`). Web part: the SPFx entry chunk in \`apps/webpart/release/assets\`. Reader web
  component: \`reader/utvecklingsplan-reader.js\` and its static imports in \`apps/reader-element/dist/web\`; its
  \`react-runtime\` chunk (React, ReactDOM) is told apart, since SharePoint supplies React to the web part.
- **Render**: headless Chromium (${parts.renderRuns}); in-page time from navigation start until the first paint after the
  initiative the view shows last is in the document (each area of the tab shows 25 initiatives before "show more", of
  the intranet view 12; the time is taken in a task queued from the next animation frame, i.e. after it is painted);
  no approval sweep runs; the reader snapshots and the tab's overview leads are written once, as the sweep would,
  before the runs; tab signed in as the demo member, \`/tab/?plan=<year>\`, and an initiative's page
  opened first, \`/tab/?plan=<year>#/initiative/<id>\` (the plan's middle initiative, until its title is painted); intranet
  view: the web part preview page \`/webpart-preview/?year=<year>\` as the demo reader (\`tests/bench/render.ts\`), and opened
  by a link to the same initiative, \`#initiative=<id>\` (until its title is painted); the reader web component (the
  Omnia element) on the demo intranet page, another origin, \`<intranet>/?plan=<year>\`, as the demo reader on a first
  visit (its text is in its shadow root, which the page's observer watches too).
  Where the view reads something after its first paint (the intranet view's whole snapshot after its lead and its
  activities past the list view threshold; the tab's overview after the app's lead), the time until that is shown too is given beside the figure. Beside
  it too: when the last SharePoint answer before the paint had come in (the page's resource timings of \`_api\`
  requests); the time after it is the page's own work on the answers (parsing, seal checks, rendering).
- **Approvals**: the local Bot Framework connector clicks "approve" on approval cards against the app server and
  the emulator; time from click to the answered invoke (the bot answers after the decision is recorded, so an upper
  bound of click-to-recorded); afterwards every decision is checked in ApprovalDecisions (\`tests/bench/approvals\`).
  The emulator (SharePoint's stand-in) runs in a process of its own, as SharePoint is never inside the app server's
  process; the app server, the local connector (Teams' stand-in; it signs its token once and reuses it, as the
  Bot Framework service does: up to 2026-12-05T00:12Z it signed one per click) and the clicking share one
  process; the app's SharePoint token is reused until it nears expiry, as the server's MSAL cache does. Figures up
  to the RESULTS.md of 2026-12-04T20:49Z ran all of them in one process and asked for a new token per request.
  Each figure is taken after one untimed warm-up round of as many clicks on other cards (a server just started
  compiles its code and opens its connections on the first clicks); up to the RESULTS.md of 2026-12-05T01:45Z the
  first round was timed too. The 50 concurrent clicks are of 50 different approvers since 2026-12-05 (one per
  initiative, each deciding a follow-up of their own initiative; the plan gets initiatives added up to 50);
  figures before that were of one demo approver, so reads the decisions share, such as the approver's
  deputyships, were shared more than between 50 people. The 1-approver figure is of the demo approver.
  The emulator keeps each list's field definitions and its recent query plans between requests (as SharePoint
  keeps its schema in memory) since 2026-12-05; before, it read and parsed them from SQLite on every request.
- **Emulator**: 50,000 items in a file database (WAL, synchronous=FULL); throughput with ${e.inFlight} requests in flight
  (\`tests/bench/emulator-bench.ts\`).

## Rerun

\`\`\`
npm run bench                 # everything (builds first), writes this file
npm run bench:emulator        # emulator only
npm run bench:webpart         # web part requests and bundle (JSON)
npm run bench:tab             # tab requests in Node and Chromium, bundle (JSON)
npm run bench:approvals       # 200 concurrent different / 20 on one follow-up
npx jest --selectProjects e2e -- tests/e2e/budgets tests/e2e/webpart/budgets.test.ts   # the budgets
\`\`\`
`;
  return { markdown, rows };
}

async function main(): Promise<void> {
  // A private copy of the built pages: a build running meanwhile (it empties dist/web) cannot disturb the run.
  const webDir = await snapshotWebDir();
  // The reader web component's build beside the pages: the demo intranet page loads it from the app server.
  const readerDir = snapshotReaderElement();
  try {
    await measureAll(webDir, readerDir);
  } finally {
    for (const dir of [webDir, readerDir]) rmSync(dir, { recursive: true, force: true });
  }
}

async function measureAll(webDir: string, readerDir: string): Promise<void> {
  log('bundle sizes');
  const tab = measurePage('tab', webDir);
  if (!tab) throw new Error('The tab is not built: run `npm run build` first.');
  const preview = measurePage('webpart-preview', webDir);
  const readerElement = measureReaderElement();
  const webpart = measureBundle(resolve(import.meta.dirname, '../../apps/webpart/release/assets'));
  log(`  tab ${kb(tab.initialGzip)} initial, web part ${webpart ? kb(webpart.initial.gzip) : 'not built'}`);

  const { requests, renders, renderRuns } = await requestsAndRenders([webDir, readerDir]);
  if (rendersOnly) {
    // `--renders`: the request figures and render times only, printed; RESULTS.md is left as it is.
    for (const r of requests)
      log(`${r.view}, ${r.plan}: ${r.batched.requests} requests, ${kb(r.batched.bytes)}`);
    for (const t of renders)
      log(
        `render ${t.view} ${t.initiatives}: median ${ms(t.medianMs)} (${t.runs} runs, ${ms(t.minMs)}–${ms(t.maxMs)}), complete ${ms(t.medianCompleteMs)}, data in at ${ms(t.medianDataMs)}`,
      );
    return;
  }

  log('approvals: 1 approver, 20 clicks one after another');
  const one = await measureApprovalLatency(1, quick ? 5 : 20);
  log(`  p50 ${ms(one.p50Ms)}, p95 ${ms(one.p95Ms)}`);
  log('approvals: 50 concurrent approvers, 2 rounds');
  const fifty = await measureApprovalLatency(50, quick ? 1 : 2);
  log(`  p50 ${ms(fifty.p50Ms)}, p95 ${ms(fifty.p95Ms)}`);

  log('emulator throughput (fills 50,000 items first)');
  const emulator = await runEmulatorBench(false);

  const { markdown, rows } = report({
    requests,
    renders,
    renderRuns,
    tab,
    webpart,
    preview,
    readerElement,
    approvals: [one, fifty],
    emulator,
  });
  const out = resolve(import.meta.dirname, 'RESULTS.md');
  writeFileSync(out, markdown);
  const widths = rows[0]!.map((_, c) => Math.min(60, Math.max(...rows.map((r) => r[c]!.length))));
  console.log('');
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
  console.log('');
  log(`wrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
