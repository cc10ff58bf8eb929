/// <reference lib="dom" />
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { LocalStack } from '@devplan/local-stack';
import { axeViolations } from '../support/axe';
import { launchBrowser, newSession, screenshot, screenshotDir, startStack } from '../tab/support';

jest.setTimeout(600_000);

/** The texts the walk looks for, per language of the start page (the pages it links to follow it). */
const WORDS = {
  sv: {
    title: 'Kom igång med utvecklingsplanen',
    language: 'Språk',
    other: 'English',
    sections: ['Vem gör vad', 'Prova hela kedjan i fem steg', 'Fler ingångar'],
    example: 'Den här webbplatsen har exempeldata.',
    badge: 'Exempeldata',
    signedIn: (name: string) => new RegExp(`Inloggad: ${name}`),
    picker: ['Karin Nilsson – godkänner uppföljningar', 'Erik Johansson – ersättare för Karin Nilsson'],
    write: 'Skriv uppföljning',
    progress: 'Genomfört (%)',
    summary: 'Sammanfattning',
    submit: 'Skicka för godkännande',
    submitted: 'Uppföljningen är inskickad för godkännande.',
    periods: 'Perioder och rapporter',
    close: 'Stäng Tertial 1 2026',
    confirmTitle: 'Stänga Tertial 1 2026?',
    confirm: 'Stäng perioden',
    download: /^Ladda ner utvecklingsplan-2026-T1-rapport\.docx/,
    initiative: 'Utveckla nya former för att nyttja kritiska kompetenser och optimera resurser i staden',
    text: 'E2E: en gemensam kompetenspool för systemförvaltning är i gång i tre förvaltningar.',
  },
  en: {
    title: 'Getting started with the development plan',
    language: 'Language',
    other: 'Svenska',
    sections: ['Who does what', 'Try the whole chain in five steps', 'More ways in'],
    example: 'This site holds example data.',
    badge: 'Example data',
    signedIn: (name: string) => new RegExp(`Signed in: ${name}`),
    picker: ['Karin Nilsson – approves follow-ups', 'Erik Johansson – deputy of Karin Nilsson'],
    write: 'Write a follow-up',
    progress: 'Progress (%)',
    summary: 'Summary',
    submit: 'Submit for approval',
    submitted: 'The follow-up is submitted for approval.',
    periods: 'Periods and reports',
    close: 'Close Period 1 (Jan–Apr) 2026',
    confirmTitle: 'Close Period 1 (Jan–Apr) 2026?',
    confirm: 'Close the period',
    download: /^Download utvecklingsplan-2026-T1-rapport\.docx/,
    initiative: 'Kontinuerligt stärka IT-säkerheten',
    text: 'E2E: two-factor sign-in now covers 86 per cent of the staff accounts.',
  },
} as const;

type Locale = keyof typeof WORDS;

let stack: LocalStack;
let browser: Browser;

