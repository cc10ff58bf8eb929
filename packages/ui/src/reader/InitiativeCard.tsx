import type { ReactElement } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Locale } from '@devplan/core/domain';
import { t } from '@devplan/core/i18n';
import { InitiativeStatusLabel } from '../common/index.js';
import { EffectsList } from './EffectsList.js';
import { FollowUpSummary } from './FollowUpSummary.js';
import { timelineText } from './format.js';
import type { ReaderInitiative } from './model.js';
import { initiativeHash, type ReaderSection } from './settings.js';
import { initiativeElementId } from './useDeepLink.js';
import type { OnDemandStatus } from './usePlanView.js';

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalM,
    marginBlockEnd: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    scrollMarginTop: '4rem',
    // A card off screen is laid out and painted only when it comes near (it stays in the accessibility tree and
    // in find-in-page); a plan of thousands shows hundreds of cards before "show more".
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 18rem',
    ':focus': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
    '@media print': { breakInside: 'avoid', border: '1px solid #000', contentVisibility: 'visible' },
  },
  selected: { boxShadow: `0 0 0 3px ${tokens.colorBrandStroke1}` },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    marginBlock: tokens.spacingVerticalS,
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: 0 },
  },
  sub: {
    fontSize: tokens.fontSizeBase300,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  link: { color: tokens.colorBrandForegroundLink, '@media print': { display: 'none' } },
  activities: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Props of an initiative card. */
export interface InitiativeCardProps {
  item: ReaderInitiative;
  locale: Locale;
  sections: readonly ReaderSection[];
  /** True when a deep link points here. */
  selected?: boolean;
  /** Heading level of the initiative's title (4 inside an area, 3 when shown alone). */
  level?: 3 | 4;
  /** Where the plan's activities stand (read after the first paint past the list view threshold). */
  activities?: OnDemandStatus;
}

/**
 * One initiative as readers see it: title, status, goal, owner, timeline, the latest approved follow-up, its
 * effects and activities (as the editor chose), and a link that points straight at it.
 */
export function InitiativeCard({
  item,
  locale,
  sections,
  selected,
  level = 4,
  activities = 'ready',
}: InitiativeCardProps): ReactElement {
  const styles = useStyles();
  const { initiative } = item;
  const Title = `h${level}` as 'h3' | 'h4';
  const Sub = `h${level + 1}` as 'h4' | 'h5';
  const headingId = `${initiativeElementId(initiative.id)}-title`;
  const timeline = timelineText(locale, initiative.start, initiative.end);
  return (
    <article
      id={initiativeElementId(initiative.id)}
      className={mergeClasses(styles.card, selected && styles.selected)}
      aria-labelledby={headingId}
      tabIndex={-1}
      data-initiative={initiative.id}
    >
      <div className={styles.header}>
        <Title id={headingId} className={styles.title}>
          {initiative.title}
        </Title>
        <InitiativeStatusLabel
          status={initiative.status}
          locale={locale}
          srPrefix={t(locale, 'reader.table.status')}
        />
      </div>
      <dl className={styles.facts}>
        <dt>{t(locale, 'reader.initiative.goal')}</dt>
        <dd className={initiative.goal ? undefined : styles.muted}>
          {initiative.goal || t(locale, 'reader.initiative.noGoal')}
        </dd>
        <dt>{t(locale, 'reader.initiative.owner')}</dt>
        <dd className={initiative.owner ? undefined : styles.muted}>
          {initiative.owner?.title ?? t(locale, 'reader.initiative.noOwner')}
        </dd>
        <dt>{t(locale, 'reader.initiative.timeline')}</dt>
        <dd className={timeline ? undefined : styles.muted}>
          {timeline ?? t(locale, 'reader.initiative.noTimeline')}
        </dd>
      </dl>
      {sections.includes('followUp') && (
        <div>
          <Sub className={styles.sub}>{t(locale, 'reader.followUp.heading')}</Sub>
          <FollowUpSummary followUp={item.latest} locale={locale} />
        </div>
      )}
      {sections.includes('effects') && (
        <div>
          <Sub className={styles.sub}>{t(locale, 'reader.effects.heading')}</Sub>
          <EffectsList effects={item.effects} locale={locale} />
        </div>
      )}
      {sections.includes('activities') && (activities !== 'ready' || item.activities.length > 0) && (
        <div>
          <Sub className={styles.sub}>{t(locale, 'reader.initiative.activities')}</Sub>
          {activities === 'ready' ? (
            <ul className={styles.activities}>
              {item.activities.map((a) => (
                <li key={a.id}>{a.title}</li>
              ))}
            </ul>
          ) : (
            <p className={styles.muted} role={activities === 'failed' ? 'note' : undefined}>
              {t(locale, `reader.initiative.activities.${activities}`)}
            </p>
          )}
        </div>
      )}
      <p>
        <a
          className={styles.link}
          href={initiativeHash(initiative.id)}
          aria-label={t(locale, 'reader.initiative.linkLabel', { title: initiative.title })}
        >
          {t(locale, 'reader.initiative.link')}
        </a>
      </p>
    </article>
  );
}
