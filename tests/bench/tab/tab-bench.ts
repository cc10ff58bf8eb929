/**
 * Figures of the Teams tab, measured, not estimated:
 * - the SharePoint requests (`_api`, from the emulator's request log) it takes to show the plan overview:
 *   (a) the tab's own data code (`SpTabData`: session + the overview's read) run in Node, for a member and a reader;
 *   (b) the built tab in headless Chromium, from sign-in to the rendered overview (CORS preflights counted apart);
 * - the gzip size of the tab's built JavaScript (`apps/tab/dist/web/tab/assets`): what the standalone/overview
 *   page loads (entry + preloaded chunks), and the chunks only Teams loads on demand (teams-js, msal-browser).
 *
 * Run from the repository root after `npm run build`:
 *   npx node --experimental-strip-types --disable-warning=ExperimentalWarning tests/bench/tab/tab-bench.ts
 * Prints a JSON report; exits non-zero when the overview takes more than 3 SharePoint requests.
 */
import { launchBrowser } from '../../e2e/support/browser.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spfi } from '@pnp/sp';
import { PlanSite, TokenAuthenticated } from '@devplan/sharepoint';
import { startLocalStack, type LocalStack } from '@devplan/local-stack';
import { SpTabData } from '@devplan/sharepoint/tab';

const repoRoot = resolve(import.meta.dirname, '../../..');
const webDir = resolve(repoRoot, 'apps/tab/dist/web');

/** Requests the tab's data code makes to show the overview, as `user`. */
async function overviewRequestsInNode(stack: LocalStack, user: string) {
  const site = new PlanSite(
    spfi(stack.emulator.siteUrl).using(TokenAuthenticated(() => stack.emulator.issueToken(user))),
    stack.emulator.siteUrl,
  );
  const data = new SpTabData(site);
  const before = stack.emulator.requestLog().length;
  const session = await data.session();
  const plan = session.plans[0]!;
  const view = await data.planOverview(plan, session.canReadWorking);
  const entries = stack.emulator
    .requestLog()
    .slice(before)
    .filter((e) => e.url.includes('/_api/'));
  return {
    user,
    canEdit: session.canEdit,
    initiatives: view.initiatives.length,
    requests: entries.length,
    detail: entries.map(
      (e) =>
        `${e.method} ${new URL(e.url, 'http://x').pathname.replace(/^.*\/_api\//, '_api/')}${e.batchParts ? ` (${e.batchParts} parts)` : ''} → ${e.status}`,
    ),
  };
}

/** Requests and JavaScript of the built tab in Chromium, from opening to the rendered overview. */
async function overviewInBrowser(stack: LocalStack) {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.url().startsWith(stack.app.url) && r.url().endsWith('.js'))
        scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${stack.app.url}/tab/`);
    await page.getByRole('button', { name: /^Sara Lindqvist/ }).waitFor();
    const before = stack.emulator.requestLog().length;
    await page.getByRole('button', { name: /^Sara Lindqvist/ }).click();
    await page.getByRole('table').first().waitFor();
    const entries = stack.emulator
      .requestLog()
      .slice(before)
      .filter((e) => e.url.includes('/_api/'));
    return {
      sharePointRequests: entries.filter((e) => e.method !== 'OPTIONS').length,
      corsPreflights: entries.filter((e) => e.method === 'OPTIONS').length,
      detail: entries.map(
        (e) =>
          `${e.method} ${new URL(e.url, 'http://x').pathname.replace(/^.*\/_api\//, '_api/')}${e.batchParts ? ` (${e.batchParts} parts)` : ''}`,
      ),
      scripts,
    };
  } finally {
    await browser.close();
  }
}

/** gzip sizes of the tab's JavaScript: what the page loaded, and the on-demand chunks only Teams loads. */
function bundleSizes(loaded: readonly string[]) {
  const assets = join(webDir, 'tab/assets');
  const gz = (file: string) => gzipSync(readFileSync(join(webDir, file)), { level: 9 }).length;
  const raw = (file: string) => readFileSync(join(webDir, file)).length;
  const initial = [...new Set(loaded.map((p) => p.replace(/^\//, '')))];
  const entryText = initial.map((f) => readFileSync(join(webDir, f), 'utf8')).join('\n');
  const onDemand = readdirSync(assets)
    .filter((f) => f.endsWith('.js') && !initial.includes(`tab/assets/${f}`) && entryText.includes(f))
    .map((f) => `tab/assets/${f}`);
  const sum = (files: string[], size: (f: string) => number) => files.reduce((n, f) => n + size(f), 0);
  return {
    initial: { files: initial, rawBytes: sum(initial, raw), gzipBytes: sum(initial, gz) },
    onDemandInTeams: { files: onDemand, rawBytes: sum(onDemand, raw), gzipBytes: sum(onDemand, gz) },
  };
}

if (!existsSync(join(webDir, 'tab/index.html'))) {
  console.error('apps/tab/dist/web/tab is not built: run `npm run build` first.');
  process.exit(2);
}
const stack = await startLocalStack({ spPort: 0, appPort: 0, dbFile: ':memory:', webDirs: [webDir] });
try {
  const member = await overviewRequestsInNode(stack, 'staff');
  const reader = await overviewRequestsInNode(stack, 'reader');
  const browser = await overviewInBrowser(stack);
  const report = {
    overviewRequests: { member, reader, browser: { ...browser, scripts: undefined } },
    bundle: bundleSizes(browser.scripts),
  };
  console.log(JSON.stringify(report, null, 2));
  const worst = Math.max(member.requests, reader.requests, browser.sharePointRequests);
  if (worst > 3) {
    console.error(`Budget exceeded: the overview took ${worst} SharePoint requests (budget 3).`);
    process.exitCode = 1;
  }
} finally {
  await stack.close();
}
