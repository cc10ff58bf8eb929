import { localize, t } from '../../i18n/translate.js';
import { DomainError } from '../common/errors.js';
import type { Id, IsoDateTime, Stored } from '../common/types.js';
import type { PeriodRef } from '../follow-up/period.js';
import { periodLabel } from '../../format/period.js';

/** What a file in the reports library is: the committee report, the frozen snapshot, or the Excel export. */
export const REPORT_KINDS = ['report', 'snapshot', 'export'] as const;
/** Kind of a stored report file. */
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Where a period close is: `closing` from the commit point until its files are stored, then `closed`. */
export const CLOSURE_STATES = ['closing', 'closed'] as const;
/** State of a period closure. */
export type ClosureState = (typeof CLOSURE_STATES)[number];

/** One closed (or closing) period of a plan; at most one per plan and period (a unique key). */
export interface PeriodClosure extends Stored {
  planId: Id;
  periodYear: number;
  period: string;
  state: ClosureState;
  closedById: Id | null;
  closedAt: IsoDateTime;
  caseNumber: string;
  /** How many approved follow-ups the snapshot froze. */
  followUpCount: number;
  /** Server-relative URLs of the stored files ('' until stored). */
  reportUrl: string;
  snapshotUrl: string;
  exportUrl: string;
  /**
   * The app's seal over the period's sealed publications as the close froze them (`periodSealPayload`): a
   * reader checks the whole period with it at once. '' for a close made before period seals.
   */
  publicationsSeal: string;
}

/** A file in the reports library with its metadata. */
export interface StoredReport extends Stored {
  name: string;
  /** Server-relative URL (for download with the reader's own token). */
  serverRelativeUrl: string;
  kind: ReportKind;
  planId: Id | null;
  periodYear: number | null;
  period: string;
  caseNumber: string;
  /** Size in bytes (0 when unknown). */
  size: number;
}

/** `<planId>@<year>-<period>`: the unique key of a period closure, the commit point of a close. */
export function closureKey(planId: Id, ref: PeriodRef): string {
  return `${planId}@${ref.year}-${ref.period}`;
}

/** ASCII file names of one period's files, e.g. `utvecklingsplan-2026-T1-rapport.docx`. */
export function reportFileNames(ref: PeriodRef): Record<ReportKind, string> {
  const base = `utvecklingsplan-${ref.year}-${ref.period}`;
  return {
    report: `${base}-rapport.docx`,
    snapshot: `${base}-ogonblicksbild.json`,
    export: `${base}-uppfoljningar.xlsx`,
  };
}

/** MIME types of the report files. */
export const REPORT_CONTENT_TYPES: Record<ReportKind, string> = {
  report: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  snapshot: 'application/json; charset=utf-8',
  export: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function periodParams(ref: PeriodRef, plan: string) {
  return {
    sv: { period: periodLabel('sv', ref.period), year: ref.year, plan },
    en: { period: periodLabel('en', ref.period), year: ref.year, plan },
  };
}

/** The period was closed before (also: another administrator closed it a moment earlier). Nothing was written. */
export class PeriodAlreadyClosedError extends DomainError {
  override readonly name = 'PeriodAlreadyClosedError';
  constructor(planTitle: string, ref: PeriodRef, closing = false) {
    const p = periodParams(ref, planTitle);
    const key = closing ? 'reports.error.closing' : 'reports.error.alreadyClosed';
    super(
      closing ? 'period-closing' : 'period-closed',
      { sv: t('sv', key, p.sv), en: t('en', key, p.en) },
      409,
      {
        ...ref,
      },
    );
  }
}

/** The period has no approved follow-up: there is nothing to freeze or report. Nothing was written. */
export class NothingApprovedError extends DomainError {
  override readonly name = 'NothingApprovedError';
  constructor(planTitle: string, ref: PeriodRef) {
    const p = periodParams(ref, planTitle);
    super(
      'nothing-approved',
      {
        sv: t('sv', 'reports.error.nothingApproved', p.sv),
        en: t('en', 'reports.error.nothingApproved', p.en),
      },
      422,
      { ...ref },
    );
  }
}

/** The caller is not an administrator of the plan site. */
export class NotAdministratorError extends DomainError {
  override readonly name = 'NotAdministratorError';
  constructor() {
    super('not-admin', localize('reports.error.notAdmin'), 403);
  }
}

/** Storing the files failed after the commit point; `rolledBack` tells whether the close was undone. */
export class ReportStorageError extends DomainError {
  override readonly name = 'ReportStorageError';
  constructor(
    readonly rolledBack: boolean,
    readonly causeError: unknown,
  ) {
    const message = causeError instanceof Error ? causeError.message : String(causeError);
    super(
      rolledBack ? 'report-storage-failed' : 'report-storage-incomplete',
      localize(rolledBack ? 'reports.error.uploadFailed' : 'reports.error.rollbackFailed', { message }),
      502,
    );
  }
}
