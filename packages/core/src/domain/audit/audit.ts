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

/** One changed field of an audited edit, as the app server recorded it. */
export interface AuditFieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * `Details` of an AuditLog entry the app server writes for an edit made in the tab (`POST /api/audit/changes`):
 * which item (entries of the initiative's activities, effects and follow-ups are kept on the initiative, so
 * deleted ones stay in its trail), the item's version, its title, and the fields that changed against the
 * last audited state. `baseline` entries record an item's state before its first edit in the tab.
 */
export interface AuditChangeDetails {
  list: 'FocusAreas' | 'Initiatives' | 'Activities' | 'Effects' | 'FollowUps';
  itemId: number;
  /** The item's version the entry stands for (0 for a deletion). */
  version: number;
  title: string;
  changes: AuditFieldChange[];
  /** The audited state after the change (what the next change is compared with); null after a deletion. */
  state: Record<string, unknown> | null;
}
