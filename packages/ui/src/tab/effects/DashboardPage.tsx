import { useMemo } from 'react';
import { buildDashboard } from '@devplan/core/domain';
import { Dashboard } from '../../dashboard/index.js';
import { useOverview, visibleFollowUps } from '../data.js';
import { useT } from '../i18n.js';
import { PageHeading } from '../PageHeading.js';
import { usePlanReadiness } from '../readiness.js';
import { usePageStyles } from '../styles.js';

/**
 * The tab's dashboard: status per focus area, progress over the periods and readiness per initiative, from
 * the follow-ups the signed-in person may see (members: working ones; readers: published ones).
 */
export function DashboardPage() {
  const tr = useT();
  const styles = usePageStyles();
  const { view, plan, session } = useOverview();
  const readiness = usePlanReadiness();
  const model = useMemo(
    () =>
      buildDashboard({
        planYear: plan.planYear,
        focusAreas: view.focusAreas,
        initiatives: view.initiatives,
        followUps: visibleFollowUps(view, session.canReadWorking),
        readiness: readiness.initiatives,
      }),
    [view, plan.planYear, session.canReadWorking, readiness],
  );
  return (
    <div className={styles.page}>
      <PageHeading>{tr('dashboard.heading', { year: plan.planYear })}</PageHeading>
      <p className={styles.text}>
        {session.canReadWorking ? tr('dashboard.intro.members') : tr('dashboard.intro.published')}
      </p>
      <Dashboard model={model} locale={tr.locale} level={2} idPrefix="tab-dashboard" />
    </div>
  );
}
