import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * axe-core (WCAG 2.0/2.1 A and AA) on the page, as `tests/e2e/tab/support.ts` runs it, except for one known
 * false positive: Fluent UI v9's focus manager (Tabster, used by `@fluentui/react-charts` for arrow-key
 * navigation between data points) puts `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` around
 * focus groups. They only pass focus on to the real element and must stay hidden from screen readers
 * (microsoft/tabster#288; Accessibility Insights suppresses the same nodes). Only `aria-hidden-focus` nodes
 * that are such dummies are left out; every other node and rule counts.
 */
export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
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
