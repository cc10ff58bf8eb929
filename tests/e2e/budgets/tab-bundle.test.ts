import { BUDGETS } from '../../bench/budgets.js';
import { measurePage } from '../../bench/bundles.js';

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
});
