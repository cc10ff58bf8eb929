export { buildDashboard, DASHBOARD_STATUSES } from './dashboard.js';
export type {
  AreaStatus,
  AreaProgress,
  PeriodProgress,
  ReadinessRow,
  DashboardModel,
  DashboardStatus,
} from './dashboard.js';
