import type { Localized, Locale } from '../domain/common/types.js';
import type { DecisionOutcome, PublishedFollowUp } from '../domain/approval/approval.js';
import type { FollowUp } from '../domain/follow-up/follow-up.js';
import { formatDateTime } from '../format/date.js';
import { periodLabel } from '../format/period.js';
import { t } from '../i18n/translate.js';
import { cardFooter, fitCard, shortenText } from './budget.js';
import { adaptiveCard, type AdaptiveCardJson, type CardElement, type ExecuteAction } from './types.js';

/** The verbs of the approval card's `Action.Execute` actions. */
export const CARD_VERBS = { refresh: 'refresh', approve: 'approve', sendBack: 'sendBack' } as const;
/** A verb of the approval card. */
export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];

/** What the card's actions carry: which follow-up version, and the app's signature over both. */
export interface CardData {
  followUpId: number;
  version: number;
  /** HMAC by the app over `followUpId@version`; a card whose data was altered fails the check. */
  sig: string;
}

/** Everything a card shows: real context, read by the app when it builds the card. */
export interface ApprovalCardModel {
  locale: Locale;
  plan: { title: string; caseNumber: string; planYear: number };
  areaTitle: string;
  initiativeTitle: string;
  followUp: Pick<
    FollowUp,
    'id' | 'periodYear' | 'period' | 'status' | 'progress' | 'summary' | 'risks' | 'nextSteps' | 'state'
  > & { version: number };
  submittedByName: string;
  /** The latest approved (published) follow-up of the initiative before this one, or null. */
  previous:
    | (Pick<PublishedFollowUp, 'periodYear' | 'period' | 'status' | 'progress' | 'risks'> &
        Partial<Pick<PublishedFollowUp, 'summary'>>)
    | null;
  /** Decision readiness of the initiative, 0–100. */
  readinessScore: number;
  approverName: string;
  decision: { outcome: DecisionOutcome; byName: string; at: string; comment: string } | null;
  data: CardData;
  /** Teams user ids (MRIs) whose clients fetch their own view with `refresh`: the approver and deputies. */
  refreshUserIds: string[];
  /** A line above the card: a reminder, an escalation. */
  note?: string;
  /** A message to the person who acted (a refusal), shown at the top of their view. */
  message?: Localized;
  /** Where the follow-up opens in the tab (a Teams deep link, or the tab's URL standalone); none: no link. */
  openUrl?: string;
}

/** Which view of the card: the status everyone sees, or the approver's view with the actions. */
export type CardView = 'status' | 'approver';

const text = (value: string, locale: Locale) => (value.trim() ? value : t(locale, 'approvals.card.empty'));

/** What changed since the last approved follow-up: status, progress and risks, as readable lines. */
export function changesSincePrevious(
  model: Pick<ApprovalCardModel, 'locale' | 'followUp' | 'previous'>,
): string[] {
  const { locale, followUp, previous } = model;
  if (!previous) return [t(locale, 'approvals.card.noPrevious')];
  const lines: string[] = [];
  const change = (field: string, from: string, to: string) => {
    if (from !== to) lines.push(t(locale, 'approvals.card.change', { field, from, to }));
  };
  change(
    t(locale, 'approvals.card.status'),
    t(locale, `followUpStatus.${previous.status}`),
    t(locale, `followUpStatus.${followUp.status}`),
  );
  change(t(locale, 'approvals.card.progress'), `${previous.progress} %`, `${followUp.progress} %`);
  change(t(locale, 'approvals.card.risks'), text(previous.risks, locale), text(followUp.risks, locale));
  // The summary is too long to show twice: only that it changed (it is shown in full above).
  if (previous.summary !== undefined && previous.summary.trim() !== followUp.summary.trim())
    lines.push(t(locale, 'approvals.card.summaryChanged'));
  return lines.length ? lines : [t(locale, 'approvals.card.noChanges')];
}

function action(
  verb: CardVerb,
  data: CardData,
  title?: string,
  extra: Partial<ExecuteAction> = {},
): ExecuteAction {
  return { type: 'Action.Execute', verb, data: { ...data }, ...(title ? { title } : {}), ...extra };
}

/**
 * Builds the approval card (Adaptive Cards 1.5, Universal Actions). The `status` view is what everyone sees
 * and carries the `refresh` that lets the approver's client fetch the `approver` view with Approve and
 * Send back; a decided follow-up's card has no actions and no refresh. The card always fits Teams' message
 * limit (`CARD_BUDGET_BYTES`): long texts are shortened, with a line saying so and a link to read the whole
 * follow-up in the tab.
 */
export function approvalCard(model: ApprovalCardModel, view: CardView): AdaptiveCardJson {
  return fitCard((limit) => buildCard(model, view, limit));
}

