import { Link } from '@fluentui/react-components';
import { periodLabel, READINESS_CRITERIA } from '../../domain/index.js';
import { useTab } from './data.js';
import { useT } from './i18n.js';
import { PageHeading } from './PageHeading.js';
import { usePlanReadiness } from './readiness.js';
import { routeHash } from './route.js';
import { usePageStyles } from './styles.js';

/** The plan's decision readiness: the score, how many initiatives miss each criterion, and what each one lacks. */
export function ReadinessView() {
  const tr = useT();
  const styles = usePageStyles();
  const { view, plan } = useTab();
  const readiness = usePlanReadiness();
  return (
    <div className={styles.page}>
      <PageHeading>{tr('tab.readiness.heading', { year: plan.planYear })}</PageHeading>
      <p className={styles.text}>
        {tr('readiness.score', { score: readiness.score })}.{' '}
        {tr('tab.readiness.fullyReady', { ready: readiness.fullyReady, total: readiness.initiatives.length })}
      </p>
      <p className={styles.text}>
        {readiness.statusPeriod
          ? tr('tab.readiness.statusPeriod', {
              period: tr.pick(periodLabel(readiness.statusPeriod.period)),
              year: readiness.statusPeriod.year,
            })
          : tr('tab.readiness.noPeriodClosed')}
      </p>
      <p className={styles.text}>{tr('tab.readiness.honest')}</p>
      <section aria-labelledby="criteria" className={styles.section}>
        <h2 id="criteria" className={styles.subheading}>
          {tr('tab.readiness.byCriterion')}
        </h2>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col" className={styles.th}>
                {tr('tab.readiness.criterion')}
              </th>
              <th scope="col" className={styles.th}>
                {tr('tab.readiness.missingCount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {READINESS_CRITERIA.map((c) => (
              <tr key={c}>
                <th scope="row" className={styles.td}>
                  {tr(`readiness.criterion.${c}`)}
                </th>
                <td className={styles.td}>{readiness.missingByCriterion[c]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="per-initiative" className={styles.section}>
        <h2 id="per-initiative" className={styles.subheading}>
          {tr('tab.readiness.perInitiative')}
        </h2>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col" className={styles.th}>
                {tr('tab.overview.col.initiative')}
              </th>
              <th scope="col" className={styles.th}>
                {tr('tab.overview.col.readiness')}
              </th>
              <th scope="col" className={styles.th}>
                {tr('tab.readiness.lacks')}
              </th>
            </tr>
          </thead>
          <tbody>
            {readiness.initiatives.map((r) => {
              const initiative = view.initiatives.find((i) => i.id === r.initiativeId);
              return (
                <tr key={r.initiativeId}>
                  <th scope="row" className={styles.td}>
                    <Link href={routeHash({ page: 'initiative', id: r.initiativeId })}>
                      {initiative?.title ?? r.initiativeId}
                    </Link>
                  </th>
                  <td className={styles.td}>{tr('tab.percent', { value: r.score })}</td>
                  <td className={styles.td}>
                    {r.missing.length === 0 ? (
                      tr('tab.readiness.allMet')
                    ) : (
                      <ul className={styles.list}>
                        {r.missing.map((m) => (
                          <li key={m.criterion}>{m.missing ? tr.pick(m.missing) : tr.pick(m.label)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}
