/// <reference lib="dom" />
import { axeViolations, newSession, screenshot, signIn, useTabStack } from './support';

jest.setTimeout(300_000);

const tab = useTabStack();

/**
 * Issue 17: every tab view reflows at 320 CSS px (WCAG 2.1 AA 1.4.10): no horizontal page scroll, 0 axe
 * violations, touch targets of at least 24 × 24 px. Measured per view as `document.documentElement.scrollWidth <= 320` once the view has loaded.
 */
describe('the tab at 320 px wide', () => {
  const views: [string, string, string][] = [
    ['#/', 'overview', 'Översikt'],
    ['#/readiness', 'readiness', 'Beslutsberedskap'],
    ['#/dashboard', 'dashboard', 'Översikt i diagram'],
    ['#/effects', 'ledger', 'Effektregister'],
    ['#/mine', 'mine', 'Mitt arbete'],
    ['#/periods', 'periods', 'Perioder och rapporter'],
    ['#/plans', 'plans', 'Planår och beslut'],
    ['#/principles', 'principles', 'Principer'],
  ];

  it('has no horizontal scroll and no axe violations in any view, as a member', async () => {
    const { context, page } = await newSession(tab.browser);
    await page.setViewportSize({ width: 320, height: 800 });
    await signIn(page, tab.stack.app.url, 'Maria Ek');
    const initiative = tab.initiatives[0]!.id;
    const found: Record<string, number> = {};
    const violations: Record<string, unknown> = {};
    const small: Record<string, string[]> = {};
    for (const [hash, name] of [
      ...views,
      [`#/initiative/${initiative}`, 'initiative', ''] as [string, string, string],
      [`#/initiative/${initiative}/follow-up`, 'follow-up', ''] as [string, string, string],
      [`#/initiative/${initiative}/edit`, 'edit', ''] as [string, string, string],
    ]) {
      await page.goto(`${tab.stack.app.url}/tab/${hash}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page
        .getByText(/Hämtar|Laddar/)
        .first()
        .waitFor({ state: 'detached' });
      found[name] = await page.evaluate(() => document.documentElement.scrollWidth);
      // Touch targets (WCAG 2.2 2.5.8): buttons, selects and text fields at least 24 × 24 CSS px.
      const tiny = await page.evaluate(() =>
        Array.from(
          document.querySelectorAll(
            'main button, main select, main input:not([type=checkbox]):not([type=radio]), main textarea',
          ),
        )
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
          .map(
            ({ e, r }) =>
              `${e.tagName} ${(e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 30)} ${Math.round(r.width)}×${Math.round(r.height)}`,
          ),
      );
      if (tiny.length) small[name] = tiny;
      const axe = await axeViolations(page);
      if (axe.length) violations[name] = axe;
      await screenshot(page, `tab-320-${name}`);
    }
    expect(Object.entries(found).filter(([, width]) => width > 320)).toEqual([]);
    expect(violations).toEqual({});
    expect(small).toEqual({});
    await context.close();
  });
});
