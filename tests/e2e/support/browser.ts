import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, headless, through playwright-core (never a downloaded browser). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A screenshot of the whole page as someone scrolling through it sees it: what the page lays out only near the
 * viewport (`content-visibility: auto`, the intranet view's cards) is laid out for it, which a full-page
 * screenshot does not do by itself.
 */
export async function screenshotWholePage(page: Page, path: string): Promise<void> {
  const style = await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  await page.screenshot({ path, fullPage: true });
  await style.evaluate((element) => (element as Element).remove());
}
