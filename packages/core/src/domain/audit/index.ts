export { AUDIT_SOURCES } from './audit.js';
export type { AuditEntry, AuditSource, AuditChangeDetails, AuditFieldChange } from './audit.js';
