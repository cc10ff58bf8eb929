import { lazy } from 'react';

/** The principles page, loaded on demand (its own chunk in the built tab, like the tab's other pages). */
export const LazyPrinciplesPage = lazy(() =>
  import('./PrinciplesPage.js').then((m) => ({ default: m.PrinciplesPage })),
);
