import { localize } from '../../i18n/translate.js';
import { ValidationError, type FieldIssue } from '../common/errors.js';
import type { Id } from '../common/types.js';
import { isPeriodKey, TERTIAL_SCHEME, type PeriodRef, type PeriodScheme } from '../follow-up/period.js';

/** Which plan's period is asked for (closing it, or exporting its follow-ups). */
export interface PeriodRequest {
  planId: Id;
  period: PeriodRef;
}

function integer(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : null;
}

/**
 * Reads `{planId, periodYear, period}` (numbers may come as strings, from a query string) and checks it:
 * a positive plan id, a year 2000–2100 and a period of the scheme. Anything else is a `ValidationError`
 * naming each bad field in Swedish and English.
 */
export function parsePeriodRequest(body: unknown, scheme: PeriodScheme = TERTIAL_SCHEME): PeriodRequest {
  const input = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  const planId = integer(input['planId']);
  if (planId === null || planId <= 0)
    issues.push({ path: 'planId', code: 'notInteger', message: localize('validation.notInteger') });
  const year = integer(input['periodYear']);
  if (year === null || year < 2000 || year > 2100)
    issues.push({ path: 'periodYear', code: 'notInteger', message: localize('validation.notInteger') });
  const period = typeof input['period'] === 'string' ? input['period'].trim() : '';
  if (!isPeriodKey(scheme, period))
    issues.push({ path: 'period', code: 'invalidPeriod', message: localize('validation.invalidPeriod') });
  if (issues.length) throw new ValidationError(issues);
  return { planId: planId!, period: { year: year!, period } };
}
