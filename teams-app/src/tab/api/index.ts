export { AppApiClient, AppApiError, AuditTrailError } from './app-api.js';
export type { AuditedChange, AuditAnswer } from './app-api.js';
