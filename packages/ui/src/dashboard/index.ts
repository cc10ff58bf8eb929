/**
 * The dashboards and charts shared by the tab and the web part: a chart with its text alternative
 * (`ChartFigure`), the plan dashboard (status per focus area, progress over periods, readiness per
 * initiative) and the texts and tables that describe each chart. The chart library itself is loaded lazily.
 */
export { Dashboard } from './Dashboard.js';
export type { DashboardProps } from './Dashboard.js';
export { ChartFigure, DataTable } from './ChartFigure.js';
export type { ChartFigureProps } from './ChartFigure.js';
export {
  statusTable,
  statusSummary,
  statusText,
  progressTable,
  progressSummary,
  readinessTable,
  readinessSummary,
  periodText,
  formatValue,
  effectTable,
  effectSummary,
} from './describe.js';
export type { ChartTable } from './describe.js';
