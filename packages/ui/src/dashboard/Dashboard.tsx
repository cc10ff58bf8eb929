import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy, type ReactElement } from 'react';
import type { DashboardModel, Locale } from '@devplan/core/domain';
import { t } from '@devplan/core/i18n';
import { ChartFigure } from './ChartFigure.js';
import {
  progressSummary,
  progressTable,
  readinessSummary,
  readinessTable,
  statusSummary,
  statusTable,
} from './describe.js';

// The chart library is heavy: its code is loaded only when a dashboard is shown.
const StatusChart = lazy(() =>
  import(/* webpackChunkName: "devplan-charts" */ './charts.js').then((m) => ({ default: m.StatusChart })),
);
const ProgressChart = lazy(() =>
  import(/* webpackChunkName: "devplan-charts" */ './charts.js').then((m) => ({ default: m.ProgressChart })),
);
const ReadinessChart = lazy(() =>
  import(/* webpackChunkName: "devplan-charts" */ './charts.js').then((m) => ({ default: m.ReadinessChart })),
);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXL },
});

/** Props of the dashboard. */
export interface DashboardProps {
  model: DashboardModel;
  locale: Locale;
  /** Heading level of each chart's section. */
  level: 2 | 3 | 4;
  /** Prefix of element ids, unique on the page. */
  idPrefix?: string;
}

/**
 * The dashboards shared by the tab and the web part: status per focus area, progress over the periods and
 * decision readiness per initiative, each a chart with a summary and its data as a table.
 */
export function Dashboard(props: DashboardProps): ReactElement {
  const styles = useStyles();
  const { model, locale, level } = props;
  const id = props.idPrefix ?? 'dashboard';
  if (model.initiatives === 0) return <p>{t(locale, 'dashboard.empty')}</p>;
  return (
    <div className={styles.root} data-testid="dashboard">
      <ChartFigure
        id={`${id}-status`}
        locale={locale}
        level={level}
        heading={t(locale, 'dashboard.status.heading')}
        summary={statusSummary(locale, model)}
        table={statusTable(locale, model)}
      >
        <StatusChart model={model} locale={locale} />
      </ChartFigure>
      <ChartFigure
        id={`${id}-progress`}
        locale={locale}
        level={level}
        heading={t(locale, 'dashboard.progress.heading')}
        summary={progressSummary(locale, model)}
        table={progressTable(locale, model)}
      >
        <ProgressChart model={model} locale={locale} />
      </ChartFigure>
      <ChartFigure
        id={`${id}-readiness`}
        locale={locale}
        level={level}
        heading={t(locale, 'dashboard.readiness.heading')}
        summary={readinessSummary(locale, model)}
        table={readinessTable(locale, model)}
      >
        <ReadinessChart model={model} locale={locale} />
      </ChartFigure>
    </div>
  );
}
