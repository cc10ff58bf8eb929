import type { IsoDate, Locale } from '@devplan/core/domain';
import { formatDate } from '@devplan/core/format';
import { t } from '@devplan/core/i18n';

/** An initiative's timeline as text ("1 mars 2026 – 31 dec. 2026"), or null when it has none. */
export function timelineText(locale: Locale, start: IsoDate | null, end: IsoDate | null): string | null {
  if (!start && !end) return null;
  return t(locale, 'reader.initiative.range', {
    start: start ? formatDate(locale, start) : '…',
    end: end ? formatDate(locale, end) : '…',
  });
}
