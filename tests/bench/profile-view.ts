/**
 * `npm run bench:profile`: where the time of a view goes at size. Starts the local stack (no approval sweep),
 * generates a plan of `--initiatives N` (default 5,000), opens the tab's plan overview and the intranet view
 * (web part preview) once each in headless Chromium with the DevTools CPU profiler on, and prints:
 * - the time to the first paint after the view's last shown initiative (as `render.ts` measures it);
 * - each SharePoint response the page read (method, path, bytes, time), and the page's other requests (the
 *   page, its scripts, its settings and sign-in) with when each was sent and answered;
 * - the 25 functions with the most self time (sampled), and the time per script; a function in the built
 *   pages is named by its source (file and line, through the page's source map) when the build wrote one.
 * `--tab` or `--webpart` profiles one view only, `--initiative` the tab's page of the plan's middle initiative opened
 * first (as a card's link opens it); `--returning` profiles a second visit in the same context.
 * For finding what to cut; the figures the issue quotes come from `npm run bench:render` / `npm run bench`.
 */
import type { CDPSession } from 'playwright-core';
import { createRepositories, PlanSite } from '@devplan/sharepoint';
import { launchBrowser } from '../e2e/support/browser.ts';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { snapshotWebDir } from '../support/web.ts';
import { generatePlan } from './generate.ts';
import { startRenderStack } from './render.ts';
import { spAs, writeOverviewLeads, writeReaderSnapshots } from './requests.ts';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const count = arg('--initiatives', 5000);
/** `--returning`: profile a second visit in the same browser context (what a returning reader's browser keeps). */
const returning = process.argv.includes('--returning');
const views = process.argv.includes('--tab')
  ? ['tab']
  : process.argv.includes('--initiative')
    ? ['tab-initiative']
    : process.argv.includes('--webpart')
      ? ['webpart']
      : ['tab', 'webpart'];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Names a minified function by its source (`name file:line`), or null when no source map says. */
type SourceNamer = (frame: ProfileNode['callFrame']) => string | null;

/** Source names from the source maps beside the built pages in `webDir` (a page's `/x/assets/y.js` is `webDir/x/assets/y.js`). */
function sourceNamer(webDir: string): SourceNamer {
  const maps = new Map<string, SourceMapConsumer | null>();
  return ({ url, lineNumber, columnNumber, functionName }) => {
    const path = url.startsWith('http') ? new URL(url).pathname : '';
    if (!path.endsWith('.js')) return null;
    if (!maps.has(path)) {
      const file = join(webDir, `${path}.map`);
      maps.set(
        path,
        existsSync(file)
          ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8')) as RawSourceMap)
          : null,
      );
    }
    const at = maps.get(path)?.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    if (!at?.source) return null;
    const source = at.source.split('/').slice(-3).join('/');
    return `${at.name ?? functionName ?? '(anonymous)'} ${source}:${at.line}`;
  };
}

