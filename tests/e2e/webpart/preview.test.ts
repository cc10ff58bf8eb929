import { launchBrowser, screenshotWholePage } from '../support/browser';
import { axeViolations as wcagViolations } from '../support/axe';
import { snapshotWebDir } from '../../support/web';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startLocalStack, type LocalStack } from '@devplan/local-stack';
import { createRepositories } from '@devplan/sharepoint';
import type { FocusArea, Initiative } from '@devplan/core';
import { addExampleData } from '../../bench/webpart/webpart-bench.js';
import { generatePlan } from '../../bench/generate.js';

const root = resolve(__dirname, '../../..');
let webDir = '';
const screenshots = resolve(root, 'tests/e2e/screenshots');

let stack: LocalStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let initiatives: Initiative[];
let areas: FocusArea[];

/** Opens the preview with the given query and fragment and waits until the plan is shown. */
async function open(query = '', hash = '', state = 'loaded'): Promise<void> {
  await page.goto(`${stack.app.url}/webpart-preview/${query}${hash}`);
  await page.locator(`[data-testid="devplan-reader"][data-state="${state}"]`).waitFor();
}

/** axe-core's violations on the page, as `rule: targets` lines (empty when there are none). */
async function axeViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(async () => {
  webDir = await snapshotWebDir();
  mkdirSync(screenshots, { recursive: true });
  stack = await startLocalStack({ spPort: 0, appPort: 0, dbFile: ':memory:', webDirs: [webDir] });
  const app = createRepositories(stack.site);
  const plan = (await app.plans.byYear(2026))!;
  initiatives = await addExampleData(app, plan.id, stack.approvals.sealer);
  areas = await app.focusAreas.byPlan(plan.id);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  if (webDir) rmSync(webDir, { recursive: true, force: true });
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

describe('the web part preview page', () => {
  it('shows the 2026 plan as a reader in the overview, says it is a local preview, and costs at most 2 requests', async () => {
    stack.emulator.clearRequestLog();
    await open();
    await expect(page.getByTestId('preview-banner').textContent()).resolves.toContain(
      'Lokal förhandsvisning',
    );
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toContain('2026');
    expect(await page.locator('article[data-initiative]').count()).toBe(13);
    await expect(page.getByText('Förändringar sedan förra perioden').isVisible()).resolves.toBe(true);
    const calls = stack.emulator
      .requestLog()
      .filter((e) => e.url.includes('/_api/') && e.method !== 'OPTIONS');
    expect(calls.map((e) => e.user)).toEqual(calls.map(() => 'reader'));
    expect(calls.every((e) => e.status < 400)).toBe(true);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThanOrEqual(2);
    expect(await axeViolations()).toEqual([]);
    await screenshotWholePage(page, resolve(screenshots, 'webpart-overview.png'));
  });

  it('shows the table layout chosen in the query string, with no axe violations', async () => {
    await open('?layout=table');
    // The table's code is loaded when it is shown (the overview is the default layout).
    await page.locator('table').waitFor();
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(13);
    await expect(page.getByRole('button', { name: 'Tabell' }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    expect(await axeViolations()).toEqual([]);
    await screenshotWholePage(page, resolve(screenshots, 'webpart-table.png'));
  });

  it('prints without its controls and with every initiative', async () => {
    await open();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('group', { name: 'Visa planen' }).isVisible()).resolves.toBe(false);
    await expect(
      page
        .getByRole('link', { name: /^Länk till insatsen/ })
        .first()
        .isVisible(),
    ).resolves.toBe(false);
    expect(await page.locator('article[data-initiative]:visible').count()).toBe(13);
  });

  it('loads the timeline on demand when chosen by keyboard, with no axe violations', async () => {
    await open();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.getByRole('button', { name: 'Tidslinje' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('timeline').waitFor();
    expect(scripts.some((url) => url.includes('TimelineLayout'))).toBe(true);
    expect(await page.locator('[data-testid="timeline"] ol > li').count()).toBe(13);
    expect(await axeViolations()).toEqual([]);
    await screenshotWholePage(page, resolve(screenshots, 'webpart-timeline.png'));
  });

  it('reaches and works the view controls with the Tab key alone', async () => {
    await open();
    let focused = '';
    for (let presses = 0; presses < 30 && focused !== 'table'; presses++) {
      await page.keyboard.press('Tab');
      focused = (await page.evaluate(
        'document.activeElement?.getAttribute("data-layout-button") ?? ""',
      )) as string;
    }
    expect(focused).toBe('table');
    await page.keyboard.press('Space');
    await page.locator('table').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement?.id')).resolves.toBe('devplan-area-filter');
  });

  it('filters by focus area from the page and from the query string', async () => {
    await open();
    const area = areas[2]!;
    const inArea = initiatives.filter((i) => i.focusAreaId === area.id).length;
    await page.getByLabel('Fokusområde').selectOption({ label: area.title });
    await expect(page.getByText(`${inArea} av 13 insatser visas`).isVisible()).resolves.toBe(true);
    expect(await page.locator('article[data-initiative]').count()).toBe(inArea);

    await open(`?area=${areas[0]!.id}&layout=table`);
    await page.locator('table').waitFor();
    const first = initiatives.filter((i) => i.focusAreaId === areas[0]!.id).length;
    expect(await page.locator('table tbody tr').count()).toBe(first);
  });

  it('shows only the parts chosen in the query string', async () => {
    await open('?sections=followUp');
    expect(await page.getByTestId('changes').count()).toBe(0);
    expect(await page.getByText('Förväntade effekter').count()).toBe(0);
    expect(await page.getByText('Senaste godkända uppföljning').count()).toBe(13);
  });

  it('opens the initiative a deep link points at, and follows links by keyboard', async () => {
    const target = initiatives[5]!;
    await open('?layout=table', `#initiative=${target.id}`);
    const selected = page.getByRole('region', { name: 'Vald insats' });
    await expect(selected.getByRole('heading', { name: target.title }).isVisible()).resolves.toBe(true);
    await expect(page.evaluate('document.activeElement?.getAttribute("data-initiative")')).resolves.toBe(
      String(target.id),
    );

    const other = initiatives[1]!;
    await page.getByRole('table').getByRole('link', { name: other.title, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(`window.location.hash === '#initiative=${other.id}'`);
    await expect(selected.getByRole('heading', { name: other.title }).isVisible()).resolves.toBe(true);
  });

  it('switches to English with the language link and keeps the choices', async () => {
    await open('?layout=table');
    await page.getByRole('link', { name: 'English' }).click();
    await page.locator('[data-testid="devplan-reader"][data-state="loaded"]').waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await expect(page.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    await expect(page.getByText('What changed since the last period').isVisible()).resolves.toBe(true);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-GB');
    expect(await axeViolations()).toEqual([]);
  });

  it('says so when there is no adopted plan for the chosen year', async () => {
    await page.goto(`${stack.app.url}/webpart-preview/?year=2031`);
    await page.locator('[data-testid="devplan-reader"]:not([data-state="loading"])').waitFor();
    await expect(page.getByTestId('devplan-reader').getAttribute('data-state')).resolves.toBe('empty');
    await expect(page.getByText('Det finns ingen antagen plan för 2031.').isVisible()).resolves.toBe(true);
  });

  it('reflows at 320 px in every layout: no horizontal page scroll and no axe violations (WCAG 1.4.10)', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    const found: Record<string, number> = {};
    const violations: Record<string, unknown> = {};
    for (const layout of ['overview', 'table', 'timeline', 'dashboard']) {
      await open(`?layout=${layout}`);
      found[layout] = await page.evaluate(() => document.documentElement.scrollWidth);
      const axe = await wcagViolations(page);
      if (axe.length) violations[layout] = axe;
      await screenshotWholePage(page, resolve(screenshots, `webpart-320-${layout}.png`));
    }
    expect(Object.entries(found).filter(([, width]) => width > 320)).toEqual([]);
    expect(violations).toEqual({});
  });

  it('paints from the app’s reader snapshot in one request once the sweep has made it', async () => {
    // What the sweep does after each run, asked until the example data's last change has settled and the
    // snapshot is written (or a sweep meanwhile wrote it).
    for (;;) {
      const outcome = await stack.approvals.host.snapshots.refresh();
      if (outcome === 'written' || outcome === 'fresh') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    stack.emulator.clearRequestLog();
    await open();
    expect(await page.locator('article[data-initiative]').count()).toBe(13);
    await expect(page.getByText('Förändringar sedan förra perioden').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Senaste godkända uppföljning').count()).resolves.toBeGreaterThan(0);
    // The reader's own calls (the stack's sweep may read as the app meanwhile).
    const calls = stack.emulator
      .requestLog()
      .filter((e) => e.url.includes('/_api/') && e.method !== 'OPTIONS' && e.user === 'reader');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'POST', status: 200 });
    expect(calls[0]!.url).toMatch(/\/_api\/\$batch$/);
  });

  it('paints a plan larger than a page from the snapshot’s lead, then reads the rest in one request and shows more', async () => {
    // 60 invented initiatives in 4 areas (15 each, more than the 12 cards a page shows) in an older adopted plan,
    // so `latest` stays 2026 for the other tests.
    await generatePlan(stack.emulator, createRepositories(stack.site), {
      sealer: stack.approvals.sealer,
      year: 2025,
      initiatives: 60,
    });
    for (;;) {
      const outcome = await stack.approvals.host.snapshots.refresh();
      if (outcome === 'written') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // Notes whether the view was ever painted from a lead (`data-whole="loading"`), not from the lists.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('[data-whole="loading"]'))
          (window as unknown as { sawLead?: boolean }).sawLead = true;
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    stack.emulator.clearRequestLog();
    await open('?year=2025');
    const area = page.getByRole('region', { name: 'Testområde 1' });
    await area.getByText('Visar 12 av 15 insatser i Testområde 1.').waitFor();
    await page.locator('[data-testid="devplan-reader"][data-whole="ready"]').waitFor();
    const calls = stack.emulator
      .requestLog()
      .filter((e) => e.url.includes('/_api/') && e.method !== 'OPTIONS' && e.user === 'reader');
    // The lead (the first paint), then the whole snapshot: one `$batch` each.
    expect(calls.map((e) => [e.method, e.status])).toEqual([
      ['POST', 200],
      ['POST', 200],
    ]);
    expect(await page.evaluate(() => (window as unknown as { sawLead?: boolean }).sawLead)).toBe(true);
    expect(await area.locator('article[data-initiative]').count()).toBe(12);
    await area.getByRole('button', { name: 'Visa 3 till' }).click();
    expect(await area.locator('article[data-initiative]').count()).toBe(15);
  });
});
