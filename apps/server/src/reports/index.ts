/**
 * Period close and reports: the close service (snapshot, Word report and Excel export stored in the reports
 * library with the app's identity), the administrator check, the renderers and the `/api/reports/*` routes.
 */
export { PeriodCloseService, STALE_CLOSING_MS } from './close-service.js';
export type { CloseActor, CloseResult } from './close-service.js';
export { AdministratorCheck } from '../auth/administrators.js';
export { reportsApi } from './api.js';
export type { ReportsApiDeps } from './api.js';
export { reportsRoutes } from './routes.js';
export { renderReportDocx } from './docx.js';
export { renderFollowUpsXlsx } from './xlsx.js';
