import { DECISION_STEPS, type Decision, type Locale, type Plan } from '@devplan/core/domain';
import { formatDate, formatNumber } from '@devplan/core/format';
import { t } from '@devplan/core/i18n';

/**
 * The decision of the plan's chain that gave it its status: the latest step recorded (the KS decision of an
 * approved plan), or undefined before the first.
 */
export function chainDecision(decisions: readonly Decision[]): Decision | undefined {
  const rank = (d: Decision) => (d.step ? DECISION_STEPS.indexOf(d.step) : -1);
  return decisions.filter((d) => rank(d) >= 0).sort((a, b) => rank(b) - rank(a))[0];
}

/** A decision as the web part and the tab write it: "Kommunstyrelsen (KS) 15 okt. 2025 § 301". */
export function decisionText(
  locale: Locale,
  decision: Pick<Decision, 'body' | 'date' | 'paragraph'>,
): string {
  return t(locale, 'reader.plan.decision', {
    body: decision.body,
    date: formatDate(locale, decision.date),
    paragraph: decision.paragraph,
  }).trim();
}

/**
 * The plan's case number and requested budget as the web part and the tab write them ("Diarienummer
 * STK-2025-1042", "Begärd budget 7 mnkr"); null for what the plan does not give.
 */
export function planFactTexts(
  locale: Locale,
  plan: Pick<Plan, 'caseNumber' | 'budgetRequested'>,
): { caseNumber: string | null; budget: string | null } {
  return {
    caseNumber: plan.caseNumber ? t(locale, 'reader.plan.caseNumber', { caseNumber: plan.caseNumber }) : null,
    budget:
      plan.budgetRequested === null
        ? null
        : t(locale, 'reader.plan.budget', { amount: formatNumber(locale, plan.budgetRequested) }),
  };
}
