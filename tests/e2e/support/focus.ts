import type { Locator, Page } from 'playwright-core';

/**
 * Waits until the element with `id` has the focus (the views move focus in an effect after they render, so on
 * a busy machine it can land a moment after the element appears), then answers the focused element's id.
 * Times out with the id that has the focus instead, never a bare timeout.
 */
export async function focusedId(page: Page, id: string, timeout = 60_000): Promise<string> {
  await page
    .waitForFunction((wanted) => document.activeElement?.id === wanted, id, { timeout })
    .catch(async (error: unknown) => {
      const actual = await page.evaluate(() => document.activeElement?.id ?? '(none)');
      throw new Error(`The focus did not reach #${id}; it is on #${actual}. (${String(error)})`);
    });
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** Waits until `locator` has the focus (see `focusedId`), then answers true. */
export async function hasFocus(locator: Locator, timeout = 60_000): Promise<boolean> {
  const handle = await locator.elementHandle({ timeout });
  if (!handle) return false;
  await handle.evaluate(
    (el, ms) =>
      new Promise<void>((done, fail) => {
        const until = performance.now() + ms;
        const check = () => {
          if (el === document.activeElement) done();
          else if (performance.now() > until) fail(new Error('the element did not get the focus'));
          else requestAnimationFrame(check);
        };
        check();
      }),
    timeout,
  );
  return true;
}

/**
 * Waits until the page's charts have stopped changing size for two frames in a row (they lay themselves out
 * again when the viewport changes), so a screenshot catches them settled. A condition, not a pause.
 */
export async function chartsSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let last = '';
        let stable = 0;
        let frames = 0;
        const measure = () => {
          const now = Array.from(document.querySelectorAll('svg'))
            .map((svg) => {
              const box = svg.getBoundingClientRect();
              return `${box.width}x${box.height}`;
            })
            .join(',');
          stable = now === last ? stable + 1 : 0;
          last = now;
          frames += 1;
          if (stable >= 2 || frames > 600) done();
          else requestAnimationFrame(measure);
        };
        requestAnimationFrame(measure);
      }),
  );
}
