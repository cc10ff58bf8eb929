import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useState, type ReactElement, type ReactNode } from 'react';
import type { Locale } from '@devplan/core/domain';
import { t } from '@devplan/core/i18n';
import type { ChartTable } from './describe.js';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  figure: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  chart: { minHeight: '240px', maxWidth: '100%', overflowX: 'auto' },
  caption: { color: tokens.colorNeutralForeground2, maxWidth: '60rem' },
  toggle: {
    alignSelf: 'flex-start',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
    '@media print': { display: 'none' },
  },
  table: { borderCollapse: 'collapse', width: '100%', maxWidth: '60rem' },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tableCaption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingBlock: tokens.spacingVerticalXS,
  },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** A data table that stands in for a chart: in a visually hidden box (screen readers read it) until shown. */
export function DataTable(props: { id: string; table: ChartTable; shown: boolean }): ReactElement {
  const styles = useStyles();
  const { table } = props;
  return (
    <div id={props.id} className={props.shown ? undefined : styles.hidden} data-shown={props.shown}>
      <table className={styles.table}>
        <caption className={styles.tableCaption}>{table.caption}</caption>
        <thead>
          <tr>
            {table.headers.map((h, i) => (
              <th key={i} scope="col" className={styles.cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className={styles.cell}>
                    {cell}
                  </th>
                ) : (
                  <td key={c} className={styles.cell}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Props of a chart with its text alternative. */
export interface ChartFigureProps {
  /** Unique id stem (headings and the table are found by it). */
  id: string;
  locale: Locale;
  heading: string;
  /** Heading level of the section (2 in the tab's page, 3 under the web part's plan heading). */
  level: 2 | 3 | 4;
  /** One or two sentences saying what the chart shows: the figure's accessible description. */
  summary: string;
  table: ChartTable;
  /** The chart itself (usually lazily loaded). */
  children: ReactNode;
}

/**
 * A chart with its text alternative: a section with a heading, the chart in a figure labelled by the heading
 * and described by a one-sentence summary (its caption), and the chart's data as a table that screen
 * readers always reach and anyone can show with the "Show as table" button.
 */
export function ChartFigure(props: ChartFigureProps): ReactElement {
  const styles = useStyles();
  const [shown, setShown] = useState(false);
  const Heading = `h${props.level}` as 'h2';
  const headingId = `${props.id}-heading`;
  const tableId = `${props.id}-table`;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-chart={props.id}>
      <Heading id={headingId} className={styles.heading}>
        {props.heading}
      </Heading>
      <figure className={styles.figure} aria-labelledby={headingId} aria-describedby={`${props.id}-summary`}>
        <div className={styles.chart}>
          <Suspense fallback={<p>{t(props.locale, 'dashboard.chartLoading')}</p>}>{props.children}</Suspense>
        </div>
        <figcaption id={`${props.id}-summary`} className={styles.caption}>
          {props.summary}
        </figcaption>
      </figure>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={shown}
        aria-controls={tableId}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? t(props.locale, 'dashboard.hideTable') : t(props.locale, 'dashboard.showTable')}
      </button>
      <DataTable id={tableId} table={props.table} shown={shown} />
    </section>
  );
}
