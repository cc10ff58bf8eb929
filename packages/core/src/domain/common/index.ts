export { groupBy } from './collections.js';
export { newCreateKey } from './types.js';
export type { Id, Locale, Localized, UserRef, Stored, NewEntity, IsoDate, IsoDateTime } from './types.js';
export { DEFAULT_LOCALE } from './types.js';
export {
  DomainError,
  ValidationError,
  ConcurrencyError,
  PermissionError,
  NotFoundError,
  AppApiError,
  AuditTrailError,
} from './errors.js';
export type { FieldIssue } from './errors.js';
