import type { IsoDate, Locale, PeriodRef } from '@devplan/core/domain';
import { t, type StringKey } from '@devplan/core/i18n';

const tag = (locale: Locale) => (locale === 'sv' ? 'sv-SE' : 'en-GB');

/** A calendar date for readers, e.g. "1 mars 2026" / "1 Mar 2026". */
export function formatDate(locale: Locale, date: IsoDate | string): string {
  const parsed = new Date(date.length === 10 ? `${date}T00:00:00Z` : date);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(tag(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parsed);
}

/** A number in the reader's language (decimal comma in Swedish). */
export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 2 }).format(value);
}

/** Short month names of the reader's language, January first. */
export function monthNames(locale: Locale): string[] {
  const format = new Intl.DateTimeFormat(tag(locale), { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2026, m, 1))));
}

/** A period as readers name it, e.g. "Tertial 1 2026". */
export function periodLabel(locale: Locale, ref: PeriodRef): string {
  const key = `period.${ref.period}`;
  const known = ['period.T1', 'period.T2', 'period.FY'].includes(key);
  return t(locale, 'reader.followUp.period', {
    period: known ? t(locale, key as StringKey) : ref.period,
    year: ref.year,
  });
}

/** An initiative's timeline as text, or null when it has none. */
export function timelineText(locale: Locale, start: IsoDate | null, end: IsoDate | null): string | null {
  if (!start && !end) return null;
  return t(locale, 'reader.initiative.range', {
    start: start ? formatDate(locale, start) : '…',
    end: end ? formatDate(locale, end) : '…',
  });
}
