import type { ReactElement } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { READER_CHANGES_PAGE, type Locale } from '@devplan/core/domain';
import { periodLabel } from '@devplan/core/format';
import { t } from '@devplan/core/i18n';
import { FollowUpStatusLabel, ShowMore, useShownItems } from '../common/index.js';
import type { InitiativeChange, ReaderModel } from './model.js';
import { initiativeHash } from './settings.js';

const useStyles = makeStyles({
  root: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalM,
    marginBlock: tokens.spacingVerticalM,
    '@media print': { breakInside: 'avoid' },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { marginBlock: tokens.spacingVerticalXS },
  detail: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  link: { color: tokens.colorBrandForegroundLink },
});

function ChangeDetail({
  change,
  locale,
  currentLabel,
}: {
  change: InitiativeChange;
  locale: Locale;
  currentLabel: string;
}) {
  const styles = useStyles();
  if (change.kind === 'new') {
    return (
      <span className={styles.detail}>
        <FollowUpStatusLabel status={change.current.status} locale={locale} />
        {t(locale, 'reader.changes.new', {
          status: t(locale, `followUpStatus.${change.current.status}`),
          progress: change.current.progress,
        })}
      </span>
    );
  }
  if (change.kind === 'notReported') {
    return (
      <span className={styles.detail}>
        {t(locale, 'reader.changes.notReported', { period: currentLabel })}
      </span>
    );
  }
  return (
    <span className={styles.detail}>
      <FollowUpStatusLabel status={change.current.status} locale={locale} />
      {change.status && (
        <span>
          {t(locale, 'reader.changes.status', {
            from: t(locale, `followUpStatus.${change.previous.status}`),
            to: t(locale, `followUpStatus.${change.current.status}`),
          })}
        </span>
      )}
      {change.progress && (
        <span>
          {t(locale, 'reader.changes.progress', {
            from: change.previous.progress,
            to: change.current.progress,
          })}
        </span>
      )}
    </span>
  );
}

/** "What changed since the last period": the shown initiatives whose approved status or progress moved. */
export function ChangesSection({ model, locale }: { model: ReaderModel; locale: Locale }): ReactElement {
  const styles = useStyles();
  const { currentPeriod, previousPeriod } = model;
  const current = currentPeriod ? periodLabel(locale, currentPeriod) : '';
  const previous = previousPeriod ? periodLabel(locale, previousPeriod) : '';
  const { hasPrevious } = model;
  // A page at a time, as the areas: a large plan can change in thousands of places.
  const list = useShownItems<(typeof model.changes)[number], HTMLUListElement>(
    model.changes,
    undefined,
    READER_CHANGES_PAGE,
    model.changeCount,
  );
  return (
    <section className={styles.root} aria-labelledby="devplan-changes-heading" data-testid="changes">
      <h3 id="devplan-changes-heading" className={styles.heading}>
        {t(locale, 'reader.changes.heading')}
      </h3>
      {!currentPeriod ? (
        <p>{t(locale, 'reader.changes.noPeriods')}</p>
      ) : (
        <>
          <p>
            {hasPrevious
              ? t(locale, 'reader.changes.intro', { current, previous })
              : t(locale, 'reader.changes.introFirst', { current })}
          </p>
          {model.changeCount === 0 ? (
            <p>{t(locale, 'reader.changes.none')}</p>
          ) : (
            <ul className={styles.list} ref={list.listRef}>
              {list.shown.map((item) => (
                <li key={item.initiative.id} className={styles.item}>
                  <a className={styles.link} href={initiativeHash(item.initiative.id)}>
                    {item.initiative.title}
                  </a>
                  {': '}
                  <ChangeDetail change={item.change!} locale={locale} currentLabel={current} />
                </li>
              ))}
            </ul>
          )}
          <ShowMore list={list} group={t(locale, 'reader.changes.heading')} locale={locale} />
        </>
      )}
    </section>
  );
}
