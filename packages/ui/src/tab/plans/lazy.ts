import { lazyPage } from '../lazy.js';

/** The year switcher, loaded on demand: Fluent's Select stays out of the tab's first chunk (shown only with two plans). */
export const LazyYearSwitcher = lazyPage(() => import('./YearSwitcher.js').then((m) => m.YearSwitcher), true);

/** The plan years page, loaded on demand. */
export const LazyPlanYearsPage = lazyPage(() => import('./PlanYearsPage.js').then((m) => m.PlanYearsPage));
