/** The tab's yearly cycle: plan years (new, carried forward) and the decision chain (service committee → KSAU → KS). */
export { PlanYearsPage } from './PlanYearsPage.js';
export { LazyPlanYearsPage } from './lazy.js';
export { YearSwitcher } from './YearSwitcher.js';
export { EarlierYears } from './EarlierYears.js';
export { usePlanYears } from './use-plan-years.js';
