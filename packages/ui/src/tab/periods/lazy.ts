import { lazyPage } from '../lazy.js';

/** The periods page, loaded on demand (its own chunk in the built tab, like the tab's other pages). */
export const LazyPeriodsView = lazyPage(() => import('./PeriodsView.js').then((m) => m.PeriodsView));
