import {
  DASHBOARD_STATUSES,
  type DashboardModel,
  type DashboardStatus,
  type Effect,
  type Locale,
  type Measurement,
} from '@devplan/core/domain';
import { formatNumber, periodLabel } from '@devplan/core/format';
import { t } from '@devplan/core/i18n';

/** A data table: the text alternative of a chart. */
export interface ChartTable {
  caption: string;
  /** Column headers; the first column holds the row headers. */
  headers: string[];
  rows: string[][];
}

/** The text of a dashboard status bucket. */
export function statusText(locale: Locale, status: DashboardStatus): string {
  return status === 'none' ? t(locale, 'dashboard.status.none') : t(locale, `followUpStatus.${status}`);
}

/** Status per focus area as a table (one row per area, one column per status, and the total). */
export function statusTable(locale: Locale, model: DashboardModel): ChartTable {
  return {
    caption: t(locale, 'dashboard.status.caption'),
    headers: [
      t(locale, 'dashboard.status.col.area'),
      ...DASHBOARD_STATUSES.map((s) => statusText(locale, s)),
      t(locale, 'dashboard.status.col.total'),
    ],
    rows: model.areas.map((a) => [
      a.title,
      ...DASHBOARD_STATUSES.map((s) => String(a.counts[s])),
      String(a.total),
    ]),
  };
}

/** One sentence summing up the status chart. */
export function statusSummary(locale: Locale, model: DashboardModel): string {
  const sum = (s: DashboardStatus) => model.areas.reduce((n, a) => n + a.counts[s], 0);
  return t(locale, 'dashboard.status.summary', {
    total: model.areas.reduce((n, a) => n + a.total, 0),
    areas: model.areas.length,
    onTrack: sum('onTrack'),
    atRisk: sum('atRisk'),
    offTrack: sum('offTrack'),
    done: sum('done'),
    none: sum('none'),
  });
}

/** A period as text: `Tertial 1 2026`. */
export function periodText(locale: Locale, period: { year: number; period: string }): string {
  return periodLabel(locale, period);
}

/** Progress over periods as a table (one row per period: the whole plan, then each area). */
export function progressTable(locale: Locale, model: DashboardModel): ChartTable {
  const value = (mean: number | null) =>
    mean === null ? t(locale, 'dashboard.progress.noValue') : `${mean} %`;
  return {
    caption: t(locale, 'dashboard.progress.caption'),
    headers: [
      t(locale, 'dashboard.progress.col.period'),
      t(locale, 'dashboard.progress.col.all'),
      ...model.areas.map((a) => a.title),
    ],
    rows: model.periods.map((p) => [
      periodText(locale, p.period),
      value(p.overall),
      ...p.byArea.map((a) => value(a.mean)),
    ]),
  };
}

/** One sentence summing up the progress chart. */
export function progressSummary(locale: Locale, model: DashboardModel): string {
  const periods = model.periods
    .map((p) =>
      p.overall === null
        ? t(locale, 'dashboard.progress.periodNone', { period: periodLabel(locale, p.period.period) })
        : t(locale, 'dashboard.progress.periodValue', {
            period: periodLabel(locale, p.period.period),
            value: p.overall,
            count: p.reported,
          }),
    )
    .join(', ');
  return t(locale, 'dashboard.progress.summary', { year: model.planYear, periods });
}

/** Readiness per initiative as a table. */
export function readinessTable(locale: Locale, model: DashboardModel): ChartTable {
  const area = new Map(model.areas.map((a) => [a.areaId, a.title]));
  return {
    caption: t(locale, 'dashboard.readiness.caption'),
    headers: [
      t(locale, 'dashboard.readiness.col.initiative'),
      t(locale, 'dashboard.readiness.col.area'),
      t(locale, 'dashboard.readiness.col.score'),
      t(locale, 'dashboard.readiness.col.missing'),
    ],
    rows: model.readiness.map((r) => [
      r.title,
      area.get(r.areaId) ?? '',
      t(locale, 'dashboard.readiness.value', { score: r.score }),
      String(r.missing),
    ]),
  };
}

/** One sentence summing up the readiness chart. */
export function readinessSummary(locale: Locale, model: DashboardModel): string {
  const lowest = [...model.readiness].sort((a, b) => a.score - b.score)[0];
  return t(locale, 'dashboard.readiness.summary', {
    score: model.readinessScore,
    lowest: lowest ? `${lowest.title} (${lowest.score} %)` : '–',
    full: model.readiness.filter((r) => r.missing === 0).length,
    total: model.readiness.length,
  });
}

/** A number as the language writes it (`12,5` in Swedish). */
export function formatValue(locale: Locale, value: number | null): string {
  if (value === null) return '–';
  return formatNumber(locale, value, { maximumFractionDigits: 4 });
}

/** An effect's measurements, baseline and target as a table (the text alternative of its chart). */
export function effectTable(
  locale: Locale,
  effect: Pick<Effect, 'title' | 'unit' | 'baseline' | 'baselineDate' | 'target' | 'targetDate'>,
  measurements: readonly Pick<Measurement, 'measuredAt' | 'value' | 'comment'>[],
): ChartTable {
  const rows: string[][] = [];
  if (effect.baseline !== null)
    rows.push([
      effect.baselineDate ?? '–',
      t(locale, 'effects.chart.baseline'),
      formatValue(locale, effect.baseline),
      '',
    ]);
  for (const m of [...measurements].sort((a, b) => a.measuredAt.localeCompare(b.measuredAt)))
    rows.push([m.measuredAt, t(locale, 'effects.chart.measured'), formatValue(locale, m.value), m.comment]);
  if (effect.target !== null)
    rows.push([
      effect.targetDate ?? '–',
      t(locale, 'effects.chart.target'),
      formatValue(locale, effect.target),
      '',
    ]);
  return {
    caption: t(locale, 'effects.chart.caption', { title: effect.title }),
    headers: [
      t(locale, 'effects.chart.col.date'),
      t(locale, 'effects.chart.col.series'),
      t(locale, 'effects.chart.col.value', { unit: effect.unit || '–' }),
      t(locale, 'effects.chart.col.comment'),
    ],
    rows,
  };
}

/** One sentence summing up an effect's chart: how many measurements, the latest, baseline and target. */
export function effectSummary(
  locale: Locale,
  effect: Pick<Effect, 'title' | 'unit' | 'baseline' | 'target'>,
  measurements: readonly Pick<Measurement, 'measuredAt' | 'value'>[],
): string {
  const latest = [...measurements].sort((a, b) => b.measuredAt.localeCompare(a.measuredAt))[0];
  const common = {
    title: effect.title,
    unit: effect.unit,
    baseline: formatValue(locale, effect.baseline),
    target: formatValue(locale, effect.target),
  };
  return latest
    ? t(locale, 'effects.chart.summary', {
        ...common,
        count: measurements.length,
        latest: formatValue(locale, latest.value),
        date: latest.measuredAt,
      })
    : t(locale, 'effects.chart.summaryEmpty', common);
}
