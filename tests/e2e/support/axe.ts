/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * axe-core (WCAG 2.0/2.1 A and AA) on the page once its transitions have settled (endless ones, like spinners, aside) (a dialog still fading in has
 * blended colours that axe would measure as low contrast), with the findings as short lines.
 *
 * One known false positive is left out: Fluent UI v9's focus manager (Tabster, in dialogs and in
 * `@fluentui/react-charts`) puts `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` around focus groups.
 * They only pass focus on to the real element and must stay hidden from screen readers (microsoft/tabster#288;
 * Accessibility Insights suppresses the same nodes). Only `aria-hidden-focus` nodes that are such stand-ins
 * are left out; every other node and rule counts. `exclude` leaves out further selectors the caller names.
 */
export async function axeViolations(
  page: Page,
  exclude: string[] = [],
): Promise<{ id: string; nodes: string[] }[]> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
    null,
    {
      timeout: 10_000,
    },
  );
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of exclude) builder = builder.exclude(selector);
  const result = await builder.analyze();
  return result.violations
    .map((v) => ({
      id: v.id,
      nodes:
        v.id === 'aria-hidden-focus'
          ? v.nodes.filter((n) => !/^<i\b[^>]*\bdata-tabster-dummy\b/.test(n.html))
          : v.nodes,
    }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => ({
      id: v.id,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
}
