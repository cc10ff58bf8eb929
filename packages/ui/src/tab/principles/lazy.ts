import { lazyPage } from '../lazy.js';

/** The principles page, loaded on demand (its own chunk in the built tab, like the tab's other pages). */
export const LazyPrinciplesPage = lazyPage(() => import('./PrinciplesPage.js').then((m) => m.PrinciplesPage));
