/// <reference lib="dom" />
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { spfi } from '@pnp/sp/index.js';
import type { Initiative, Plan } from '@devplan/core';
import { createRepositories, PlanSite, TokenAuthenticated, type Repositories } from '@devplan/sharepoint';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '@devplan/local-stack';
import { launchBrowser } from '../support/browser';
import { snapshotWebDir } from '../../support/web';

/** The repository root (tests run from it). */
export const repoRoot = resolve(__dirname, '../../..');
/** Where the tests put their screenshots (the evidence folder). */
export const screenshotDir = resolve(repoRoot, 'tests/e2e/screenshots');

/**
 * Starts the local stack as `npm start` does (emulator, provisioning, the 2026 plan, app server) on free ports, in
 * memory; without example data unless `options` ask for it.
 */
export async function startStack(
  options: Omit<Partial<LocalStackOptions>, 'webDirs'> = {},
): Promise<LocalStack> {
  const webDir = await snapshotWebDir();
  const stack = await startLocalStack({
    spPort: 0,
    appPort: 0,
    dbFile: ':memory:',
    ...options,
    webDirs: [webDir],
  });
  return {
    ...stack,
    close: async () => {
      await stack.close();
      rmSync(webDir, { recursive: true, force: true });
    },
  };
}

export { launchBrowser };

/** What a tab e2e test works with: the running stack, one browser, the app's repositories and the 2026 plan. */
export interface TabStack {
  stack: LocalStack;
  browser: Browser;
  /** Repositories as the app's own identity (to arrange data and to check what SharePoint holds). */
  repos: Repositories;
  plan: Plan;
  /** The 2026 plan's initiatives in their order. */
  initiatives: Initiative[];
  /** Repositories as a demo user (`staff`, `reader` …), with that person's own token. */
  reposAs(user: string): Repositories;
}

/**
 * Starts the stack and a browser before the file's tests and closes both after them; the returned object's
 * fields are filled in `beforeAll`, so read them inside tests.
 */
export function useTabStack(): TabStack {
  const tab = {
    reposAs: (user: string) =>
      createRepositories(
        new PlanSite(
          spfi(tab.stack.emulator.siteUrl).using(
            TokenAuthenticated(() => tab.stack.emulator.issueToken(user)),
          ),
          tab.stack.emulator.siteUrl,
        ),
      ),
  } as TabStack;
  beforeAll(async () => {
    tab.stack = await startStack();
    tab.browser = await launchBrowser();
    tab.repos = createRepositories(tab.stack.site);
    tab.plan = (await tab.repos.plans.byYear(2026))!;
    tab.initiatives = await tab.repos.initiatives.byPlan(tab.plan.id);
  }, 120_000);
  afterAll(async () => {
    await tab.browser?.close();
    await tab.stack?.close();
  });
  return tab;
}

/** A fresh browser session (own sessionStorage, so its own signed-in person). */
export async function newSession(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  // A busy machine (two test runs side by side on two cores) may need more than Playwright's 30 s default.
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return { context, page };
}

/** Opens the tab standalone and signs in locally as a demo person (by display name). */
export async function signIn(page: Page, appUrl: string, name: string, query = ''): Promise<void> {
  await page.goto(`${appUrl}/tab/${query}`);
  const button = page.getByRole('button', { name: new RegExp(`^${name} – `) });
  await button.waitFor({ timeout: 15_000 }).catch(async (error: unknown) => {
    // Keep what the page showed for the failure report, then fail as before.
    await screenshot(page, `failure-sign-in-${name.replace(/\W+/g, '-')}`);
    throw new Error(
      `Sign-in picker did not offer ${name}; page text: ${(await page.innerText('body')).slice(0, 500)}`,
      { cause: error },
    );
  });
  await button.click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.getByText(/Hämtar planen|Loading the plan/).waitFor({ state: 'detached' });
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA) on the page and returns the violations, summarised. `exclude` leaves
 * out parts another test is about (say which and why at the call).
 */
export { axeViolations } from '../support/axe';

/**
 * The elements from the page's `<main>` up to (not including) `<body>` that are hidden from
 * assistive technology (`aria-hidden="true"`); a closed dialog must leave none behind (fluentui#35139).
 */
export async function hiddenAroundMain(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return ['no <main> on the page'];
    const hidden: string[] = [];
    for (let el: Element | null = main; el && el !== document.body; el = el.parentElement)
      if (el.getAttribute('aria-hidden') === 'true') hidden.push(`${el.tagName.toLowerCase()}#${el.id}`);
    return hidden;
  });
}

/** Saves a full-page screenshot into the evidence folder. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: resolve(screenshotDir, `${name}.png`), fullPage: true });
}

/** Presses Tab until the focused element matches (by role and name), failing after `max` presses. */
export async function tabTo(
  page: Page,
  matches: (el: { tag: string; text: string; label: string }) => boolean,
  max = 120,
): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      const byIds = (a?.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
      const labelled =
        byIds || (a?.id ? (document.querySelector(`label[for="${a.id}"]`)?.textContent ?? '') : '');
      return {
        tag: a?.tagName.toLowerCase() ?? '',
        text: (a?.innerText ?? '').trim(),
        label: (a?.getAttribute('aria-label') ?? labelled).trim(),
      };
    });
    if (matches(el)) return;
    seen.push(`${el.tag}:${(el.label || el.text).replace(/\s+/g, ' ').slice(0, 30)}`);
  }
  throw new Error(
    `tabTo: nothing matched within ${max} presses; focus went through ${[...new Set(seen)].join(' | ')}`,
  );
}
