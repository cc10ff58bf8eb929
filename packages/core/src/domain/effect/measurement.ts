import { localize } from '../../i18n/translate.js';
import type { FieldIssue } from '../common/errors.js';
import type { Id, IsoDate } from '../common/types.js';
import type { Effect } from './effect.js';

/** What a person types to record a measurement: the texts of the form's fields. */
export interface MeasurementDraft {
  value: string;
  measuredAt: string;
  comment: string;
}

/** A measurement that passed every check, ready to be stored. */
export interface CheckedMeasurement {
  effectId: Id;
  value: number;
  measuredAt: IsoDate;
  comment: string;
}

/** The outcome of checking a measurement draft. */
export type MeasurementCheck = { ok: true; value: CheckedMeasurement } | { ok: false; issues: FieldIssue[] };

/** The longest comment SharePoint's multi-line text holds. */
const COMMENT_MAX = 63999;

/** A plain number: optional sign, digits (spaces as thousands separators), optional decimals (`,` or `.`). */
const NUMBER = /^([+-]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?$/;

const normaliseUnit = (unit: string) => unit.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Reads a typed value as a number in the effect's unit. Accepts a decimal comma or point, spaces between
 * thousands, a Unicode minus, and the effect's own unit after the number (`12,5 %` when the unit is `%`).
 * Returns the number, or why it is not one: `notNumber`, `wrongUnit` (a different unit was typed; `given`
 * says which) or `unitNotExpected` (a unit was typed for an effect without one).
 */
export function parseMeasuredValue(
  text: string,
  unit: string,
):
  | { ok: true; value: number }
  | { ok: false; code: 'notNumber' | 'wrongUnit' | 'unitNotExpected'; given?: string } {
  const trimmed = text.trim().replace(/\u2212/g, '-');
  const match = /^([+-]?[\d \u00a0\u202f]*\d(?:[.,]\d+)?)\s*(.*)$/.exec(trimmed);
  if (!match) return { ok: false, code: 'notNumber' };
  const numberText = match[1]!.trim();
  const suffix = match[2]!.trim();
  const number = NUMBER.exec(numberText);
  if (!number || /^[\d.,+-]/.test(suffix)) return { ok: false, code: 'notNumber' };
  if (suffix) {
    if (!unit.trim()) return { ok: false, code: 'unitNotExpected', given: suffix };
    if (normaliseUnit(suffix) !== normaliseUnit(unit)) return { ok: false, code: 'wrongUnit', given: suffix };
  }
  const digits = number[2]!.replace(/[ \u00a0\u202f]/g, '');
  const value = Number(`${number[1]}${digits}${number[3] ? `.${number[3]}` : ''}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, code: 'notNumber' };
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/**
 * Checks a measurement before anything is saved: the value must be a number in the effect's unit (text
 * such as `12 %` is refused when the unit is not `%`, naming the unit), the date a real date, not in the
 * future and not before the effect's baseline date. Messages are in Swedish and English.
 */
export function checkMeasurement(
  effect: Pick<Effect, 'id' | 'unit' | 'baselineDate'>,
  draft: MeasurementDraft,
  today: IsoDate,
): MeasurementCheck {
  const issues: FieldIssue[] = [];
  const unit = effect.unit.trim();
  let value = 0;
  if (draft.value.trim() === '') {
    issues.push({ path: 'value', code: 'required', message: localize('effects.validation.valueRequired') });
  } else {
    const parsed = parseMeasuredValue(draft.value, unit);
    if (parsed.ok) value = parsed.value;
    else if (parsed.code === 'wrongUnit')
      issues.push({
        path: 'value',
        code: 'wrongUnit',
        message: localize('effects.validation.wrongUnit', { unit, given: parsed.given ?? '' }),
      });
    else if (parsed.code === 'unitNotExpected')
      issues.push({
        path: 'value',
        code: 'unitNotExpected',
        message: localize('effects.validation.unitNotExpected', { given: parsed.given ?? '' }),
      });
    else
      issues.push({
        path: 'value',
        code: 'notNumber',
        message: unit
          ? localize('effects.validation.notNumberInUnit', { unit })
          : localize('effects.validation.notNumber'),
      });
  }

  const date = draft.measuredAt.trim();
  if (date === '') {
    issues.push({
      path: 'measuredAt',
      code: 'required',
      message: localize('effects.validation.dateRequired'),
    });
  } else if (!isCalendarDate(date)) {
    issues.push({
      path: 'measuredAt',
      code: 'invalidDate',
      message: localize('effects.validation.invalidDate'),
    });
  } else if (date > today) {
    issues.push({
      path: 'measuredAt',
      code: 'future',
      message: localize('effects.validation.future', { today }),
    });
  } else if (effect.baselineDate && date < effect.baselineDate) {
    issues.push({
      path: 'measuredAt',
      code: 'beforeBaseline',
      message: localize('effects.validation.beforeBaseline', { date: effect.baselineDate }),
    });
  }

  if (draft.comment.length > COMMENT_MAX)
    issues.push({
      path: 'comment',
      code: 'tooLong',
      message: localize('validation.tooLong', { max: COMMENT_MAX }),
    });

  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: { effectId: effect.id, value, measuredAt: date, comment: draft.comment.trim() } };
}
