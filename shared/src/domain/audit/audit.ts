import type { IsoDateTime, Stored } from '../common/types.js';

/** Where a change came from. */
export const AUDIT_SOURCES = ['tab', 'bot', 'api', 'webpart', 'import', 'provisioning'] as const;
/** Source of an audited change. */
export type AuditSource = (typeof AUDIT_SOURCES)[number];

/** One append-only entry of the audit trail. */
export interface AuditEntry extends Stored {
  /** e.g. `create`, `update`, `submit`, `approve`, `sendBack`, `import`. */
  action: string;
  listName: string;
  itemId: number;
  /** Display name or login of who acted. */
  actor: string;
  at: IsoDateTime;
  details: Record<string, unknown>;
  source: AuditSource;
  /**
   * Makes appending idempotent: the AuditLog keeps at most one entry per key (a unique column), so a retried
   * or concurrent append of the same event is recorded once. A random key when the event has no natural one.
   */
  entryKey: string;
}
