import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { TableScroll } from '../TableScroll.js';
import { useState } from 'react';
import {
  TERTIAL_SCHEME,
  type CloseCheckInitiative,
  type PeriodCloseCheck,
  type PeriodClosure,
  type PeriodRef,
  type Plan,
  type StoredReport,
} from '@devplan/core/domain';
import { formatDate, formatDateTime, periodLabel } from '@devplan/core/format';
import { ConfirmDialog } from '../ConfirmDialog.js';
import { useT } from '../i18n.js';
import { ErrorNotice, useOperation } from '../operation.js';
import { usePageStyles } from '../styles.js';
import type { ReportsPort } from '@devplan/core';
import { saveFile } from './save-file.js';
import { useCloseCheck } from './use-close-check.js';
import { usePeriods } from './use-periods.js';

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  // The close check: long lists scroll inside the dialog (focusable, so the keyboard scrolls it too).
  check: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalM,
    maxHeight: 'min(50vh, 24rem)',
    overflowY: 'auto',
    overflowWrap: 'anywhere',
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    outlineStyle: 'none',
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  checkList: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  checkStatus: { marginTop: tokens.spacingVerticalM },
});

/** `12 kB` from a byte count. */
function sizeText(tr: ReturnType<typeof useT>, bytes: number): string {
  return tr('reports.tab.size', { kb: Math.max(1, Math.round(bytes / 1024)) });
}

/**
 * Periods and reports: administrators see every period of the plan with Close (after a confirmation that
 * lists the initiatives without an approved follow-up and those waiting for approval, with progress) and an
 * Excel export; everyone sees the stored reports and downloads them with their own token.
 */
export function PeriodsView(props: { port: ReportsPort; plan: Plan }) {
  const tr = useT();
  const styles = usePageStyles();
  const { data, operation, reload } = usePeriods(props.port, props.plan.id);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>{tr('reports.tab.heading')}</h1>
      <p className={styles.text}>{tr('reports.tab.intro')}</p>
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorNotice error={operation.error} />
      {!data && operation.busy && <Spinner label={tr('reports.tab.loading')} />}
      {data && (
        <>
          {data.administrator ? (
            <PeriodsTable
              port={props.port}
              plan={props.plan}
              closures={data.closures}
              onClosed={(message) => {
                setNotice(message);
                void reload();
              }}
            />
          ) : (
            <p className={styles.text}>{tr('reports.tab.readerNote')}</p>
          )}
          <ReportsTable port={props.port} reports={data.reports} />
        </>
      )}
    </div>
  );
}

