/**
 * The charts (`@fluentui/react-charts`, Fluent UI v9). This module is heavy (d3): hosts load it lazily
 * (`lazy(() => import('./charts.js'))`) so the web part's initial bundle stays small.
 */
import {
  DataVizPalette,
  getColorFromToken,
  GroupedVerticalBarChart,
  HorizontalBarChart,
  LineChart,
  VerticalStackedBarChart,
  type LineChartPoints,
} from '@fluentui/react-charts';
import { makeStyles } from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import {
  DASHBOARD_STATUSES,
  type DashboardModel,
  type DashboardStatus,
  type Effect,
  type Locale,
  type Measurement,
} from '@devplan/core/domain';
import { t } from '@devplan/core/i18n';
import { periodText, statusText } from './describe.js';

/**
 * True when the surrounding Fluent theme is dark (its background is dark), read from the theme's CSS
 * variables once mounted; the chart colours are then taken from the palette's dark-theme variants.
 */
function useDarkTheme(): [boolean, (element: HTMLDivElement | null) => void] {
  const element = useRef<HTMLDivElement | null>(null);
  const [dark, setDark] = useState(false);
  useLayoutEffect(() => {
    const node = element.current;
    if (!node || typeof getComputedStyle !== 'function') return;
    const background = getComputedStyle(node).getPropertyValue('--colorNeutralBackground1').trim();
    const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(background);
    if (!hex) return;
    const [r, g, b] = hex.slice(1).map((h) => parseInt(h, 16));
    setDark(0.299 * r! + 0.587 * g! + 0.114 * b! < 128);
  }, []);
  return [dark, (node) => (element.current = node)];
}

const useChartStyles = makeStyles({
  // The charts' legend writes every word with a capital ("Enligt Plan"); the legends are the string tables' texts.
  legend: { textTransform: 'none' },
});

/** What every chart is given: the theme, and its legend as the string tables write it. */
interface ChartLook {
  dark: boolean;
  legendProps: { styles: { legend: string } };
}

/** A chart's box, which tells the chart whether the theme is dark and how its legend is written. */
function ChartBox(props: { children: (look: ChartLook) => ReactNode }): ReactElement {
  const [dark, ref] = useDarkTheme();
  const styles = useChartStyles();
  return <div ref={ref}>{props.children({ dark, legendProps: { styles: { legend: styles.legend } } })}</div>;
}

/** A palette colour as a CSS colour for the theme. */
const color = (token: string, dark: boolean) => getColorFromToken(token, dark);

const STATUS_COLORS: Record<DashboardStatus, string> = {
  onTrack: DataVizPalette.success,
  atRisk: DataVizPalette.warning,
  offTrack: DataVizPalette.error,
  done: DataVizPalette.color1,
  none: DataVizPalette.disabled,
};
const SERIES = [
  DataVizPalette.color1,
  DataVizPalette.color2,
  DataVizPalette.color3,
  DataVizPalette.color4,
  DataVizPalette.color5,
  DataVizPalette.color6,
  DataVizPalette.color7,
  DataVizPalette.color8,
];

const culture = (locale: Locale) => (locale === 'sv' ? 'sv-SE' : 'en-GB');

/** Initiatives per focus area, stacked by the status of their latest follow-up. */
export function StatusChart(props: { model: DashboardModel; locale: Locale }): ReactElement {
  const { model, locale } = props;
  return (
    <ChartBox>
      {({ dark, legendProps }) => (
        <VerticalStackedBarChart
          culture={culture(locale)}
          height={300}
          legendProps={legendProps}
          // Every area's name is shown, wrapped to its column (by default a label that would touch the next is
          // dropped: "Kompetens och digitalisering" went missing); the data table has them in full.
          wrapXAxisLables
          hideTickOverlap={false}
          // The columns spread over the width, so each area's name has a column's width to wrap in.
          barWidth="auto"
          maxBarWidth={56}
          data={model.areas.map((a) => ({
            xAxisPoint: a.title,
            chartData: DASHBOARD_STATUSES.map((s) => ({
              legend: statusText(locale, s),
              data: a.counts[s],
              color: color(STATUS_COLORS[s], dark),
            })),
          }))}
        />
      )}
    </ChartBox>
  );
}