beforeAll(async () => {
  // As `npm start` starts it: the 2026 plan with its example data (sweeps off: the test waits on conditions).
  stack = await startStack({ exampleData: true, approvalSweepSeconds: 0 });
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** Opens the start page in `locale` and waits for its heading. */
async function openStart(page: Page, locale: Locale): Promise<void> {
  await page.goto(`${stack.app.url}/?lang=${locale}`);
  await page.getByRole('heading', { level: 1, name: WORDS[locale].title }).waitFor();
}

/** Follows the start page's link of a step (`data-step`), as a newcomer clicks it. */
async function follow(page: Page, locale: Locale, step: string): Promise<void> {
  await openStart(page, locale);
  await page.locator(`a[data-step="${step}"]`).click();
}

/** The tab has loaded the plan for the person the link signed in. */
async function tabReady(page: Page, locale: Locale, name: string): Promise<void> {
  await page.getByText(WORDS[locale].signedIn(name)).waitFor();
  await page.getByText(/Hämtar planen|Loading the plan/).waitFor({ state: 'detached' });
}

describe('the start page', () => {
  it.each(['sv', 'en'] as const)(
    'walks a newcomer through the product in %s: landmarks, headings, language, axe, 320 px',
    async (locale) => {
      const w = WORDS[locale];
      const { context, page } = await newSession(browser);
      await openStart(page, locale);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect(await page.getByRole('banner').count()).toBe(1);
      expect(await page.getByRole('main').count()).toBe(1);
      expect(await page.getByRole('contentinfo').count()).toBe(1);
      expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(w.sections);
      const languages = page.getByRole('navigation', { name: w.language });
      expect(await languages.getByRole('link', { name: w.other }).getAttribute('lang')).toBe(
        locale === 'sv' ? 'en' : 'sv',
      );
      // The five people, each with their part and a link that signs in as them.
      const people = page.locator('.cards > li');
      expect(await people.locator('h3').allInnerTexts()).toEqual([
        'Sara Lindqvist',
        'Karin Nilsson',
        'Erik Johansson',
        'Lars Persson',
        'Maria Ek',
      ]);
      // Five steps in order, the example data named and how to remove it.
      expect(await page.locator('ol.steps > li').count()).toBe(5);
      await page.getByRole('note').getByText(w.example).waitFor();
      expect(await page.getByRole('note').innerText()).toContain('npm start -- --no-example-data');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `start-page-${locale}`);

      await page.setViewportSize({ width: 320, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow).toBeLessThanOrEqual(320);
      expect(await axeViolations(page)).toEqual([]);

      // The tab's sign-in picker names the people's parts as the start page does.
      await page.goto(`${stack.app.url}/tab/?lang=${locale}`);
      for (const name of w.picker) await page.getByRole('button', { name }).waitFor();
      await openStart(page, locale);

      // The switch leads to the other language.
      await languages.getByRole('link', { name: w.other }).click();
      await page
        .getByRole('heading', { level: 1, name: WORDS[locale === 'sv' ? 'en' : 'sv'].title })
        .waitFor();
      await context.close();
    },
  );

  it.each(['sv', 'en'] as const)(
    'takes the five steps as the five people in %s: write, approve (and the deputy), read, close, open the report',
    async (locale) => {
      const w = WORDS[locale];
      const { context, page } = await newSession(browser);

      // 1. Sara writes a follow-up of one of her initiatives in the tab and submits it.
      await follow(page, locale, 'write');
      await tabReady(page, locale, 'Sara Lindqvist');
      await page.getByRole('note').getByText(w.badge, { exact: true }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      if (locale === 'sv') await screenshot(page, 'example-data-tab-sv');
      await page.getByRole('link', { name: w.initiative }).first().click();
      await page.getByRole('button', { name: w.write }).click();
      await page.getByLabel(w.progress).fill('60');
      await page.getByLabel(w.summary).fill(w.text);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: w.submit }).click();
      await page.getByText(w.submitted).waitFor();

      // 2. Karin approves it from its card in the card inbox; Erik, her deputy, sees the same card decided.
      await follow(page, locale, 'approve');
      const card = page.locator('article', { hasText: w.text });
      const approve = card.getByRole('button', { name: /^(Godkänn|Approve)$/ });
      await approve.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await approve.click();
      await card.getByText(/(Godkänd|Approved) (av|by) Karin Nilsson/).waitFor();
      await follow(page, locale, 'approve-deputy');
      await page
        .locator('article', { hasText: w.text })
        .getByText(/(Godkänd|Approved) (av|by) Karin Nilsson/)
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // 3. Lars reads it on the intranet (the web part), marked as example data.
      await follow(page, locale, 'read');
      await page.locator('[data-testid="devplan-reader"][data-state="loaded"]').waitFor();
      await page.getByText(w.text).first().waitFor();
      await page.getByRole('note').getByText(w.badge, { exact: true }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // The top of the view, where the notice is (the whole page is many screens long).
      if (locale === 'sv')
        await page.screenshot({ path: resolve(screenshotDir, 'example-data-webpart-sv.png') });

      // 4. Maria closes T1 (every T1 follow-up of the example data is approved); the second walk finds it closed.
      await follow(page, locale, 'close');
      await tabReady(page, locale, 'Maria Ek');
      await page.getByRole('heading', { level: 1, name: w.periods }).waitFor();
      const close = page.getByRole('button', { name: w.close });
      await Promise.race([close.waitFor(), page.getByRole('button', { name: w.download }).waitFor()]);
      if (await close.count()) {
        await close.click();
        const dialog = page.getByRole('alertdialog', { name: w.confirmTitle });
        await dialog.waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await dialog.getByRole('button', { name: w.confirm }).click();
      }
      await page.getByRole('button', { name: w.download }).waitFor({ timeout: 120_000 });
      expect(await axeViolations(page)).toEqual([]);

      // 5. The report, opened by a reader (Lars) with his own token.
      await follow(page, locale, 'report');
      await tabReady(page, locale, 'Lars Persson');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: w.download }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('utvecklingsplan-2026-T1-rapport.docx');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );
});
