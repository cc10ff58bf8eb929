import type { Id, IsoDate } from '../common/types.js';
import type { Effect, Measurement } from './effect.js';

/** How many days before a scheduled measurement it counts as due. */
export const DUE_WINDOW_DAYS = 30;

/**
 * Where an effect's measurements stand on a day:
 * - `unscheduled`: no interval (`measureEveryMonths`), so nothing is ever due;
 * - `upcoming`: the next measurement is more than `DUE_WINDOW_DAYS` away;
 * - `due`: the next measurement is within `DUE_WINDOW_DAYS` (or today);
 * - `overdue`: a scheduled date has passed without a measurement, and nothing has been measured since;
 * - `complete`: a measurement exists on or after the target date, so follow-up is finished.
 */
export const DUE_STATES = ['unscheduled', 'upcoming', 'due', 'overdue', 'complete'] as const;
/** A due state of an effect's measurements. */
export type DueState = (typeof DUE_STATES)[number];

/** The due situation of one effect. */
export interface MeasurementDue {
  effectId: Id;
  state: DueState;
  /** The next scheduled measurement date (the first missed one when overdue), or null (unscheduled, complete). */
  nextDue: IsoDate | null;
  /** Scheduled dates that passed without a measurement and after the latest measurement, oldest first. */
  missed: IsoDate[];
  /** The latest measurement, or null. */
  latest: Measurement | null;
}

const DAY_MS = 86_400_000;

function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y!, m!, d!];
}

function iso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Adds whole months to a date, clamping to the end of a shorter month (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return iso(year, month, Math.min(d, last));
}

/** Adds days to a date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The latest of an effect's measurements (by date), or null. */
export function latestMeasurement(measurements: readonly Measurement[]): Measurement | null {
  let latest: Measurement | null = null;
  for (const m of measurements) if (!latest || m.measuredAt > latest.measuredAt) latest = m;
  return latest;
}

/** Days between two dates (b − a). */
function daysBetween(a: IsoDate, b: IsoDate): number {
  const [ya, ma, da] = parts(a);
  const [yb, mb, db] = parts(b);
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / DAY_MS);
}

/**
 * When an effect's next measurement is due, from its interval: measurements are scheduled every
 * `measureEveryMonths` from the baseline date (or, without one, from the first measurement), up to the first
 * scheduled date on or after the target date. Each measurement counts for the scheduled date nearest to it
 * (so one made a little early or late still counts, and one measurement never counts twice). A scheduled
 * date that has passed without a measurement is missed (overdue) until something is measured after it: the
 * latest measurement brings the effect up to date, as the dates before it can no longer be measured. The
 * next one is due within `DUE_WINDOW_DAYS`. Without a baseline date and without measurements the first measurement is due at once.
 * Once a measurement exists on or after the target date, nothing more is due.
 */
export function measurementDue(
  effect: Pick<Effect, 'id' | 'measureEveryMonths' | 'baselineDate' | 'targetDate'>,
  measurements: readonly Measurement[],
  today: IsoDate,
): MeasurementDue {
  const own = measurements.filter((m) => m.effectId === effect.id);
  const latest = latestMeasurement(own);
  const base = { effectId: effect.id, latest, missed: [] as IsoDate[] };
  if (effect.targetDate && latest && latest.measuredAt >= effect.targetDate)
    return { ...base, state: 'complete', nextDue: null };
  const every = effect.measureEveryMonths;
  if (!every || every < 1) return { ...base, state: 'unscheduled', nextDue: null };

  const dates = own.map((m) => m.measuredAt).sort();
  const anchor = effect.baselineDate ?? dates[0] ?? null;
  if (!anchor) return { ...base, state: 'due', nextDue: today };

  // The scheduled dates: far enough to cover today, every measurement and the target date.
  const horizon = [today, ...dates, effect.targetDate ?? ''].sort().pop()!;
  const scheduled: IsoDate[] = [anchor];
  for (let k = 1; k < 1200; k++) {
    const date = addMonths(anchor, every * k);
    scheduled.push(date);
    if (effect.targetDate && date >= effect.targetDate) break;
    if (date > horizon) break;
  }
  // Each measurement counts for its nearest scheduled date.
  const met = new Set<number>();
  for (const d of dates) {
    let best = 0;
    for (let k = 1; k < scheduled.length; k++)
      if (Math.abs(daysBetween(scheduled[k]!, d)) < Math.abs(daysBetween(scheduled[best]!, d))) best = k;
    met.add(best);
  }
  // Dates before the latest measurement are past: measuring now catches up rather than leaving them overdue.
  const since = latest?.measuredAt ?? '';
  const missed = scheduled.filter((date, k) => k > 0 && date < today && date > since && !met.has(k));
  if (missed.length > 0) return { ...base, missed, state: 'overdue', nextDue: missed[0]! };
  const upcoming =
    scheduled.find((date, k) => k > 0 && date >= today && !met.has(k)) ?? effect.targetDate ?? null;
  if (!upcoming) return { ...base, state: 'unscheduled', nextDue: null };
  const state: DueState = addDays(upcoming, -DUE_WINDOW_DAYS) <= today ? 'due' : 'upcoming';
  return { ...base, state, nextDue: upcoming };
}
