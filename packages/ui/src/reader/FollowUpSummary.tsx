import type { ReactElement } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Locale, PublishedFollowUp } from '@devplan/core/domain';
import { formatDate, periodLabel } from '@devplan/core/format';
import { t } from '@devplan/core/i18n';
import { FollowUpStatusLabel, ProgressMeter } from '../common/index.js';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  summary: { marginBlock: tokens.spacingVerticalXS, whiteSpace: 'pre-line' },
});

/** The latest approved follow-up of an initiative: period, status (icon and text), progress and summary. */
export function FollowUpSummary({
  followUp,
  locale,
}: {
  followUp: PublishedFollowUp | undefined;
  locale: Locale;
}): ReactElement {
  const styles = useStyles();
  if (!followUp) return <p className={styles.meta}>{t(locale, 'reader.followUp.none')}</p>;
  return (
    <div data-testid="follow-up">
      <div className={styles.row}>
        <span>{periodLabel(locale, { year: followUp.periodYear, period: followUp.period })}</span>
        <FollowUpStatusLabel
          status={followUp.status}
          locale={locale}
          srPrefix={t(locale, 'reader.followUp.status')}
        />
        <ProgressMeter
          value={followUp.progress}
          label={t(locale, 'reader.followUp.progress')}
          valueText={t(locale, 'reader.followUp.progressValue', { progress: followUp.progress })}
        />
        {followUp.approvedAt && (
          <span className={styles.meta}>
            {t(locale, 'reader.followUp.approvedAt', { date: formatDate(locale, followUp.approvedAt) })}
          </span>
        )}
      </div>
      {followUp.summary && <p className={styles.summary}>{followUp.summary}</p>}
    </div>
  );
}
