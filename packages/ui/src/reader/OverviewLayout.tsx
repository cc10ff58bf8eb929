import type { ReactElement } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { READER_PAGE, type Locale } from '@devplan/core/domain';
import { t } from '@devplan/core/i18n';
import { InitiativeCard } from './InitiativeCard.js';
import type { OnDemandStatus } from './usePlanView.js';
import type { ReaderInitiative, ReaderModel } from './model.js';
import { ShowMore, useShownItems } from '../common/index.js';
import type { ReaderSection } from './settings.js';

const useStyles = makeStyles({
  area: { marginBlock: tokens.spacingVerticalL },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
  },
  longTerm: {
    borderLeft: `4px solid ${tokens.colorBrandStroke2}`,
    paddingInlineStart: tokens.spacingHorizontalM,
    marginBlockEnd: tokens.spacingVerticalM,
    maxWidth: '60rem',
  },
  longTermLabel: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  longTermText: { margin: 0, whiteSpace: 'pre-line' },
  grid: {
    display: 'grid',
    // One column when the space is narrower than a card (a phone, 320 px: WCAG 1.4.10 reflow).
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(22rem, 100%), 1fr))',
    columnGap: tokens.spacingHorizontalM,
    '@media print': { display: 'block' },
  },
});

/** The overview layout: each focus area with its long-term shift and its initiatives as cards. */
export function OverviewLayout({
  model,
  locale,
  sections,
  selected,
  activities = 'ready',
}: {
  model: ReaderModel;
  locale: Locale;
  sections: readonly ReaderSection[];
  selected: number | null;
  /** Where the activities stand (read after the first paint past the list view threshold). */
  activities?: OnDemandStatus;
}): ReactElement {
  return (
    <>
      {model.areas.map(({ area, initiatives, count }) => (
        <AreaCards
          key={area.id}
          area={area}
          initiatives={initiatives}
          count={count}
          locale={locale}
          sections={sections}
          selected={selected}
          activities={activities}
        />
      ))}
    </>
  );
}

/**
 * One focus area: its long-term shift and its initiatives as cards, `READER_PAGE` at a time (the deep link's always
 * shown).
 */
function AreaCards({
  area,
  initiatives,
  count,
  locale,
  sections,
  selected,
  activities,
}: ReaderModel['areas'][number] & {
  locale: Locale;
  sections: readonly ReaderSection[];
  selected: number | null;
  activities: OnDemandStatus;
}): ReactElement {
  const styles = useStyles();
  const list = useShownItems<ReaderInitiative, HTMLDivElement>(
    initiatives,
    initiatives.findIndex((item) => item.initiative.id === selected),
    READER_PAGE,
    count,
  );
  return (
    <section className={styles.area} aria-labelledby={`devplan-area-${area.id}`}>
      <h3 id={`devplan-area-${area.id}`} className={styles.heading}>
        {area.title}
      </h3>
      {sections.includes('longTerm') && area.longTermShift && (
        <div className={styles.longTerm}>
          <p className={styles.longTermLabel}>{t(locale, 'reader.area.longTerm')}</p>
          <p className={styles.longTermText}>{area.longTermShift}</p>
        </div>
      )}
      <div className={styles.grid} ref={list.listRef}>
        {list.shown.map((item) => (
          <InitiativeCard
            key={item.initiative.id}
            item={item}
            locale={locale}
            sections={sections}
            selected={selected === item.initiative.id}
            activities={activities}
          />
        ))}
      </div>
      <ShowMore list={list} group={area.title} locale={locale} />
    </section>
  );
}
