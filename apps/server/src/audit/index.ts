export {
  ChangeAuditor,
  AuditRefusedError,
  AUDITED_LISTS,
  parseChangeRequest,
  snapshot,
  diffStates,
} from './changes.js';
export type { AuditedList, ChangeRequest, ChangeAnswer } from './changes.js';
export { recordAppEvent } from './app-events.js';
export type { AppEvent } from './app-events.js';
export { auditApi } from './api.js';
export type { AuditApiDeps } from './api.js';
export { auditRoutes } from './routes.js';
