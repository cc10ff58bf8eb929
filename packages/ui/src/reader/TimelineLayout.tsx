import type { ReactElement } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { monthNames } from '@devplan/core/format';
import { t } from '@devplan/core/i18n';
import { timelineText } from './format.js';
import { LatestStatus, type ReaderLayoutProps } from './layout.js';
import type { ReaderInitiative } from './model.js';
import { initiativeHash } from './settings.js';
import { ShowMore, useShownItems } from '../common/index.js';

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    margin: `${tokens.spacingVerticalM} 0`,
  },
  sub: {
    fontSize: tokens.fontSizeBase400,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}`,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(12rem, 20rem) 1fr',
    columnGap: tokens.spacingHorizontalM,
    // On a phone the initiative's name goes above its bar, so the year keeps the whole width (WCAG 1.4.10).
    '@media (max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  months: {
    display: 'grid',
    gridTemplateColumns: 'repeat(12, minmax(0, 1fr))',
    overflow: 'hidden',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    '& span': {
      paddingInlineStart: tokens.spacingHorizontalXXS,
      borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    },
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  row: {
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    alignItems: 'center',
    '@media print': { breakInside: 'avoid' },
  },
  label: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXXS,
  },
  link: { color: tokens.colorBrandForegroundLink, fontWeight: tokens.fontWeightSemibold },
  dates: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  track: {
    position: 'relative',
    height: '1.25rem',
    backgroundImage: `repeating-linear-gradient(to right, ${tokens.colorNeutralStroke2} 0 1px, transparent 1px calc(100% / 12))`,
  },
  bar: {
    position: 'absolute',
    top: '0.25rem',
    height: '0.75rem',
    minWidth: '4px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    border: `1px solid ${tokens.colorBrandStroke1}`,
    '@media print': { backgroundColor: '#444', printColorAdjust: 'exact' },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  undated: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const DAY = 24 * 60 * 60 * 1000;

/** Where an initiative's bar lies in the plan year, as percentages of the year; null without a timeline. */
export function barPosition(
  year: number,
  start: string | null,
  end: string | null,
): { left: number; width: number } | null {
  if (!start && !end) return null;
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1);
  const s = Math.max(from, start ? Date.parse(`${start}T00:00:00Z`) : from);
  const e = Math.min(to, end ? Date.parse(`${end}T00:00:00Z`) + DAY : to);
  if (Number.isNaN(s) || Number.isNaN(e) || e <= from || s >= to || e <= s) return null;
  const span = to - from;
  return { left: ((s - from) / span) * 100, width: ((e - s) / span) * 100 };
}

/**
 * The timeline layout: the initiatives over the plan year, a bar per initiative from its start to its end,
 * with the dates also written out (the bar repeats what the text says). Loaded on demand.
 */
export default function TimelineLayout({ model, locale, selected }: ReaderLayoutProps): ReactElement {
  const styles = useStyles();
  const year = model.view.plan.planYear;
  const dated = model.initiatives
    .map((item) => ({ item, bar: barPosition(year, item.initiative.start, item.initiative.end) }))
    .filter((d): d is { item: ReaderInitiative; bar: { left: number; width: number } } => d.bar !== null);
  const withBar = new Set(dated.map((d) => d.item));
  const undated = model.initiatives.filter((item) => !withBar.has(item));
  const list = useShownItems<(typeof dated)[number], HTMLOListElement>(
    dated,
    dated.findIndex((d) => d.item.initiative.id === selected),
  );
  const plan = model.view.plan.title;
  return (
    <section aria-labelledby="devplan-timeline-heading" data-testid="timeline">
      <h3 id="devplan-timeline-heading" className={styles.heading}>
        {t(locale, 'reader.timeline.heading', { year })}
      </h3>
      {dated.length === 0 ? (
        <p>{t(locale, 'reader.timeline.noneDated')}</p>
      ) : (
        <>
          <div className={styles.grid} aria-hidden="true">
            <span />
            <div className={styles.months}>
              {monthNames(locale).map((m) => (
                <span key={m}>{m}</span>
              ))}
            </div>
          </div>
          <ol className={styles.list} ref={list.listRef}>
            {list.shown.map(({ item, bar }) => (
              <li
                key={item.initiative.id}
                className={`${styles.grid} ${styles.row} ${selected === item.initiative.id ? styles.selected : ''}`}
                data-initiative={item.initiative.id}
              >
                <span className={styles.label}>
                  <a className={styles.link} href={initiativeHash(item.initiative.id)}>
                    {item.initiative.title}
                  </a>
                  <span className={styles.dates}>
                    {timelineText(locale, item.initiative.start, item.initiative.end)}
                  </span>
                  <LatestStatus item={item} locale={locale} />
                </span>
                <span className={styles.track} aria-hidden="true">
                  <span className={styles.bar} style={{ left: `${bar.left}%`, width: `${bar.width}%` }} />
                </span>
              </li>
            ))}
          </ol>
          <ShowMore list={list} group={plan} locale={locale} />
        </>
      )}
      {undated.length > 0 && (
        <>
          <h4 className={styles.sub}>{t(locale, 'reader.timeline.undated')}</h4>
          <ul className={styles.undated}>
            {undated.map((item) => (
              <li key={item.initiative.id} data-initiative={item.initiative.id}>
                <a className={styles.link} href={initiativeHash(item.initiative.id)}>
                  {item.initiative.title}
                </a>{' '}
                <LatestStatus item={item} locale={locale} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
