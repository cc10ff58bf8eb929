import { lazy } from 'react';

/** The year switcher, loaded on demand: Fluent's Select stays out of the tab's first chunk (shown only with two plans). */
export const LazyYearSwitcher = lazy(() =>
  import('./YearSwitcher.js').then((m) => ({ default: m.YearSwitcher })),
);

/** The plan years page, loaded on demand. */
export const LazyPlanYearsPage = lazy(() =>
  import('./PlanYearsPage.js').then((m) => ({ default: m.PlanYearsPage })),
);
