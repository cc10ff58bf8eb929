import type { Locale } from '../domain/common/types.js';
import type { PeriodRef } from '../domain/follow-up/period.js';
import { t } from '../i18n/translate.js';
import type { StringKey } from '../i18n/sv.js';

const NAMES = new Map<string, StringKey>([
  ['T1', 'period.T1'],
  ['T2', 'period.T2'],
  ['FY', 'period.FY'],
]);

/**
 * A period as people name it. With a key, the period's name: `periodLabel('sv', 'T1')` is "Tertial 1".
 * With a year, the name and the year: `periodLabel('en', { year: 2026, period: 'FY' })` is "Full year 2026".
 * A key the string tables do not know (a custom scheme) is shown as it is.
 */
export function periodLabel(locale: Locale, period: string | PeriodRef): string {
  const key = typeof period === 'string' ? period : period.period;
  const known = NAMES.get(key);
  const name = known ? t(locale, known) : key;
  return typeof period === 'string' ? name : `${name} ${period.year}`;
}