/** Mean reported progress per period: the whole plan and each focus area. */
export function ProgressChart(props: { model: DashboardModel; locale: Locale }): ReactElement {
  const { model, locale } = props;
  const overall = t(locale, 'dashboard.progress.overall');
  return (
    <ChartBox>
      {({ dark, legendProps }) => (
        <GroupedVerticalBarChart
          culture={culture(locale)}
          legendProps={legendProps}
          height={300}
          yMaxValue={100}
          data={model.periods.map((p) => ({
            name: periodText(locale, p.period),
            series: [
              {
                key: 'all',
                legend: overall,
                data: p.overall ?? 0,
                color: color(DataVizPalette.color10, dark),
              },
              ...model.areas.map((a, i) => ({
                key: `area-${a.areaId}`,
                legend: a.title,
                data: p.byArea[i]?.mean ?? 0,
                color: color(SERIES[i % SERIES.length]!, dark),
              })),
            ],
          }))}
        />
      )}
    </ChartBox>
  );
}

/** Decision readiness (0–100 %) of each initiative as horizontal bars. */
export function ReadinessChart(props: { model: DashboardModel; locale: Locale }): ReactElement {
  const { model } = props;
  return (
    <ChartBox>
      {({ dark, legendProps }) => (
        <HorizontalBarChart
          culture={culture(props.locale)}
          legendProps={legendProps}
          chartDataMode="percentage"
          data={model.readiness.map((r) => ({
            chartTitle: r.title,
            chartData: [
              {
                legend: r.title,
                horizontalBarChartdata: { x: r.score, total: 100 },
                color: color(
                  r.score >= 80
                    ? DataVizPalette.success
                    : r.score >= 50
                      ? DataVizPalette.warning
                      : DataVizPalette.error,
                  dark,
                ),
              },
            ],
          }))}
        />
      )}
    </ChartBox>
  );
}

const toDate = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** An effect's measurements over time against its baseline and target (dashed reference lines). */
export function EffectChart(props: {
  effect: Effect;
  measurements: readonly Measurement[];
  locale: Locale;
}): ReactElement {
  const { effect, measurements, locale } = props;
  const sorted = [...measurements].sort((a, b) => a.measuredAt.localeCompare(b.measuredAt));
  const dates = [
    ...sorted.map((m) => m.measuredAt),
    ...(effect.baselineDate ? [effect.baselineDate] : []),
    ...(effect.targetDate ? [effect.targetDate] : []),
  ].sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  const lines = (dark: boolean): LineChartPoints[] => {
    const out: LineChartPoints[] = [];
    if (sorted.length > 0)
      out.push({
        legend: t(locale, 'effects.chart.measured'),
        color: color(DataVizPalette.color1, dark),
        data: sorted.map((m) => ({ x: toDate(m.measuredAt), y: m.value })),
      });
    if (effect.baseline !== null && first && last)
      out.push({
        legend: t(locale, 'effects.chart.baseline'),
        color: color(DataVizPalette.color4, dark),
        lineOptions: { strokeDasharray: '4 4' },
        data: [
          { x: toDate(effect.baselineDate ?? first), y: effect.baseline },
          { x: toDate(last), y: effect.baseline },
        ],
      });
    if (effect.target !== null && first && last)
      out.push({
        legend: t(locale, 'effects.chart.target'),
        color: color(DataVizPalette.success, dark),
        lineOptions: { strokeDasharray: '8 4' },
        data: [
          { x: toDate(first), y: effect.target },
          { x: toDate(effect.targetDate ?? last), y: effect.target },
        ],
      });
    return out;
  };
  return (
    <ChartBox>
      {({ dark, legendProps }) => (
        <LineChart
          culture={culture(locale)}
          legendProps={legendProps}
          height={260}
          yAxisTitle={effect.unit || undefined}
          data={{ chartTitle: effect.title, lineChartData: lines(dark) }}
        />
      )}
    </ChartBox>
  );
}
