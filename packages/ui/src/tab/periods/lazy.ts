import { lazy } from 'react';

/** The periods page, loaded on demand (its own chunk in the built tab, like the tab's other pages). */
export const LazyPeriodsView = lazy(() =>
  import('./PeriodsView.js').then((m) => ({ default: m.PeriodsView })),
);
