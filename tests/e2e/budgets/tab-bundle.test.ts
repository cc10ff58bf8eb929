import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sv, tabTexts } from '@devplan/core/i18n';
import { BUDGETS } from '../../bench/budgets.js';
import { measurePage } from '../../bench/bundles.js';
import { BUILT_PAGES } from '../../support/web.js';

/**
 * Keys the first chunk names for a page loaded on demand only, which brings their texts (`tabPageTexts`):
 * deleting a focus area (the plan years page) is refused with `plans.content.areaNotEmpty` by the tab's data.
 */
const NAMED_FOR_LATER_PAGES = new Set(['plans.content.areaNotEmpty']);

// Measured on the build `npm test` makes first (`npm run build`: tsc -b and Vite into apps/tab/dist/web).
describe('the tab’s JavaScript budget (built pages)', () => {
  const tab = measurePage('tab');

  it('is built', () => {
    expect(tab).not.toBeNull();
  });

  it(`loads at most ${BUDGETS.tabInitialGzip / 1024} KB gzip of JavaScript with the page`, () => {
    expect(tab!.initialGzip).toBeLessThanOrEqual(BUDGETS.tabInitialGzip);
  });

  it('leaves code for later views and for Teams (teams-js, MSAL) to chunks loaded on demand', () => {
    expect(tab!.lazy.length).toBeGreaterThan(0);
    expect(tab!.lazyGzip).toBeGreaterThan(0);
  });

  it('names only texts of its first pack (`tabTexts`): none shows as its key before a page brings the rest', () => {
    const assets = join(BUILT_PAGES.tab!, 'tab', 'assets');
    const code = tab!.initial.map((s) => readFileSync(join(assets, s.file), 'utf8')).join('\n');
    const named = new Set<string>();
    for (const m of code.matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)['"`]/g))
      if (m[1]! in sv) named.add(m[1]!);
    for (const m of code.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z0-9]+)*\.)\$\{/g))
      for (const key of Object.keys(sv)) if (key.startsWith(m[1]!)) named.add(key);
    expect(named.size).toBeGreaterThan(100);
    const outside = [...named].filter((key) => !(key in tabTexts.sv) && !NAMED_FOR_LATER_PAGES.has(key));
    expect(outside.sort()).toEqual([]);
  });
});
