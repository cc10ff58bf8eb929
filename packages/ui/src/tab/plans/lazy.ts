import { lazy } from 'react';

/** The plan years page, loaded on demand (its own chunk in the built tab, like the tab's other pages). */
export const LazyPlanYearsPage = lazy(() =>
  import('./PlanYearsPage.js').then((m) => ({ default: m.PlanYearsPage })),
);
