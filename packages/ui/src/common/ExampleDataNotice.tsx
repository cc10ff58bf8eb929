import type { ReactElement } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Locale, Plan } from '@devplan/core/domain';
import { t } from '@devplan/core/i18n';

const useStyles = makeStyles({
  notice: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    margin: `${tokens.spacingVerticalS} 0`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  badge: {
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralForeground1,
    color: tokens.colorNeutralBackground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  text: { minWidth: 0, overflowWrap: 'anywhere' },
});

/**
 * The mark every view of a plan shows while the plan's site holds example data (`plan.exampleData`, written
 * only by `npm start`'s example-data mode): an "Exempeldata" badge and what in the plan is invented. Nothing
 * when the plan holds none. Shared by the tab and the intranet reader (web part and web component).
 */
export function ExampleDataNotice(props: {
  plan: Pick<Plan, 'exampleData'>;
  locale: Locale;
  className?: string;
}): ReactElement | null {
  const styles = useStyles();
  if (!props.plan.exampleData) return null;
  return (
    <p role="note" className={mergeClasses(styles.notice, props.className)} data-example-data="">
      <strong className={styles.badge}>{t(props.locale, 'exampleData.badge')}</strong>
      <span className={styles.text}>{t(props.locale, 'exampleData.notice')}</span>
    </p>
  );
}
