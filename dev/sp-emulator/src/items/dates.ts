import { toSpDate } from '../model/ids.js';

const DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Normalises a date as SharePoint stores it (UTC, seconds precision, `YYYY-MM-DDTHH:MM:SSZ`).
 * Accepts `YYYY-MM-DD`, ISO date-times with or without zone (no zone = UTC). Returns undefined when invalid.
 */
export function normalizeDate(text: string): string | undefined {
  const m = DATE_RE.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = m;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${zone ? (zone === 'Z' ? 'Z' : zone) : 'Z'}`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  // reject rolled-over dates such as 2025-02-30
  if (!zone || zone === 'Z') {
    if (
      date.getUTCFullYear() !== Number(y) ||
      date.getUTCMonth() + 1 !== Number(mo) ||
      date.getUTCDate() !== Number(d)
    ) {
      return undefined;
    }
  }
  const year = date.getUTCFullYear();
  if (year < 1900 || year > 8900) return undefined;
  return toSpDate(date);
}
