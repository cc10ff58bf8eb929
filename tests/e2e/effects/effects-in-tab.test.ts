/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import type { Effect } from '@devplan/core';
import { newSession, screenshot, signIn, useTabStack } from '../tab/support';
import { axeViolations } from './axe';
import { chartsSettled, focusedId, hasFocus } from '../support/focus';

jest.setTimeout(300_000);

const tab = useTabStack();
const TITLE = 'Färre pappersblanketter';

/** Opens a tab page by its hash in an already signed-in session and waits for its h1. */
async function go(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** A full-page screenshot from the top of the page (a page scrolled to a section would leave a blank band). */
async function shot(page: Page, name: string): Promise<void> {
  // The charts lay themselves out again when the viewport changes, which a full-page capture does while
  // it captures: give the page its full height first and let the charts settle, then capture.
  const viewport = page.viewportSize()!;
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await chartsSettled(page);
  await screenshot(page, name);
  await page.setViewportSize(viewport);
}

/** Waits until every chart on the page has drawn its SVG. */
async function chartsDrawn(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-chart] figure svg').length >= n, count, {
    timeout: 30_000,
  });
}

describe('benefit realisation in the tab', () => {
  let effect: Effect;

  it('lets staff create an effect, refuses a measurement in the wrong unit, saves it once fixed and charts it with a text alternative', async () => {
    const initiative = tab.initiatives[0]!;
    const { context, page } = await newSession(tab.browser);
    await signIn(page, tab.stack.app.url, 'Sara Lindqvist');
    await go(page, `#/initiative/${initiative.id}`, initiative.title);

    // Create the effect with every field of its benefit-realisation plan.
    await page.getByRole('button', { name: 'Lägg till effekt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny effekt' }).waitFor();
    // The fields are found by their labels' ids (`effect-<field>`); the labels themselves are checked by axe.
    await page.locator('#effect-title').fill(TITLE);
    await page.locator('#effect-kind').selectOption('financial');
    await page.locator('#effect-direction').selectOption('benefit');
    await page.locator('#effect-indicator').fill('Antal pappersblanketter per månad');
    await page.locator('#effect-method').fill('Räkning i ärendesystemet');
    await page.locator('#effect-schedule').fill('Varje kvartal');
    await page.locator('#effect-measureEveryMonths').fill('3');
    await page.locator('#effect-unit').fill('st');
    await page.locator('#effect-baseline').fill('120');
    await page.locator('#effect-baselineDate').fill('2026-01-15');
    await page.locator('#effect-target').fill('40');
    await page.locator('#effect-targetDate').fill('2027-12-31');
    await page.locator('#effect-realisedBy').fill('Servicenämnden');
    await page.locator('#effect-followedUpBy').fill('Stadskontoret');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'tab-effect-form-sv-light');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Effekten är sparad.').waitFor();

    const stored = await tab.repos.effects.byInitiative(initiative.id);
    expect(stored).toHaveLength(1);
    effect = stored[0]!;
    expect(effect).toMatchObject({
      title: TITLE,
      kind: 'financial',
      direction: 'benefit',
      indicator: 'Antal pappersblanketter per månad',
      method: 'Räkning i ärendesystemet',
      schedule: 'Varje kvartal',
      measureEveryMonths: 3,
      unit: 'st',
      baseline: 120,
      baselineDate: '2026-01-15',
      target: 40,
      targetDate: '2027-12-31',
      realisedBy: 'Servicenämnden',
      followedUpBy: 'Stadskontoret',
    });

    // A measurement typed in another unit is refused next to the field, and nothing is stored.
    const card = page.getByRole('article', { name: TITLE });
    await card.locator('[data-due]').waitFor(); // its measurements have loaded
    // The chart (loaded on demand) is drawn: its arrival moves the buttons below it, which a click must not meet.
    await card.getByText('Ritar diagrammet …').waitFor({ state: 'detached' });
    await card.getByRole('button', { name: `Registrera mätning: ${TITLE}` }).click();
    const value = card.getByLabel(/Värde \(st\)/);
    await value.waitFor({ timeout: 10_000 }).catch(async (error: unknown) => {
      await screenshot(page, 'failure-effect-record');
      throw error;
    });
    await value.fill('95 %');
    await card.getByRole('button', { name: 'Spara mätningen' }).click();
    await card.getByText('Värdet ska anges i enheten st, inte ”%”. Ange bara talet.').waitFor();
    expect(await value.getAttribute('aria-invalid')).toBe('true');
    expect(await hasFocus(value)).toBe(true);
    expect(await tab.repos.measurements.byEffect(effect.id)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'tab-effect-validation-sv-light');

    // Fixed: a plain number in the effect's unit is stored.
    await value.fill('95');
    await card.getByLabel(/Kommentar/).fill('Första mätningen efter e-tjänsten');
    await card.getByRole('button', { name: 'Spara mätningen' }).click();
    await page.getByText('Mätningen är sparad.').waitFor();
    const measurements = await tab.repos.measurements.byEffect(effect.id);
    expect(measurements).toHaveLength(1);
    expect(measurements[0]).toMatchObject({ value: 95, comment: 'Första mätningen efter e-tjänsten' });

    // The chart shows measurements against baseline and target; its summary and table say the same in text.
    await chartsDrawn(page, 1);
    const figure = card.locator('figure');
    const summaryId = await figure.getAttribute('aria-describedby');
    const summary = await page.locator(`[id="${summaryId}"]`).innerText();
    expect(summary).toContain('1 mätning. Senaste värde 95 st');
    expect(summary).toContain('Nollmätning 120 st, mål 40 st');
    const table = card.getByRole('table', { name: `Mätningar av ${TITLE} mot nollmätning och mål` });
    // Visually hidden (screen readers read it) until shown; shown by keyboard.
    const width = () => table.evaluate((el) => el.parentElement!.getBoundingClientRect().width);
    expect(await width()).toBeLessThanOrEqual(1);
    await card.getByRole('button', { name: 'Visa som tabell' }).focus();
    await page.keyboard.press('Enter');
    expect(await width()).toBeGreaterThan(100);
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      '2026-01-15 Nollmätning 120',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} Uppmätt 95 Första mätningen efter e-tjänsten$/),
      '2027-12-31 Mål 40',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'tab-effect-chart-sv-light');
    await context.close();
  });

  it('asks before deleting an effect and keeps it when the person says no', async () => {
    const { context, page } = await newSession(tab.browser);
    await signIn(page, tab.stack.app.url, 'Sara Lindqvist');
    await go(page, `#/initiative/${effect.initiativeId}`, tab.initiatives[0]!.title);
    const card = page.getByRole('article', { name: TITLE });
    // The dialog counts the measurements that go with the effect: wait until they are read (the chart's text
    // alternative names them).
    await page.getByText('Hämtar mätningar …').waitFor({ state: 'detached' });
    await card.getByText(/1 mätning\. Senaste värde 95 st/).waitFor({ state: 'attached' });
    await card.getByRole('button', { name: `Ta bort effekt: ${TITLE}` }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(/och dess 1 mätning tas bort/).waitFor();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await tab.repos.effects.get(effect.id)).toMatchObject({ title: TITLE });
    await context.close();
  });

  describe.each([
    ['sv', 'light'],
    ['en', 'light'],
    ['sv', 'dark'],
    ['en', 'dark'],
  ] as const)('in %s with the %s theme', (lang, theme) => {
    const suffix = `${lang}-${theme}`;

    beforeAll(async () => {
      // Working follow-ups to chart (members' dashboards count drafts and submitted ones too).
      if (lang !== 'sv' || theme !== 'light') return;
      const statuses = ['onTrack', 'atRisk', 'offTrack', 'done'] as const;
      for (const [i, initiative] of tab.initiatives.slice(0, 9).entries()) {
        await tab.repos.followUps.add({
          planId: tab.plan.id,
          initiativeId: initiative.id,
          periodYear: 2026,
          period: 'T1',
          status: statuses[i % 4]!,
          progress: 10 + i * 5,
          summary: `Exempeldata: läget för insats ${i + 1}.`,
        });
        if (i % 3 !== 2)
          await tab.repos.followUps.add({
            planId: tab.plan.id,
            initiativeId: initiative.id,
            periodYear: 2026,
            period: 'T2',
            status: statuses[(i + 1) % 4]!,
            progress: 40 + i * 6,
            summary: `Exempeldata: läget i T2 för insats ${i + 1}.`,
          });
      }
    });

    it('shows the effect, the ledger and the dashboard without axe violations', async () => {
      const { context, page } = await newSession(tab.browser);
      await signIn(page, tab.stack.app.url, 'Sara Lindqvist', `?lang=${lang}&theme=${theme}`);
      const initiative = tab.initiatives[0]!;

      await go(page, `#/initiative/${initiative.id}/effects`, initiative.title);
      await chartsDrawn(page, 1);
      expect(await focusedId(page, 'effects')).toBe('effects');
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `tab-effect-${suffix}`);

      await go(page, '#/effects', lang === 'sv' ? /Effektregister/ : /Effect ledger/);
      const row = page.getByRole('row', { name: new RegExp(TITLE) });
      await row.waitFor();
      expect(await row.innerText()).toMatch(/2026/);
      expect(await row.locator('[data-due]').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `tab-ledger-${suffix}`);

      await go(page, '#/dashboard', lang === 'sv' ? /Översikt i diagram/ : /Dashboard/);
      await chartsDrawn(page, 3);
      const status = page.locator('[data-chart="tab-dashboard-status"]');
      await status.getByRole('button', { name: lang === 'sv' ? 'Visa som tabell' : 'Show as table' }).focus();
      await page.keyboard.press('Enter');
      const statusRows = await status.locator('table tbody tr').count();
      expect(statusRows).toBe((await tab.repos.focusAreas.byPlan(tab.plan.id)).length);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `tab-dashboard-${suffix}`);
      await context.close();
    });
  });

  it('leads from a readiness checklist item straight to the missing field', async () => {
    const { context, page } = await newSession(tab.browser);
    await signIn(page, tab.stack.app.url, 'Sara Lindqvist');
    await go(page, '#/readiness', /Beslutsberedskap/);
    const initiative = tab.initiatives[1]!;
    const item = page.locator(`tr[data-initiative="${initiative.id}"]`);
    await item.getByRole('link', { name: 'Beskriv investeringsbehovet' }).click();
    await page.getByRole('heading', { level: 1, name: /Redigera/ }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'initiative-investmentNeed');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