/** Self time per function and per script of a sampled CPU profile, in ms. */
function summarize(
  profile: Profile,
  named: SourceNamer,
): { functions: [string, number][]; scripts: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (const [i, id] of profile.samples.entries())
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  const functions = new Map<string, number>();
  const scripts = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() || '(native)';
    const name = named(frame) ?? `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
    scripts.set(file, (scripts.get(file) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { functions: top(functions, 25), scripts: top(scripts, 10) };
}

// A private copy of the built pages: a build running meanwhile (it empties dist/web) cannot disturb the run.
const webDir = await snapshotWebDir();
const named = sourceNamer(webDir);
const stack = await startRenderStack(webDir);
const browser = await launchBrowser();
try {
  const app = createRepositories(new PlanSite(spAs(stack.emulator, 'app'), stack.emulator.siteUrl));
  const year = 2030;
  console.log(`generating plan ${year}: ${count} initiatives`);
  const plan = await generatePlan(stack.emulator, app, {
    sealer: stack.approvals.sealer,
    year,
    initiatives: count,
  });
  // As the app server's sweep would after the generation: the intranet view reads the reader snapshot.
  await writeReaderSnapshots(app, stack.approvals.sealer);
  await writeOverviewLeads(app, stack.approvals.sealer);
  for (const view of views) {
    const url =
      view === 'tab'
        ? `${stack.app.url}/tab/?plan=${year}`
        : view === 'tab-initiative'
          ? `${stack.app.url}/tab/?plan=${year}#/initiative/${plan.middle.id}`
          : `${stack.app.url}/webpart-preview/?year=${year}`;
    // The view is painted when its last initiative's title is (the initiative's page: its own title).
    const awaited =
      view === 'tab-initiative'
        ? plan.middle.title
        : view === 'tab'
          ? plan.lastShownTitle
          : plan.lastShownReaderTitle;
    const context = await browser.newContext();
    if (view !== 'webpart')
      await context.addInitScript(() => sessionStorage.setItem('devplan.tab.localUser', 'staff'));
    await context.addInitScript((text) => {
      const w = window as unknown as { benchPaintedAt?: number };
      const observer = new MutationObserver(() => {
        if (!document.body?.textContent?.includes(text)) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => (w.benchPaintedAt = performance.now()), 0));
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    }, awaited);
    if (returning) {
      // A returning reader: a first visit in the same context (local storage and HTTP cache kept), not profiled.
      const first = await context.newPage();
      await first.goto(url, { waitUntil: 'commit' });
      await first.waitForFunction(
        () => (window as unknown as { benchPaintedAt?: number }).benchPaintedAt,
        undefined,
        {
          polling: 'raf',
          timeout: 180_000,
        },
      );
      await first.close();
    }
    const page = await context.newPage();
    const responses: string[] = [];
    const others: { sentAt: number; line: string }[] = [];
    // When the page's navigation was sent (the times the requests were sent are given from it).
    let navigationStart: number | undefined;
    page.on('request', (request) => {
      if (request.isNavigationRequest()) navigationStart = Date.now();
    });
    page.on('requestfinished', (request) => {
      if (!request.url().includes('/_api/')) {
        const timing = request.timing();
        navigationStart ??= timing.startTime;
        const sentAt = timing.startTime - navigationStart;
        const url = new URL(request.url());
        others.push({
          sentAt,
          line:
            `${request.method()} ${url.pathname.slice(0, 60)} sent at ${sentAt.toFixed(0)} ms, ` +
            `answered at ${(sentAt + Math.max(0, timing.responseEnd)).toFixed(0)} ms`,
        });
        return;
      }
      void request.sizes().then((sizes) => {
        const timing = request.timing();
        navigationStart ??= timing.startTime;
        responses.push(
          `${request.method()} ${new URL(request.url()).pathname.replace(/^.*\/_api/, '_api')} ` +
            `${(sizes.responseBodySize / 1024).toFixed(0)} KB, ${(timing.responseEnd - timing.requestStart).toFixed(0)} ms, ` +
            `sent at ${(timing.startTime - navigationStart).toFixed(0)} ms`,
        );
      });
    });
    // Each $batch part's GET with the Accept header it was sent with (metadata or not), replayed afterwards as
    // that user to weigh its answer (batch answers are too big for the DevTools buffer).
    const gets: { url: string; accept: string }[] = [];
    page.on('request', (request) => {
      if (!request.url().endsWith('/$batch')) return;
      for (const line of (request.postData() ?? '').split('\n')) {
        if (line.startsWith('GET '))
          gets.push({ url: line.slice(4).replace(/ HTTP\/1\.1\s*$/, ''), accept: 'application/json' });
        else if (/^accept:/i.test(line) && gets.length > 0)
          gets[gets.length - 1]!.accept = line.slice(line.indexOf(':') + 1).trim();
      }
    });
    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page
      .waitForFunction(() => (window as unknown as { benchPaintedAt?: number }).benchPaintedAt, undefined, {
        polling: 'raf',
        timeout: 180_000,
      })
      .catch(async (error: unknown) => {
        const shown = await page.evaluate(() => document.body?.innerText.slice(0, 400) ?? '');
        throw new Error(`${url} did not show ${awaited}; it showed: ${shown}`, { cause: error });
      });
    const painted = Number(await handle.jsonValue());
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const { functions, scripts } = summarize(profile, named);
    console.log(
      `\n== ${view}, ${count} initiatives: painted after ${painted.toFixed(0)} ms, ${elements} elements`,
    );
    console.log('SharePoint responses:');
    for (const r of responses) console.log(`  ${r}`);
    console.log('other requests (the page, its scripts, settings, sign-in):');
    for (const r of others.sort((a, b) => a.sentAt - b.sentAt)) console.log(`  ${r.line}`);
    console.log('$batch parts (answer size, request):');
    const token = await stack.emulator.issueToken(view === 'webpart' ? 'reader' : 'staff');
    for (const get of gets) {
      const answer = await fetch(get.url, {
        headers: { authorization: `Bearer ${token}`, accept: get.accept },
      });
      const size = (await answer.arrayBuffer()).byteLength;
      const target = decodeURIComponent(get.url.replace(/^.*?_api\//, ''));
      console.log(`  ${(size / 1024).toFixed(0).padStart(6)} KB ${answer.status}  ${target.slice(0, 230)}`);
    }
    console.log('self time per script (ms):');
    for (const [name, ms] of scripts) console.log(`  ${ms.toFixed(0).padStart(6)}  ${name}`);
    console.log('self time per function (ms):');
    for (const [name, ms] of functions) console.log(`  ${ms.toFixed(0).padStart(6)}  ${name}`);
    await context.close();
  }
} finally {
  await browser.close();
  await stack.close();
  rmSync(webDir, { recursive: true, force: true });
}
