/// <reference lib="dom" />
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startLocalStack, type LocalStack } from '@devplan/local-stack';
import { createRepositories } from '@devplan/sharepoint';
import type { FocusArea, Initiative } from '@devplan/core';
import { addDraftPlan, addExampleData, reposAs } from '../../bench/webpart/webpart-bench.js';
import { snapshotReaderElement, snapshotWebDir } from '../../support/web';
import { axeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { newSession } from '../tab/support';

jest.setTimeout(300_000);

const root = resolve(__dirname, '../../..');
const screenshots = resolve(root, 'tests/e2e/screenshots');
const DRAFT_FOLLOW_UP = 'Testdata: ett utkast som inte får nå intranätet';

let webDir = '';
let readerDir = '';
let stack: LocalStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let initiatives: Initiative[];
let areas: FocusArea[];

/** Opens the demo intranet page (another origin) and waits until the element shows the plan. */
async function open(query = '', state = 'loaded'): Promise<void> {
  await page.goto(`${stack.intranet.url}${query}`);
  await page.locator(`[data-testid="devplan-reader"][data-state="${state}"]`).waitFor();
}

/** The element on the page (Playwright's locators reach into its open shadow root). */
const element = () => page.locator('utvecklingsplan-reader');

/** Computed styles of elements inside the shadow root: what the host page's CSS must not change. */
function shadowStyles(): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(() => {
    const shadow = document.querySelector('utvecklingsplan-reader')!.shadowRoot!;
    const props = [
      'font-family',
      'font-size',
      'font-style',
      'font-weight',
      'color',
      'background-color',
      'text-transform',
      'text-align',
      'letter-spacing',
      'word-spacing',
      'line-height',
      'border-top-style',
      'border-top-width',
      'border-top-color',
      'padding-top',
      'padding-left',
      'cursor',
    ];
    const targets: Record<string, Element | null> = {
      reader: shadow.querySelector('[data-testid="devplan-reader"]'),
      heading: shadow.querySelector('h2'),
      pressedButton: shadow.querySelector('button[aria-pressed="true"]'),
      otherButton: shadow.querySelector('button[aria-pressed="false"]'),
      select: shadow.querySelector('select'),
      card: shadow.querySelector('article[data-initiative]'),
      cardHeading: shadow.querySelector('article[data-initiative] h4'),
      cardDiv: shadow.querySelector('article[data-initiative] div'),
      link: shadow.querySelector('article[data-initiative] a'),
    };
    const out: Record<string, Record<string, string>> = {};
    for (const [name, target] of Object.entries(targets)) {
      if (!target) throw new Error(`no ${name} in the shadow root`);
      const style = getComputedStyle(target);
      out[name] = Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    }
    return out;
  });
}

