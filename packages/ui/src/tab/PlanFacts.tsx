import type { Decision, Plan } from '@devplan/core/domain';
import { chainDecision, decisionText, planFactTexts } from '../common/index.js';
import { useT } from './i18n.js';
import { usePageStyles } from './styles.js';

/**
 * The plan's facts under its title in the tab, as the web part gives them: its status with the decision that
 * gave it ("Godkänd av kommunstyrelsen: Kommunstyrelsen (KS) 15 okt. 2025 § 301"), its case number, its
 * requested budget and how many initiatives it has; each a sentence, what the plan does not give left out.
 */
export function PlanFacts(props: { plan: Plan; decisions: readonly Decision[]; initiatives: number }) {
  const tr = useT();
  const styles = usePageStyles();
  const status = tr(`planStatus.${props.plan.status}`);
  const decision = chainDecision(props.decisions);
  const facts = planFactTexts(tr.locale, props.plan);
  const sentences = [
    decision ? tr('tab.overview.decided', { status, decision: decisionText(tr.locale, decision) }) : status,
    facts.caseNumber,
    facts.budget,
    tr('tab.overview.initiatives', { count: props.initiatives }),
  ];
  return (
    <p className={styles.text}>
      {sentences
        .filter((s): s is string => Boolean(s))
        .map((s) => `${s}.`)
        .join(' ')}
    </p>
  );
}
