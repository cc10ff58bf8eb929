import type { ReactElement } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { periodLabel } from '@devplan/core/format';
import { t } from '@devplan/core/i18n';
import { timelineText } from './format.js';
import { LatestStatus, type ReaderLayoutProps } from './layout.js';
import type { ReaderInitiative } from './model.js';
import { ShowMore, useShownItems } from '../common/index.js';
import { initiativeHash } from './settings.js';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', '@media print': { overflowX: 'visible' } },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase300,
    '& th, & td': {
      textAlign: 'left',
      verticalAlign: 'top',
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
    '& thead th': { borderBottom: `2px solid ${tokens.colorNeutralStroke1}`, whiteSpace: 'nowrap' },
    '& tbody tr:focus': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    '@media print': { fontSize: '10pt', '& tr': { breakInside: 'avoid' } },
  },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingBlock: tokens.spacingVerticalS,
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  link: { color: tokens.colorBrandForegroundLink, fontWeight: tokens.fontWeightSemibold },
  number: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * The table layout: one row per initiative with area, owner, timeline, status and latest approved progress
 * (loaded on demand: the overview is the default).
 */
export default function TableLayout({ model, locale, selected }: ReaderLayoutProps): ReactElement {
  const styles = useStyles();
  const none = t(locale, 'reader.table.none');
  const list = useShownItems<ReaderInitiative, HTMLTableSectionElement>(
    model.initiatives,
    model.initiatives.findIndex((item) => item.initiative.id === selected),
  );
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>
          {t(locale, 'reader.table.caption', { plan: model.view.plan.title })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t(locale, 'reader.table.initiative')}</th>
            <th scope="col">{t(locale, 'reader.table.area')}</th>
            <th scope="col">{t(locale, 'reader.table.owner')}</th>
            <th scope="col">{t(locale, 'reader.table.timeline')}</th>
            <th scope="col">{t(locale, 'reader.table.status')}</th>
            <th scope="col">{t(locale, 'reader.table.progress')}</th>
            <th scope="col">{t(locale, 'reader.table.period')}</th>
          </tr>
        </thead>
        <tbody ref={list.listRef}>
          {list.shown.map(({ initiative, area, latest }) => (
            <tr
              key={initiative.id}
              className={selected === initiative.id ? styles.selected : undefined}
              data-initiative={initiative.id}
            >
              <th scope="row">
                <a className={styles.link} href={initiativeHash(initiative.id)}>
                  {initiative.title}
                </a>
              </th>
              <td>{area?.title ?? none}</td>
              <td className={initiative.owner ? undefined : styles.muted}>
                {initiative.owner?.title ?? none}
              </td>
              <td className={styles.number}>
                {timelineText(locale, initiative.start, initiative.end) ?? none}
              </td>
              <td>
                <LatestStatus item={{ initiative, latest }} locale={locale} />
              </td>
              <td className={styles.number}>
                {latest ? t(locale, 'reader.followUp.progressValue', { progress: latest.progress }) : none}
              </td>
              <td className={styles.number}>
                {latest ? periodLabel(locale, { year: latest.periodYear, period: latest.period }) : none}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore list={list} group={model.view.plan.title} locale={locale} />
    </div>
  );
}
