import { periodLabel } from '../../format/period.js';
import { t } from '../../i18n/translate.js';
import { DomainError } from '../common/errors.js';
import type { Id } from '../common/types.js';
import type { PeriodRef } from './period.js';

/**
 * The key that makes a follow-up unique: one per initiative and period. Stored in an indexed column that
 * SharePoint enforces as unique, so two people creating the same follow-up at once still get only one.
 */
export function followUpUniqueKey(initiativeId: Id, ref: PeriodRef): string {
  return `${initiativeId}:${ref.year}-${ref.period}`;
}

/** A second follow-up for the same initiative and period was refused. */
export class DuplicateFollowUpError extends DomainError {
  override readonly name = 'DuplicateFollowUpError';
  constructor(initiativeId: Id, ref: PeriodRef) {
    super(
      'duplicate-follow-up',
      {
        sv: t('sv', 'error.duplicateFollowUp', { period: periodLabel('sv', ref.period), year: ref.year }),
        en: t('en', 'error.duplicateFollowUp', { period: periodLabel('en', ref.period), year: ref.year }),
      },
      409,
      { initiativeId, ...ref },
    );
  }
}

/** Throws when `existing` already holds a follow-up of the initiative for the period. */
export function assertNoDuplicateFollowUp(
  existing: readonly { id: Id; initiativeId: Id; periodYear: number; period: string }[],
  candidate: { id?: Id; initiativeId: Id; periodYear: number; period: string },
): void {
  const clash = existing.find(
    (f) =>
      f.initiativeId === candidate.initiativeId &&
      f.periodYear === candidate.periodYear &&
      f.period === candidate.period &&
      f.id !== candidate.id,
  );
  if (clash)
    throw new DuplicateFollowUpError(candidate.initiativeId, {
      year: candidate.periodYear,
      period: candidate.period,
    });
}

/**
 * The follow-up's period is closed (or being closed): its committee report is frozen, so follow-ups of that
 * period are not written, submitted or decided any more, and nothing more of it reaches the intranet.
 */
export class PeriodClosedError extends DomainError {
  override readonly name = 'PeriodClosedError';
  constructor(ref: PeriodRef) {
    super(
      'period-closed',
      {
        sv: t('sv', 'error.periodClosed', { period: periodLabel('sv', ref.period), year: ref.year }),
        en: t('en', 'error.periodClosed', { period: periodLabel('en', ref.period), year: ref.year }),
      },
      409,
      { ...ref },
    );
  }
}
