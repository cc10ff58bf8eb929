/// <reference lib="dom" />
import { createRepositories } from '@devplan/sharepoint';
import { generatePlan } from '../../bench/generate.js';
import { axeViolations, newSession, useTabStack } from './support';

jest.setTimeout(240_000);

const tab = useTabStack();

/**
 * 120 invented initiatives in 4 areas (30 each, more than the 25 rows a page shows) in an older adopted plan, so
 * the tab still opens on 2026 for the other tests, and the app's lead of its overview written. Made once.
 */
let largePlan: Promise<void> | null = null;
function withLargePlan(): Promise<void> {
  largePlan ??= (async () => {
    await generatePlan(tab.stack.emulator, createRepositories(tab.stack.site), {
      sealer: tab.stack.approvals.sealer,
      year: 2025,
      initiatives: 120,
    });
    for (;;) {
      const outcome = await tab.stack.approvals.host.overviewLeads.refresh();
      if (outcome === 'written') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return largePlan;
}

describe('the tab’s plan overview from the app’s lead (Chromium)', () => {
  it('paints a plan larger than a page from the lead with the session, then reads the rest in one request and shows more', async () => {
    await withLargePlan();
    const { context, page } = await newSession(tab.browser);
    // Signed in as the demo member, as a returning user of the tab.
    await context.addInitScript(() => sessionStorage.setItem('devplan.tab.localUser', 'staff'));
    // Notes whether the overview was ever painted from the lead (`data-rest="loading"`), not from the lists.
    await context.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('[data-rest="loading"]'))
          (window as unknown as { sawLead?: boolean }).sawLead = true;
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    tab.stack.emulator.clearRequestLog();
    await page.goto(`${tab.stack.app.url}/tab/?plan=2025`);
    const area = page.getByRole('region', { name: 'Testområde 1' });
    await area.getByText('Visar 25 av 30 insatser i Testområde 1.').waitFor();
    await page.locator('[data-rest="ready"]').waitFor();
    expect(await page.evaluate(() => (window as unknown as { sawLead?: boolean }).sawLead)).toBe(true);
    const calls = tab.stack.emulator
      .requestLog()
      .filter((e) => e.url.includes('/_api/') && e.method !== 'OPTIONS' && e.user === 'staff');
    // The session with the lead (the first paint), then the overview's own read: one `$batch` each.
    expect(calls.map((e) => [e.method, e.status, e.url.endsWith('/_api/$batch')])).toEqual([
      ['POST', 200, true],
      ['POST', 200, true],
    ]);
    expect(await page.getByText('Visar 120 av 120 insatser.').count()).toBe(1);
    expect(await area.locator('tr[data-initiative]').count()).toBe(25);
    await area.getByRole('button', { name: 'Visa 5 till' }).click();
    expect(await area.locator('tr[data-initiative]').count()).toBe(30);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('says on paper that a printout made before the rest is in shows only the start of the plan', async () => {
    await withLargePlan();
    const { context, page } = await newSession(tab.browser);
    await context.addInitScript(() => sessionStorage.setItem('devplan.tab.localUser', 'staff'));
    // The overview's own read (the second `$batch`, after the session with the lead) waits until let go.
    let letGo: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    let batches = 0;
    await page.route(/\/_api\/\$batch$/, async (route) => {
      if (route.request().method() === 'POST' && ++batches === 2) await held;
      await route.continue();
    });
    await page.goto(`${tab.stack.app.url}/tab/?plan=2025`);
    await page.locator('[data-rest="loading"]').waitFor();
    const notice = page.getByText(/^Utskriften visar bara början av planen/);
    expect(await notice.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await notice.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    letGo();
    await page.locator('[data-rest="ready"]').waitFor();
    expect(await notice.count()).toBe(0);
    await context.close();
  });
});
