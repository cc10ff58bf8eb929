import { Link, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Initiative } from '@devplan/core/domain';
import { formatDate, periodLabel } from '@devplan/core/format';
import { formatValue } from '../../dashboard/index.js';
import type { EarlierYear } from '@devplan/core';
import { useTab } from '../data.js';
import { useT } from '../i18n.js';
import { ErrorNotice, useOperation } from '../operation.js';
import { usePageStyles } from '../styles.js';

/** The earlier years of a carried-forward initiative, read when the page opens (nothing for a new one). */
function useEarlierYears(initiative: Initiative) {
  const { port, session } = useTab();
  const operation = useOperation();
  const [years, setYears] = useState<EarlierYear[] | null>(null);
  const { run } = operation;
  const { canReadWorking } = session;
  useEffect(() => {
    if (initiative.carriedFromId == null) return;
    void run(async () => setYears(await port.earlierYears(initiative, canReadWorking)));
  }, [initiative, port, run, canReadWorking]);
  return { years, operation };
}

/**
 * "Tidigare år" on the initiative page: an initiative carried forward from earlier plans shows, per earlier year,
 * its follow-ups (published ones for readers) and its effects with their measurements, so the history reads
 * across years from any year the initiative appears in.
 */
export function EarlierYears(props: { initiative: Initiative }) {
  const tr = useT();
  const styles = usePageStyles();
  const { years, operation } = useEarlierYears(props.initiative);
  if (props.initiative.carriedFromId == null) return null;
  return (
    <section aria-labelledby="earlier-years" className={styles.section}>
      <h2 id="earlier-years" className={styles.subheading}>
        {tr('plans.earlier.heading')}
      </h2>
      {years === null ? (
        operation.busy ? (
          <Spinner size="tiny" label={tr('plans.earlier.loading')} />
        ) : (
          <ErrorNotice error={operation.error} />
        )
      ) : years.length === 0 ? (
        <p className={styles.text}>{tr('plans.earlier.none')}</p>
      ) : (
        years.map((year) => (
          <section
            key={year.initiative.id}
            aria-label={tr('plans.earlier.year', { year: year.planYear ?? '' })}
          >
            <h3 className={styles.minor}>
              <Link href={`?plan=${year.planYear ?? ''}#/initiative/${year.initiative.id}`}>
                {tr('plans.earlier.year', { year: year.planYear ?? '' })}: {year.initiative.title}
              </Link>
            </h3>
            {year.followUps.length === 0 ? (
              <p className={styles.muted}>{tr('plans.earlier.noFollowUps')}</p>
            ) : (
              <ul className={styles.list}>
                {year.followUps.map((f) => (
                  <li key={f.id}>
                    {tr('plans.earlier.followUp', {
                      period: periodLabel(tr.locale, { year: f.periodYear, period: f.period }),
                      status: tr(`followUpStatus.${f.status}`),
                      progress: f.progress,
                      summary: f.summary || tr('tab.value.empty'),
                    })}
                  </li>
                ))}
              </ul>
            )}
            {year.effects.length > 0 && (
              <ul className={styles.list}>
                {year.effects.map((e) => {
                  const own = year.measurements.filter((m) => m.effectId === e.id);
                  const latest = own[own.length - 1];
                  return (
                    <li key={e.id}>
                      {latest
                        ? tr('plans.earlier.effectMeasured', {
                            title: e.title,
                            count: own.length,
                            value: `${formatValue(tr.locale, latest.value)} ${e.unit}`.trim(),
                            date: formatDate(tr.locale, latest.measuredAt),
                          })
                        : tr('plans.earlier.effect', { title: e.title })}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        ))
      )}
    </section>
  );
}