function buildCard(model: ApprovalCardModel, view: CardView, limit: number): AdaptiveCardJson {
  const { locale, followUp } = model;
  let shortened = false;
  /** A free text as shown: "(ej ifyllt)" when empty, cut to `limit` characters when long. */
  const long = (value: string) => {
    const cut = shortenText(text(value, locale), limit);
    shortened ||= cut.shortened;
    return cut.text;
  };
  const L = (key: Parameters<typeof t>[1], params?: Record<string, string | number>) =>
    t(locale, key, params);
  const periodText = periodLabel(locale, { year: followUp.periodYear, period: followUp.period });
  const body: CardElement[] = [];
  if (model.message) {
    body.push({
      type: 'TextBlock',
      id: 'message',
      text: model.message[locale],
      wrap: true,
      color: 'Attention',
      weight: 'Bolder',
    });
  }
  if (model.note) body.push({ type: 'TextBlock', id: 'note', text: model.note, wrap: true, color: 'Accent' });
  body.push(
    {
      type: 'TextBlock',
      text: L(model.decision ? 'approvals.card.titleDecided' : 'approvals.card.title'),
      style: 'heading',
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    { type: 'TextBlock', text: model.initiativeTitle, weight: 'Bolder', wrap: true },
    {
      type: 'FactSet',
      id: 'facts',
      facts: [
        {
          title: L('approvals.card.plan'),
          value: model.plan.title.includes(String(model.plan.planYear))
            ? model.plan.title
            : `${model.plan.title} (${model.plan.planYear})`,
        },
        { title: L('approvals.card.caseNumber'), value: model.plan.caseNumber },
        { title: L('approvals.card.area'), value: model.areaTitle },
        { title: L('approvals.card.period'), value: periodText },
        { title: L('approvals.card.status'), value: L(`followUpStatus.${followUp.status}`) },
        { title: L('approvals.card.progress'), value: `${followUp.progress} %` },
        { title: L('approvals.card.state'), value: L(`followUpState.${followUp.state}`) },
        { title: L('approvals.card.submittedBy'), value: model.submittedByName },
        {
          title: L('approvals.card.readiness'),
          value: L('approvals.card.readinessValue', { score: model.readinessScore }),
        },
      ],
    },
    { type: 'TextBlock', text: L('approvals.card.summary'), weight: 'Bolder', spacing: 'Medium' },
    { type: 'TextBlock', id: 'summary', text: long(followUp.summary), wrap: true },
    { type: 'TextBlock', text: L('approvals.card.risks'), weight: 'Bolder' },
    { type: 'TextBlock', id: 'risks', text: long(followUp.risks), wrap: true },
    { type: 'TextBlock', text: L('approvals.card.nextSteps'), weight: 'Bolder' },
    { type: 'TextBlock', id: 'nextSteps', text: long(followUp.nextSteps), wrap: true },
    { type: 'TextBlock', text: L('approvals.card.changes'), weight: 'Bolder' },
    ...changesSincePrevious(model).map((line): CardElement => ({
      type: 'TextBlock',
      text: `• ${shortenText(line, limit).text}`,
      wrap: true,
    })),
  );
  body.push(
    ...cardFooter(shortened ? L('approvals.card.shortened') : null, {
      title: L('approvals.card.open'),
      url: model.openUrl,
    }),
  );

  const card = adaptiveCard(body, {
    fallbackText: `${L('approvals.card.title')}: ${model.initiativeTitle} (${periodText})`,
    msteams: { width: 'full' },
  });

  if (model.decision) {
    const decided = L('approvals.card.decided', {
      decision: L(`approvals.decision.${model.decision.outcome}`),
      name: model.decision.byName,
      at: formatDateTime(locale, model.decision.at),
    });
    const items: CardElement[] = [
      { type: 'TextBlock', id: 'outcome', text: decided, wrap: true, weight: 'Bolder' },
    ];
    if (model.decision.comment) {
      items.push({
        type: 'TextBlock',
        text: L('approvals.card.decisionComment', {
          comment: shortenText(model.decision.comment, limit).text,
        }),
        wrap: true,
      });
    }
    body.push({
      type: 'Container',
      id: 'decision',
      style: model.decision.outcome === 'approved' ? 'good' : 'warning',
      items,
      separator: true,
    });
    return card;
  }

  card.refresh = {
    action: action(CARD_VERBS.refresh, model.data),
    ...(model.refreshUserIds.length ? { userIds: model.refreshUserIds } : {}),
  };
  if (view === 'status') {
    body.push({
      type: 'TextBlock',
      id: 'waiting',
      text: L('approvals.card.waiting', { name: model.approverName }),
      wrap: true,
      isSubtle: true,
    });
    return card;
  }
  body.push({
    type: 'Input.Text',
    id: 'comment',
    label: L('approvals.card.comment'),
    placeholder: L('approvals.card.commentPlaceholder'),
    isMultiline: true,
    maxLength: 2000,
  });
  card.actions = [
    action(CARD_VERBS.approve, model.data, L('approvals.card.approve'), {
      style: 'positive',
      associatedInputs: 'auto',
      id: 'approve',
    }),
    action(CARD_VERBS.sendBack, model.data, L('approvals.card.sendBack'), {
      style: 'destructive',
      associatedInputs: 'auto',
      id: 'sendBack',
    }),
  ];
  return card;
}
