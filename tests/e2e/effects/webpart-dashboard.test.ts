import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { startLocalStack, type LocalStack } from '@devplan/local-stack';
import { createRepositories } from '@devplan/sharepoint';
import { addExampleData } from '../../bench/webpart/webpart-bench.js';
import { launchBrowser } from '../support/browser';
import { snapshotWebDir } from '../../support/web';
import { axeViolations } from './axe';

jest.setTimeout(240_000);

const root = resolve(__dirname, '../../..');
let webDir = '';
const screenshots = resolve(root, 'tests/e2e/screenshots');

let stack: LocalStack;
let browser: Browser;
let areaCount: number;
let areaTitles: string[];
let initiativeCount: number;

beforeAll(async () => {
  webDir = await snapshotWebDir();
  mkdirSync(screenshots, { recursive: true });
  stack = await startLocalStack({ spPort: 0, appPort: 0, dbFile: ':memory:', webDirs: [webDir] });
  const app = createRepositories(stack.site);
  const plan = (await app.plans.byYear(2026))!;
  initiativeCount = (await addExampleData(app, plan.id, stack.approvals.sealer)).length;
  areaTitles = (await app.focusAreas.byPlan(plan.id)).map((a) => a.title);
  areaCount = areaTitles.length;
  // A working draft that must never reach the web part's dashboard.
  await app.followUps.add({
    planId: plan.id,
    initiativeId: (await app.initiatives.byPlan(plan.id))[0]!.id,
    periodYear: 2026,
    period: 'FY',
    status: 'offTrack',
    progress: 99,
    summary: 'Utkast som inte får synas på intranätet',
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  if (webDir) rmSync(webDir, { recursive: true, force: true });
});

describe('the web part’s dashboard layout (published data only)', () => {
  it('loads the chart code only when chosen, charts status, progress and readiness with tables, and costs no extra requests', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    stack.emulator.clearRequestLog();
    await page.goto(`${stack.app.url}/webpart-preview/`);
    await page.locator('[data-testid="devplan-reader"][data-state="loaded"]').waitFor();
    expect(scripts.some((s) => /DashboardLayout|charts/.test(s))).toBe(false);

    await page.getByRole('button', { name: 'Diagram' }).click();
    await page.getByRole('heading', { level: 3, name: 'Diagram' }).waitFor();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-chart] figure svg').length >= 3,
      undefined,
      {
        timeout: 30_000,
      },
    );
    expect(scripts.some((s) => /charts/.test(s))).toBe(true);

    // Every focus area is named under its column, wrapped rather than left out ("Kompetens och digitalisering").
    const status = page.locator('[data-chart="devplan-dashboard-status"]');
    const ticks = await status
      .locator('figure svg .tick text')
      .evaluateAll((texts) => texts.map((t) => t.getAttribute('data-full') ?? t.textContent ?? ''));
    expect(ticks).toEqual(expect.arrayContaining(areaTitles));
    // The legend reads as the string tables write it, not in English title case ("Risk För Avvikelse").
    const legend = await page
      .locator('[data-chart] figure button')
      .evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).innerText.trim()));
    expect(legend).toEqual(expect.arrayContaining(['Enligt plan', 'Risk för avvikelse']));
    expect(legend).not.toContain('Enligt Plan');

    // Every chart has a summary and its data as a table; the tables hold published figures only.
    await status.getByRole('button', { name: 'Visa som tabell' }).focus();
    await page.keyboard.press('Enter');
    expect(await status.locator('table tbody tr').count()).toBe(areaCount);
    const progress = page.locator('[data-chart="devplan-dashboard-progress"]');
    await progress.getByRole('button', { name: 'Visa som tabell' }).focus();
    await page.keyboard.press('Enter');
    const fullYear = await progress.locator('table tbody tr').nth(2).innerText();
    expect(fullYear).toContain('Ingen rapport');
    const readiness = page.locator('[data-chart="devplan-dashboard-readiness"]');
    expect(await readiness.locator('table tbody tr').count()).toBe(initiativeCount);
    const summary = await page.locator('#devplan-dashboard-status-summary').innerText();
    expect(summary).toContain(`${initiativeCount} insatser i ${areaCount} fokusområden`);
    expect(await page.getByText('Utkast som inte får synas på intranätet').count()).toBe(0);

    const calls = stack.emulator
      .requestLog()
      .filter((e) => e.url.includes('/_api/') && e.method !== 'OPTIONS');
    expect(calls.every((e) => e.user === 'reader')).toBe(true);
    expect(calls.length).toBeLessThanOrEqual(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(screenshots, 'webpart-dashboard.png'), fullPage: true });
    await context.close();
  });
});
