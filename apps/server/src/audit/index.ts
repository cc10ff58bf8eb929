export {
  ChangeAuditor,
  AuditRefusedError,
  AUDITED_LISTS,
  parseChangeRequest,
  snapshot,
  diffStates,
} from './changes.js';
export type { AuditedList, ChangeRequest, ChangeAnswer } from './changes.js';
export { auditApi } from './api.js';
export type { AuditApiDeps } from './api.js';
export { auditRoutes } from './routes.js';
