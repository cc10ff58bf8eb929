import {
  adaptiveCard,
  formatDateTime,
  periodLabel,
  shortenText,
  t,
  type AdaptiveCardJson,
  type CardElement,
  type Locale,
} from '@devplan/core';
import type { RecordedDecision } from './decision-service.js';

/** The longest summary and comment the answer card repeats (the decided card that replaces it shows more). */
const TEXT_SHOWN = 500;

/**
 * The card that answers a click once its decision is recorded (the commit point), built from what the checks
 * read, without another SharePoint request: the follow-up's initiative, period and summary, who decided what,
 * that it is recorded, and that the card is replaced for everyone once the decision is completed (State,
 * publication, audit). No buttons and no `refresh`: the replacing message update is what the approver sees
 * next.
 */
export function recordedDecisionCard(
  recorded: Pick<RecordedDecision, 'decision' | 'followUp' | 'initiativeTitle'>,
  deciderName: string,
  locale: Locale,
): AdaptiveCardJson {
  const { decision, followUp } = recorded;
  const L = (key: Parameters<typeof t>[1], params?: Record<string, string | number>) =>
    t(locale, key, params);
  const period = periodLabel(locale, { year: followUp.periodYear, period: followUp.period });
  const items: CardElement[] = [
    {
      type: 'TextBlock',
      id: 'outcome',
      text: L('approvals.card.decided', {
        decision: L(`approvals.decision.${decision.decision}`),
        name: deciderName,
        at: formatDateTime(locale, decision.decidedAt),
      }),
      wrap: true,
      weight: 'Bolder',
    },
  ];
  if (decision.comment) {
    items.push({
      type: 'TextBlock',
      text: L('approvals.card.decisionComment', {
        comment: shortenText(decision.comment, TEXT_SHOWN).text,
      }),
      wrap: true,
    });
  }
  items.push({
    type: 'TextBlock',
    id: 'recorded',
    text: L('approvals.card.recorded'),
    wrap: true,
    isSubtle: true,
  });
  return adaptiveCard(
    [
      {
        type: 'TextBlock',
        text: L('approvals.card.titleDecided'),
        style: 'heading',
        weight: 'Bolder',
        size: 'Medium',
        wrap: true,
      },
      { type: 'TextBlock', text: recorded.initiativeTitle, weight: 'Bolder', wrap: true },
      {
        type: 'FactSet',
        id: 'facts',
        facts: [{ title: L('approvals.card.period'), value: period }],
      },
      { type: 'TextBlock', text: L('approvals.card.summary'), weight: 'Bolder', spacing: 'Medium' },
      {
        type: 'TextBlock',
        id: 'summary',
        text: shortenText(followUp.summary || L('approvals.card.empty'), TEXT_SHOWN).text,
        wrap: true,
      },
      {
        type: 'Container',
        id: 'decision',
        style: decision.decision === 'approved' ? 'good' : 'warning',
        items,
        separator: true,
      },
    ],
    {
      fallbackText: `${L('approvals.card.titleDecided')}: ${recorded.initiativeTitle} (${period})`,
      msteams: { width: 'full' },
    },
  );
}