/** The plan's periods with their state, and Close and Export for administrators. */
function PeriodsTable(props: {
  port: ReportsPort;
  plan: Plan;
  closures: PeriodClosure[];
  onClosed(message: string): void;
}) {
  const tr = useT();
  const styles = usePageStyles();
  const own = useStyles();
  const operation = useOperation();
  const [asking, setAsking] = useState<PeriodRef | null>(null);
  const [working, setWorking] = useState<'closing' | 'exporting' | null>(null);
  const checking = useCloseCheck(props.port, props.plan.id, asking);
  const year = props.plan.planYear;
  const label = (period: string) => periodLabel(tr.locale, period);

  const close = async (period: PeriodRef) => {
    setWorking('closing');
    const done = await operation.run(() => props.port.closePeriod(props.plan.id, period));
    setWorking(null);
    setAsking(null);
    if (done) {
      const report = done.files.find((f) => f.kind === 'report');
      props.onClosed(
        tr('reports.tab.closed', {
          period: label(period.period),
          year: period.year,
          size: sizeText(tr, report?.size ?? 0),
        }),
      );
    }
  };
  const exportXlsx = async (period: PeriodRef) => {
    setWorking('exporting');
    const file = await operation.run(() => props.port.exportFollowUps(props.plan.id, period));
    setWorking(null);
    if (file) saveFile(file.name, file.blob);
  };

  return (
    <section className={styles.section} aria-labelledby="periods-heading">
      <h2 id="periods-heading" className={styles.subheading}>
        {tr('reports.tab.periods')}
      </h2>
      <ErrorNotice error={operation.error} />
      {working && (
        <Spinner
          size="small"
          role="status"
          label={tr(working === 'closing' ? 'reports.tab.closing' : 'reports.tab.exporting')}
        />
      )}
      <TableScroll label={tr('reports.tab.periods')}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.th} scope="col">
                {tr('reports.tab.column.period')}
              </th>
              <th className={styles.th} scope="col">
                {tr('reports.tab.column.state')}
              </th>
              <th className={styles.th} scope="col">
                {tr('reports.tab.column.approved')}
              </th>
              <th className={styles.th} scope="col">
                {tr('reports.tab.column.actions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {TERTIAL_SCHEME.periods.map(({ key }) => {
              const closure = props.closures.find((c) => c.periodYear === year && c.period === key);
              const name = periodLabel(tr.locale, { year, period: key });
              return (
                <tr key={key}>
                  <th className={styles.td} scope="row">
                    {name}
                  </th>
                  <td className={styles.td}>
                    {closure
                      ? closure.state === 'closed'
                        ? tr('reports.tab.closedOn', { date: formatDate(tr.locale, closure.closedAt) })
                        : tr('reports.closureState.closing')
                      : tr('reports.tab.open')}
                  </td>
                  <td className={styles.td}>{closure ? closure.followUpCount : '–'}</td>
                  <td className={styles.td}>
                    <div className={own.actions}>
                      {!closure && (
                        <Button
                          appearance="primary"
                          disabled={working !== null}
                          onClick={() => setAsking({ year, period: key })}
                        >
                          {tr('reports.tab.close', { period: name })}
                        </Button>
                      )}
                      <Button
                        disabled={working !== null}
                        onClick={() => void exportXlsx({ year, period: key })}
                      >
                        {tr('reports.tab.export', { period: name })}
                      </Button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <ConfirmDialog
        open={asking !== null}
        id="close-period"
        title={
          asking ? tr('reports.tab.confirmTitle', { period: label(asking.period), year: asking.year }) : ''
        }
        confirmLabel={tr('reports.tab.confirm')}
        busy={working === 'closing' || checking.loading}
        onConfirm={() => asking && void close(asking)}
        onCancel={() => (working ? undefined : setAsking(null))}
        details={
          checking.loading ? (
            <Spinner className={own.checkStatus} size="small" label={tr('reports.tab.check.loading')} />
          ) : checking.check ? (
            <CloseCheckLists check={checking.check} />
          ) : (
            <div className={own.checkStatus}>
              <ErrorNotice error={checking.error} />
            </div>
          )
        }
      >
        <p className={styles.text}>{tr('reports.tab.confirmText')}</p>
        {working === 'closing' && <Spinner size="small" label={tr('reports.tab.closing')} />}
      </ConfirmDialog>
    </section>
  );
}

/**
 * What the close would leave out, in the close dialog: the initiatives without an approved follow-up and
 * those waiting for approval, each list under a heading with its count (or a sentence when it is empty).
 */
function CloseCheckLists(props: { check: PeriodCloseCheck }) {
  const tr = useT();
  const own = useStyles();
  return (
    <div className={own.check} role="region" aria-label={tr('reports.tab.check.label')} tabIndex={0}>
      <CheckList
        id="close-period-without-approved"
        heading={tr('reports.tab.check.withoutApproved', { count: props.check.withoutApproved.length })}
        empty={tr('reports.tab.check.withoutApprovedNone')}
        initiatives={props.check.withoutApproved}
      />
      <CheckList
        id="close-period-waiting"
        heading={tr('reports.tab.check.waiting', { count: props.check.waiting.length })}
        empty={tr('reports.tab.check.waitingNone')}
        initiatives={props.check.waiting}
      />
    </div>
  );
}

/** One list of the close check: a heading with the count, then the initiatives' titles or `empty`. */
function CheckList(props: {
  id: string;
  heading: string;
  empty: string;
  initiatives: readonly CloseCheckInitiative[];
}) {
  const styles = usePageStyles();
  const own = useStyles();
  return (
    <div className={own.checkList}>
      <h3 id={props.id} className={styles.minor}>
        {props.heading}
      </h3>
      {props.initiatives.length === 0 ? (
        <p className={styles.text}>{props.empty}</p>
      ) : (
        <ul className={styles.list} aria-labelledby={props.id}>
          {props.initiatives.map((i) => (
            <li key={i.id}>{i.title}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The stored reports, each downloadable with the signed-in person's own token. */
function ReportsTable(props: { port: ReportsPort; reports: StoredReport[] }) {
  const tr = useT();
  const styles = usePageStyles();
  const operation = useOperation();
  const [fetching, setFetching] = useState<number | null>(null);

  const download = async (report: StoredReport) => {
    setFetching(report.id);
    const file = await operation.run(() => props.port.download(report));
    setFetching(null);
    if (file) saveFile(file.name, file.blob);
  };

  return (
    <section className={styles.section} aria-labelledby="reports-heading">
      <h2 id="reports-heading" className={styles.subheading}>
        {tr('reports.tab.reports')}
      </h2>
      <ErrorNotice error={operation.error} />
      {fetching !== null && <Spinner size="small" role="status" label={tr('reports.tab.downloading')} />}
      {props.reports.length === 0 ? (
        <p className={styles.text}>{tr('reports.tab.noReports')}</p>
      ) : (
        <TableScroll label={tr('reports.tab.reports')}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={styles.th} scope="col">
                  {tr('reports.tab.column.file')}
                </th>
                <th className={styles.th} scope="col">
                  {tr('reports.tab.column.kind')}
                </th>
                <th className={styles.th} scope="col">
                  {tr('reports.tab.column.period')}
                </th>
                <th className={styles.th} scope="col">
                  {tr('reports.tab.column.caseNumber')}
                </th>
                <th className={styles.th} scope="col">
                  {tr('reports.tab.column.created')}
                </th>
              </tr>
            </thead>
            <tbody>
              {props.reports.map((report) => (
                <tr key={report.id}>
                  <td className={styles.td}>
                    <Button
                      appearance="subtle"
                      disabled={fetching !== null}
                      onClick={() => void download(report)}
                    >
                      {tr('reports.tab.download', { name: report.name })} ({sizeText(tr, report.size)})
                    </Button>
                  </td>
                  <td className={styles.td}>{tr(`reports.kind.${report.kind}`)}</td>
                  <td className={styles.td}>
                    {report.period
                      ? periodLabel(
                          tr.locale,
                          report.periodYear
                            ? { year: report.periodYear, period: report.period }
                            : report.period,
                        )
                      : ''}
                  </td>
                  <td className={styles.td}>{report.caseNumber}</td>
                  <td className={styles.td}>{formatDateTime(tr.locale, report.created)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
