import { localize, t } from '../../i18n/translate.js';
import type { Localized } from './types.js';

/** A refused domain operation: carries a stable code, the HTTP status it maps to, and the reason in both languages. */
export class DomainError extends Error {
  override readonly name: string = 'DomainError';
  constructor(
    readonly code: string,
    readonly reason: Localized,
    readonly status = 409,
    readonly details?: Record<string, unknown>,
  ) {
    super(reason.en);
  }
}

/** One invalid field of an input. */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `progress` or `activities.2.title`. */
  path: string;
  /** A stable code, e.g. `required`, `tooLong`. */
  code: string;
  message: Localized;
}

/** Input that failed validation; nothing was written. */
export class ValidationError extends DomainError {
  override readonly name = 'ValidationError';
  constructor(readonly issues: FieldIssue[]) {
    super(
      'validation',
      {
        sv: issues.map((i) => `${i.path}: ${i.message.sv}`).join(' '),
        en: issues.map((i) => `${i.path}: ${i.message.en}`).join(' '),
      },
      400,
    );
  }
}

/** Someone else saved the item first (stale ETag); the caller must reload or reapply. */
export class ConcurrencyError extends DomainError {
  override readonly name = 'ConcurrencyError';
  constructor(
    readonly listName: string,
    readonly itemId: number,
    readonly body?: unknown,
  ) {
    super('concurrency', localize('error.concurrency'), 412, { listName, itemId });
  }
}

/** The signed-in identity may not do this, whatever the interface showed. */
export class PermissionError extends DomainError {
  override readonly name = 'PermissionError';
  constructor(
    reason: Localized = localize('error.forbidden'),
    readonly body?: unknown,
  ) {
    super('forbidden', reason, 403);
  }
}

/** The item asked for does not exist. */
export class NotFoundError extends DomainError {
  override readonly name = 'NotFoundError';
  constructor(what: string, id: number | string) {
    super('not-found', localize('error.notFound', { what, id }), 404, { what, id });
  }
}

/** The app server refused a request or could not be reached; carries the status, code and reason it gave. */
export class AppApiError extends DomainError {
  override readonly name = 'AppApiError';
  constructor(
    code: string,
    reason: Localized,
    status: number,
    readonly body?: unknown,
  ) {
    super(code, reason, status);
  }
}

/** A change was saved but the app server could not enter it in the audit trail (the save stands). */
export class AuditTrailError extends DomainError {
  override readonly name = 'AuditTrailError';
  constructor(readonly causeError: unknown) {
    const detail: Localized =
      causeError instanceof DomainError
        ? causeError.reason
        : {
            sv: String((causeError as Error)?.message ?? causeError),
            en: String((causeError as Error)?.message ?? causeError),
          };
    super(
      'audit-failed',
      {
        sv: t('sv', 'tab.audit.failed', { message: detail.sv }),
        en: t('en', 'tab.audit.failed', { message: detail.en }),
      },
      502,
    );
  }
}
