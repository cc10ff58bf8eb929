import type { ReactElement } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Locale, Plan, Decision } from '@devplan/core/domain';
import { t } from '@devplan/core/i18n';
import { decisionText, planFactTexts, StatusLabel } from '../common/index.js';

const useStyles = makeStyles({
  title: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
  },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
  summary: { maxWidth: '60rem', whiteSpace: 'pre-line' },
  sub: {
    fontSize: tokens.fontSizeBase400,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  decisions: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** The plan's heading: its title, status in the decision chain, case number, budget and (optionally) decisions. */
export function PlanHeader({
  plan,
  decisions,
  title,
  showDecisions,
  locale,
}: {
  plan: Plan;
  decisions: readonly Decision[];
  /** The web part's own heading; the plan title when empty. */
  title?: string;
  showDecisions: boolean;
  locale: Locale;
}): ReactElement {
  const styles = useStyles();
  const approved = plan.status === 'approved' || plan.status === 'closed';
  const facts = planFactTexts(locale, plan);
  return (
    <header>
      <h2 className={styles.title}>{title || plan.title}</h2>
      <div className={styles.facts}>
        {title && <span>{plan.title}</span>}
        <StatusLabel
          tone={approved ? 'success' : 'info'}
          icon={approved ? 'check' : 'flag'}
          text={t(locale, `planStatus.${plan.status}`)}
        />
        {facts.caseNumber && <span>{facts.caseNumber}</span>}
        {facts.budget && <span>{facts.budget}</span>}
      </div>
      {plan.summary && <p className={styles.summary}>{plan.summary}</p>}
      {showDecisions && decisions.length > 0 && (
        <>
          <h3 className={styles.sub}>{t(locale, 'reader.plan.decisions')}</h3>
          <ul className={styles.decisions}>
            {decisions.map((d) => (
              <li key={d.id}>
                {decisionText(locale, d)}
                {d.outcome ? `: ${d.outcome}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </header>
  );
}
