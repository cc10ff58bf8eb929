/** The tab's periods page: period close (administrators), stored reports and their download, the Excel export. */
export { PeriodsView } from './PeriodsView.js';
export { usePeriods } from './use-periods.js';
export type { PeriodsData } from './use-periods.js';
export { saveFile } from './save-file.js';
export { LazyPeriodsView } from './lazy.js';