beforeAll(async () => {
  webDir = await snapshotWebDir();
  readerDir = snapshotReaderElement();
  mkdirSync(screenshots, { recursive: true });
  stack = await startLocalStack({ spPort: 0, appPort: 0, dbFile: ':memory:', webDirs: [webDir, readerDir] });
  const app = createRepositories(stack.site);
  const plan = (await app.plans.byYear(2026))!;
  initiatives = await addExampleData(app, plan.id, stack.approvals.sealer);
  areas = await app.focusAreas.byPlan(plan.id);
  // What a reader must never see: a working follow-up (not approved) and a draft plan.
  await reposAs(stack.emulator, 'staff').followUps.add({
    planId: plan.id,
    initiativeId: initiatives[0]!.id,
    periodYear: 2026,
    period: 'FY',
    status: 'offTrack',
    progress: 5,
    summary: DRAFT_FOLLOW_UP,
  });
  await addDraftPlan(app, 2027);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  for (const dir of [webDir, readerDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  ({ context, page } = await newSession(browser));
});

afterEach(async () => {
  await context.close();
});

describe('<utvecklingsplan-reader> on the demo intranet page (another origin)', () => {
  it('shows the 2026 plan as the reader, read across origins with a bearer token, with no axe violations in Swedish', async () => {
    const intranet = new URL(stack.intranet.url).origin;
    expect(new Set([intranet, new URL(stack.app.url).origin, stack.emulator.origin]).size).toBe(3);
    const scripts: { url: string; cors: string | null }[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/reader/'))
        scripts.push({
          url: response.url(),
          cors: response.headers()['access-control-allow-origin'] ?? null,
        });
    });
    stack.emulator.clearRequestLog();
    await open();

    await expect(element().getByRole('heading', { level: 2 }).textContent()).resolves.toContain('2026');
    expect(await element().locator('article[data-initiative]').count()).toBe(13);
    await expect(element().getByText('Förändringar sedan förra perioden').isVisible()).resolves.toBe(true);
    // Published follow-ups only: the working follow-up never reaches the page.
    await expect(element().getByText('Senaste godkända uppföljning').count()).resolves.toBeGreaterThan(0);
    expect(await element().evaluate((e) => e.shadowRoot!.textContent)).not.toContain(DRAFT_FOLLOW_UP);

    // The script came from the app server, shared with the page by CORS.
    expect(scripts[0]!.url).toBe(`${stack.app.url}/reader/utvecklingsplan-reader.js`);
    expect(scripts.every((s) => s.cors === '*')).toBe(true);
    // Every SharePoint call as the reader, with the bearer token, after the emulator granted the preflight.
    const log = stack.emulator.requestLog().filter((e) => e.url.includes('/_api/'));
    const calls = log.filter((e) => e.method !== 'OPTIONS');
    expect(log.filter((e) => e.method === 'OPTIONS' && e.status === 204).length).toBeGreaterThan(0);
    expect(calls.map((e) => e.user)).toEqual(calls.map(() => 'reader'));
    expect(calls.every((e) => e.status < 400)).toBe(true);
    expect(calls.length).toBeLessThanOrEqual(2);

    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(screenshots, 'reader-element-sv.png') });
  });

  it('speaks English with lang="en" and switches language when the attribute changes, with no axe violations', async () => {
    await open('?lang=en');
    await expect(
      element().getByRole('button', { name: 'Overview' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await expect(element().getByText('What changed since the last period').isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(screenshots, 'reader-element-en.png') });

    await element().evaluate((e) => e.setAttribute('lang', 'sv'));
    await element().getByRole('button', { name: 'Översikt' }).waitFor();
  });

  it('keeps its look under the host page’s aggressive stylesheet, and leaves no style on the page', async () => {
    await open();
    // The host stylesheet does restyle the page's own div, button and table.
    const host = await page.evaluate(() => ({
      button: getComputedStyle(document.querySelector('[data-testid="host-button"]')!).color,
      block: getComputedStyle(document.querySelector('[data-testid="element-block"]')!).textTransform,
      table: getComputedStyle(document.querySelector('table')!).borderTopStyle,
    }));
    expect(host).toEqual({ button: 'rgb(255, 255, 0)', block: 'uppercase', table: 'double' });

    // Nothing of the element's CSS is on the page: no style element, no sheet but the page's own.
    const onPage = await page.evaluate(() => ({
      styles: document.querySelectorAll('style').length,
      sheets: Array.from(document.styleSheets).map((s) => (s.ownerNode as Element | null)?.id ?? ''),
    }));
    expect(onPage).toEqual({ styles: 0, sheets: ['host-stylesheet'] });

    const styled = await shadowStyles();
    await page.evaluate(() => {
      (document.getElementById('host-stylesheet') as HTMLLinkElement).disabled = true;
    });
    const plain = await shadowStyles();
    await expect(
      page.evaluate(() => getComputedStyle(document.querySelector('[data-testid="host-button"]')!).color),
    ).resolves.not.toBe('rgb(255, 255, 0)');
    expect(styled).toEqual(plain);
    // Fluent UI's theme reaches the shadow root: the pressed layout button keeps its brand colour and font.
    expect(styled.pressedButton!['background-color']).toBe('rgb(15, 108, 189)');
    expect(styled.reader!['font-family']).toContain('Segoe UI');
    expect(styled.cardDiv!['text-transform']).toBe('none');
  });

  it('tells the page with initiative-open (bubbling, composed) when a reader opens an initiative', async () => {
    await open();
    await page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { opened: unknown[] }).opened = seen;
      document.addEventListener('initiative-open', (event) => {
        const e = event as CustomEvent;
        seen.push({
          detail: e.detail,
          bubbles: e.bubbles,
          composed: e.composed,
          target: (e.target as Element).tagName,
        });
      });
    });
    const target = initiatives[3]!;
    await element()
      .getByRole('link', { name: `Länk till insatsen ${target.title}`, exact: true })
      .click();
    await page.waitForFunction('window.opened.length === 1');
    expect(await page.evaluate('window.opened[0]')).toEqual({
      detail: { initiativeId: target.id, title: target.title, planYear: 2026 },
      bubbles: true,
      composed: true,
      target: 'UTVECKLINGSPLAN-READER',
    });
  });

  it('re-renders from its properties: layout, area, sections and plan (never the draft plan)', async () => {
    await open();
    await element().evaluate((e) => {
      (e as unknown as { layout: string }).layout = 'table';
    });
    // The table's code is loaded when it is shown.
    await element().locator('table').waitFor();
    await expect(element().locator('table tbody tr').count()).resolves.toBe(13);
    expect(await element().getAttribute('layout')).toBe('table');

    const area = areas[0]!;
    const inArea = initiatives.filter((i) => i.focusAreaId === area.id).length;
    await element().evaluate((e, id) => {
      (e as unknown as { area: number }).area = id;
    }, area.id);
    await page.waitForFunction(
      (n) =>
        document.querySelector('utvecklingsplan-reader')!.shadowRoot!.querySelectorAll('table tbody tr')
          .length === n,
      inArea,
    );

    await element().evaluate((e) => {
      Object.assign(e, { area: null, layout: 'overview', sections: ['followUp'] });
    });
    await expect(element().getByTestId('changes').count()).resolves.toBe(0);
    expect(await element().evaluate((e) => (e as unknown as { sections: string[] }).sections)).toEqual([
      'followUp',
    ]);

    await element().evaluate((e) => {
      (e as unknown as { plan: number }).plan = 2027;
    });
    await element().locator('[data-testid="devplan-reader"][data-state="empty"]').waitFor();
    await expect(element().getByText('Det finns ingen antagen plan för 2027.').isVisible()).resolves.toBe(
      true,
    );
    await element().evaluate((e) => {
      (e as unknown as { plan: string }).plan = 'latest';
    });
    await element().locator('[data-testid="devplan-reader"][data-state="loaded"]').waitFor();
    await expect(element().getByRole('heading', { level: 2 }).textContent()).resolves.toContain('2026');
  });

  it('reflows at 320 px: no horizontal scroll, no axe violations', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await open();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(screenshots, 'reader-element-320.png') });
  });
});
