export { AUDIT_SOURCES } from './audit.js';
export type { AuditEntry, AuditSource } from './audit.js';
