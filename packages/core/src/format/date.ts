import type { Locale } from '../domain/common/types.js';
import { dateTimeFormat, TIME_ZONE } from './intl.js';

/**
 * How long a written date is. `short`: 2026-12-04 / 04/12/2026; `medium` (the default): 4 dec. 2026 /
 * 4 Dec 2026; `long`: 4 december 2026 / 4 December 2026.
 */
export type DateStyle = 'short' | 'medium' | 'long';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** A value read from an ISO string: a calendar day (no time of day, no zone) or an instant. */
type Parsed = { kind: 'day' | 'instant'; date: Date };

function parse(value: string): Parsed | null {
  const day = DATE_ONLY.exec(value);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const parsed = new Date(0);
    parsed.setUTCFullYear(year, month - 1, date);
    // 2026-02-30 would roll over into March: not a day of the calendar.
    return parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date
      ? { kind: 'day', date: parsed }
      : null;
  }
  const time = DATE_TIME.exec(value);
  if (!time) return null;
  // A time without a zone is read as UTC, as SharePoint and the app store them, never as the machine's zone.
  const parsed = new Date(time[1] ? value : `${value}Z`);
  return Number.isNaN(parsed.getTime()) ? null : { kind: 'instant', date: parsed };
}

/**
 * Shows a value read from an ISO string: empty for no value, the text as it is when it is not an ISO date or
 * time, otherwise what `show` makes of it.
 */
function formatValue(value: string | null | undefined, show: (parsed: Parsed) => string): string {
  if (!value) return '';
  const parsed = parse(value);
  return parsed ? show(parsed) : value;
}

/** A parsed value as a date: a calendar day as it is (never shifted), an instant as its day in Stockholm. */
function showDate(locale: Locale, parsed: Parsed, style: DateStyle): string {
  const timeZone = parsed.kind === 'day' ? 'UTC' : TIME_ZONE;
  return dateTimeFormat(locale, { dateStyle: style, timeZone }).format(parsed.date);
}

/**
 * A date as people read it, in the language's format: `2026-04-30` is 30 apr. 2026 / 30 Apr 2026 and never
 * shifts a day; a time (`2026-12-03T23:27:00Z`) shows the day it is in Stockholm (4 dec. 2026). Empty for
 * no value; a text that is not an ISO date or time is shown as it is.
 */
export function formatDate(
  locale: Locale,
  value: string | null | undefined,
  style: DateStyle = 'medium',
): string {
  return formatValue(value, (parsed) => showDate(locale, parsed, style));
}

/**
 * A point in time as people read it, in Stockholm time with daylight saving: `2026-12-03T23:27:00Z` is
 * 4 dec. 2026 00:27 / 4 Dec 2026, 00:27. A date without a time (`2026-04-30`) is shown as a date only.
 * Empty for no value; a text that is not an ISO date or time is shown as it is.
 */
export function formatDateTime(
  locale: Locale,
  value: string | null | undefined,
  style: DateStyle = 'medium',
): string {
  return formatValue(value, (parsed) =>
    parsed.kind === 'day'
      ? showDate(locale, parsed, style)
      : dateTimeFormat(locale, { dateStyle: style, timeStyle: 'short', timeZone: TIME_ZONE }).format(
          parsed.date,
        ),
  );
}

const months = new Map<string, readonly string[]>();

/** The twelve month names of a language, January first: `short` (jan., feb. …) or `long` (januari …). */
export function monthNames(locale: Locale, width: 'short' | 'long' = 'short'): readonly string[] {
  const key = `${locale}|${width}`;
  let names = months.get(key);
  if (!names) {
    const format = dateTimeFormat(locale, { month: width, timeZone: 'UTC' });
    names = Object.freeze(
      Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2026, m, 1)))),
    );
    months.set(key, names);
  }
  return names;
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in Stockholm: what "today" means for the plan. */
export function stockholmDay(at: Date): string {
  // Swedish dates are written YYYY-MM-DD.
  return dateTimeFormat('sv', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: TIME_ZONE,
  }).format(at);
}
