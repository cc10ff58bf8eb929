import type { IsoDate } from '../common/types.js';

/** One reporting period of a year: its key and the month-day it closes on. */
export interface PeriodDefinition {
  /** Stable key stored in the lists, e.g. `T1`. */
  key: string;
  /** Closing day as `MM-DD`, inclusive. */
  closes: string;
}

/** The reporting periods of a year, in order. Malmö stad reports per tertial: T1, T2 and the full year. */
export interface PeriodScheme {
  periods: readonly PeriodDefinition[];
}

/** The default scheme: tertial 1 (Jan–Apr), tertial 2 (May–Aug), full year. */
export const TERTIAL_SCHEME: PeriodScheme = {
  periods: [
    { key: 'T1', closes: '04-30' },
    { key: 'T2', closes: '08-31' },
    { key: 'FY', closes: '12-31' },
  ],
};

/** A concrete period: a year and a period key. */
export interface PeriodRef {
  year: number;
  period: string;
}

/** True when `period` is one of the scheme's keys. */
export function isPeriodKey(scheme: PeriodScheme, period: string): boolean {
  return scheme.periods.some((p) => p.key === period);
}

/** The date a period closes on. */
export function periodCloses(scheme: PeriodScheme, ref: PeriodRef): IsoDate {
  const def = scheme.periods.find((p) => p.key === ref.period);
  if (!def) throw new RangeError(`Unknown period ${ref.period}`);
  return `${ref.year}-${def.closes}`;
}

/**
 * The latest period of `year` that has closed on `today` (a period closes at the end of its closing day),
 * or null when none has closed yet.
 */
export function latestClosedPeriod(scheme: PeriodScheme, year: number, today: IsoDate): PeriodRef | null {
  let latest: PeriodRef | null = null;
  for (const def of scheme.periods) {
    if (`${year}-${def.closes}` < today) latest = { year, period: def.key };
  }
  return latest;
}

/** A sortable key for a period: `2026-T2` sorts after `2026-T1` when the scheme orders them so. */
export function periodOrder(scheme: PeriodScheme, ref: PeriodRef): number {
  const index = scheme.periods.findIndex((p) => p.key === ref.period);
  return ref.year * 100 + (index < 0 ? 99 : index);
}

/** The text key stored in the lists for a period: `2026-T2`. */
export function periodKey(ref: PeriodRef): string {
  return `${ref.year}-${ref.period}`;
}
