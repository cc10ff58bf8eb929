import { Checkbox, Link, Spinner } from '@fluentui/react-components';
import { TableScroll } from '../TableScroll.js';
import { useEffect, useMemo, useState } from 'react';
import { buildLedger, type LedgerRow } from '@devplan/core/domain';
import { formatDate } from '@devplan/core/format';
import { formatValue } from '../../dashboard/index.js';
import { useOverview } from '../data.js';
import { useT } from '../i18n.js';
import { ErrorNotice, useOperation } from '../operation.js';
import { PageHeading } from '../PageHeading.js';
import type { EffectLedgerData } from '@devplan/core';
import { today } from '../readiness.js';
import { routeHash } from '../route.js';
import { usePageStyles } from '../styles.js';
import { DueLabel } from './DueLabel.js';

/**
 * The effect ledger: every effect of every plan (effects live on after their plan year) with its latest
 * measurement, target and when the next measurement is due, overdue ones first; one request.
 */
export function EffectLedger() {
  const tr = useT();
  const styles = usePageStyles();
  const { port, plan } = useOverview();
  const operation = useOperation();
  const [data, setData] = useState<EffectLedgerData | null>(null);
  const [onlyDue, setOnlyDue] = useState(false);
  const { run } = operation;

  useEffect(() => {
    void run(async () => setData(await port.effectLedger()));
  }, [port, run]);

  const rows = useMemo<LedgerRow[]>(() => (data ? buildLedger({ ...data, today: today() }) : []), [data]);
  const shown = onlyDue ? rows.filter((r) => r.due.state === 'due' || r.due.state === 'overdue') : rows;
  const none = tr('effects.ledger.none');

  return (
    <div className={styles.page}>
      <PageHeading>{tr('effects.ledger.heading')}</PageHeading>
      <p className={styles.text}>{tr('effects.ledger.intro')}</p>
      <ErrorNotice error={operation.error} />
      {!data && !operation.error && <Spinner label={tr('effects.ledger.loading')} />}
      {data && rows.length === 0 && <p className={styles.text}>{tr('effects.ledger.empty')}</p>}
      {data && rows.length > 0 && (
        <>
          <Checkbox
            checked={onlyDue}
            onChange={(_, d) => setOnlyDue(d.checked === true)}
            label={tr('effects.ledger.onlyDue')}
          />
          <p className={styles.text} role="status">
            {tr('effects.ledger.count', {
              shown: shown.length,
              total: rows.length,
              overdue: rows.filter((r) => r.due.state === 'overdue').length,
              due: rows.filter((r) => r.due.state === 'due').length,
            })}
          </p>
          <TableScroll label={tr('effects.ledger.caption')}>
            <table className={styles.table}>
              <caption className={styles.visuallyHidden}>{tr('effects.ledger.caption')}</caption>
              <thead>
                <tr>
                  {(['effect', 'plan', 'initiative', 'latest', 'target', 'due', 'state'] as const).map(
                    (c) => (
                      <th key={c} scope="col" className={styles.th}>
                        {tr(`effects.ledger.col.${c}`)}
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => {
                  const latest = r.due.latest;
                  const unit = r.effect.unit;
                  return (
                    <tr key={r.effect.id} data-ledger-effect={r.effect.id}>
                      <th scope="row" className={styles.td}>
                        {r.effect.planId === plan.id ? (
                          <Link href={routeHash({ page: 'initiative', id: r.effect.initiativeId })}>
                            {r.effect.title}
                          </Link>
                        ) : (
                          r.effect.title
                        )}
                      </th>
                      <td className={styles.td}>
                        {r.planYear === null
                          ? none
                          : r.sinceYear === null
                            ? r.planYear
                            : tr('effects.ledger.since', { year: r.planYear, since: r.sinceYear })}
                      </td>
                      <td className={styles.td}>{r.initiativeTitle || none}</td>
                      <td className={styles.td}>
                        {latest
                          ? `${formatValue(tr.locale, latest.value)} ${unit} (${formatDate(tr.locale, latest.measuredAt)})`
                          : none}
                      </td>
                      <td className={styles.td}>
                        {r.effect.target === null
                          ? none
                          : `${formatValue(tr.locale, r.effect.target)} ${unit}${
                              r.effect.targetDate ? ` (${formatDate(tr.locale, r.effect.targetDate)})` : ''
                            }`}
                      </td>
                      <td className={styles.td}>{formatDate(tr.locale, r.due.nextDue) || none}</td>
                      <td className={styles.td}>
                        <DueLabel due={r.due} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </div>
  );
}
