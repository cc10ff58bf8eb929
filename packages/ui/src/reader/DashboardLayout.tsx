import type { ReactElement } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { buildDashboard, planReadiness, type Locale } from '@devplan/core/domain';
import { dashboardTexts, t } from '@devplan/core/i18n';
import { stockholmDay } from '@devplan/core/format';
import { useTexts } from '../common/texts.js';
import { Dashboard } from '../dashboard/index.js';
import { ReaderLoading } from './ReaderMessage.js';
import type { ReaderModel } from './model.js';

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    margin: `${tokens.spacingVerticalM} 0`,
  },
  intro: { color: tokens.colorNeutralForeground2, marginBlockEnd: tokens.spacingVerticalL },
});

/** The dashboard layout, once its texts are loaded (they come with it, English on demand). */
export default function DashboardLayout(props: {
  model: ReaderModel;
  locale: Locale;
  today?: string;
}): ReactElement {
  return useTexts(dashboardTexts, props.locale) ? (
    <LoadedDashboard {...props} />
  ) : (
    <ReaderLoading label={t(props.locale, 'reader.dashboard.loading')} />
  );
}

/**
 * The web part's dashboard layout (published data only): status per focus area, progress over the periods
 * and readiness per initiative of the initiatives shown, from the approved, published follow-ups. Loaded on
 * demand, with the chart library, so the web part's initial bundle stays small.
 */
function LoadedDashboard({
  model,
  locale,
  today = stockholmDay(new Date()),
}: {
  model: ReaderModel;
  locale: Locale;
  today?: string;
}): ReactElement {
  const styles = useStyles();
  const { view } = model;
  const initiatives = model.initiatives.map((i) => i.initiative);
  const published = view.published.map((p) => ({ ...p, state: 'approved' as const }));
  const readiness = planReadiness(initiatives, view.effects, published, {
    planYear: view.plan.planYear,
    today,
  });
  const dashboard = buildDashboard({
    planYear: view.plan.planYear,
    focusAreas: model.areas.map((a) => a.area),
    initiatives,
    followUps: view.published,
    readiness: readiness.initiatives,
  });
  return (
    <section aria-labelledby="devplan-dashboard-heading">
      <h3 id="devplan-dashboard-heading" className={styles.heading}>
        {t(locale, 'reader.layout.dashboard')}
      </h3>
      <p className={styles.intro}>{t(locale, 'dashboard.intro.published')}</p>
      <Dashboard model={dashboard} locale={locale} level={4} idPrefix="devplan-dashboard" />
    </section>
  );
}
