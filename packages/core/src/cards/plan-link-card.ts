import type { Locale } from '../domain/common/types.js';
import type { PublishedFollowUp } from '../domain/approval/approval.js';
import type { FollowUp, FollowUpState, FollowUpStatus } from '../domain/follow-up/follow-up.js';
import type { InitiativeStatus } from '../domain/initiative/initiative.js';
import { formatDate } from '../format/date.js';
import { formatPercent } from '../format/number.js';
import { periodLabel } from '../format/period.js';
import { t } from '../i18n/translate.js';
import { messagingText, type MessagingKey } from '../i18n/messaging.js';
import { cardFooter, fitCard, shortenText } from './budget.js';
import { adaptiveCard, type AdaptiveCardJson, type CardElement, type ExecuteAction } from './types.js';

/** What a link to the app points at: an initiative, or the follow-up page of an initiative. */
export type PlanLinkKind = 'initiative' | 'followUp';

/** A link to the app, read from its URL: which page and which initiative. Nothing else is taken from a URL. */
export interface PlanLink {
  kind: PlanLinkKind;
  initiativeId: number;
}

/** The verb of the link card's `refresh`: every viewer's client asks for that viewer's own view. */
export const PLAN_LINK_VERBS = { refresh: 'planLink.refresh' } as const;

/** Icons of the statuses on cards (a status is always icon and text, never colour alone). */
export const CARD_STATUS_ICONS: {
  initiative: Record<InitiativeStatus, string>;
  followUp: Record<FollowUpStatus, string>;
  state: Record<FollowUpState, string>;
} = {
  initiative: { planned: '🕓', ongoing: '▶️', paused: '⏸️', done: '✅', cancelled: '⛔' },
  followUp: { onTrack: '✅', atRisk: '⚠️', offTrack: '❌', done: '🏁' },
  state: { draft: '✏️', submitted: '📨', approved: '✅', sentBack: '↩️' },
};

/** Who the card is built for: a member (edits the plan, sees working follow-ups) or a reader (published only). */
export type PlanLinkAudience = 'member' | 'reader';

/** Everything a link card shows, read for one viewer by the app. */
export interface PlanLinkCardModel {
  locale: Locale;
  kind: PlanLinkKind;
  audience: PlanLinkAudience;
  plan: {
    title: string;
    planYear: number;
    /** Readers may see it (approved by KS, or closed). */ readable: boolean;
  };
  areaTitle: string;
  initiative: { id: number; title: string; status: InitiativeStatus };
  ownerName: string | null;
  /** The latest approved (published, sealed) follow-up, or null. */
  latestApproved: Pick<
    PublishedFollowUp,
    'periodYear' | 'period' | 'status' | 'progress' | 'summary' | 'approvedAt'
  > | null;
  /** Members only: the newest working follow-up when it is not the approved one; null for readers. */
  working: Pick<FollowUp, 'periodYear' | 'period' | 'status' | 'progress' | 'state' | 'summary'> | null;
  /** Where the card's button opens the initiative (a Teams deep link or the tab's URL); none: no button. */
  openUrl?: string;
}

/** The `refresh` of a link card: each viewer's Teams client fetches that viewer's own view of the link. */
function refreshOf(link: PlanLink): { action: ExecuteAction } {
  return {
    action: {
      type: 'Action.Execute',
      verb: PLAN_LINK_VERBS.refresh,
      data: { kind: link.kind, initiativeId: link.initiativeId },
    },
  };
}

/**
 * The card a link to an initiative (or its follow-up page) unfurls to, and the card "Sök insats" inserts:
 * title, focus area, status and progress as text and icon, the latest approved follow-up, the owner and a
 * button that opens it. A reader's card holds only what the intranet web part shows (published follow-ups
 * of a plan KS has approved); a member's adds the working follow-up, marked as such. The card's `refresh`
 * lets every viewer's client fetch that viewer's own view. It always fits `CARD_BUDGET_BYTES`.
 */
export function planLinkCard(model: PlanLinkCardModel): AdaptiveCardJson {
  return fitCard((limit) => buildLinkCard(model, limit));
}

/** The card shown (to one viewer, by `refresh`) in place of a link card that viewer may not see. */
export function planLinkUnavailableCard(locale: Locale, link: PlanLink): AdaptiveCardJson {
  const text = messagingText(locale, 'messaging.card.notVisible');
  return adaptiveCard([{ type: 'TextBlock', id: 'notVisible', text, wrap: true, isSubtle: true }], {
    refresh: refreshOf(link),
    fallbackText: text,
  });
}

function buildLinkCard(model: PlanLinkCardModel, limit: number): AdaptiveCardJson {
  const { locale, latestApproved, working } = model;
  const L = (key: MessagingKey, params?: Record<string, string | number>) =>
    messagingText(locale, key, params);
  const percent = (value: number) => formatPercent(locale, value);
  const period = (p: { periodYear: number; period: string }) =>
    periodLabel(locale, { year: p.periodYear, period: p.period });
  const followUpStatus = (status: FollowUpStatus) =>
    `${CARD_STATUS_ICONS.followUp[status]} ${t(locale, `followUpStatus.${status}`)}`;
  const planTitle = model.plan.title.includes(String(model.plan.planYear))
    ? model.plan.title
    : `${model.plan.title} (${model.plan.planYear})`;

  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: `${L(`messaging.card.kind.${model.kind}`)} · ${planTitle}`,
      isSubtle: true,
      size: 'Small',
      wrap: true,
    },
    {
      type: 'TextBlock',
      id: 'title',
      text: model.initiative.title,
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
  ];
  if (!model.plan.readable && model.audience === 'member') {
    body.push({
      type: 'TextBlock',
      id: 'draft',
      text: L('messaging.card.draftPlan'),
      wrap: true,
      color: 'Warning',
    });
  }
  body.push({
    type: 'FactSet',
    id: 'facts',
    facts: [
      { title: L('messaging.card.area'), value: model.areaTitle },
      {
        title: L('messaging.card.status'),
        value: `${CARD_STATUS_ICONS.initiative[model.initiative.status]} ${t(locale, `initiativeStatus.${model.initiative.status}`)}`,
      },
      {
        title: L('messaging.card.progress'),
        value: latestApproved ? percent(latestApproved.progress) : L('messaging.card.progressNone'),
      },
      {
        title: L('messaging.card.latestApproved'),
        value: latestApproved
          ? L('messaging.card.latestApprovedValue', {
              status: followUpStatus(latestApproved.status),
              period: period(latestApproved),
              date: formatDate(locale, latestApproved.approvedAt),
            })
          : L('messaging.card.noneApproved'),
      },
      { title: L('messaging.card.owner'), value: model.ownerName ?? L('messaging.card.noOwner') },
    ],
  });
  if (model.audience === 'member') {
    body.push({
      type: 'Container',
      id: 'working',
      style: 'emphasis',
      items: [
        { type: 'TextBlock', text: L('messaging.card.working'), weight: 'Bolder', size: 'Small', wrap: true },
        {
          type: 'TextBlock',
          text: working
            ? L('messaging.card.workingValue', {
                period: period(working),
                state: `${CARD_STATUS_ICONS.state[working.state]} ${t(locale, `followUpState.${working.state}`)}`,
                status: followUpStatus(working.status),
                progress: percent(working.progress),
              })
            : L('messaging.card.noWorking'),
          wrap: true,
        },
      ],
    });
  }
  let shortened = false;
  if (model.kind === 'followUp') {
    // The follow-up page: its summary too; a member's the working one, a reader's the approved one.
    const shown = (model.audience === 'member' ? working : null) ?? latestApproved;
    if (shown) {
      const summary = shortenText(shown.summary.trim() || '–', limit);
      shortened = summary.shortened;
      body.push(
        {
          type: 'TextBlock',
          text: L('messaging.card.summaryOf', { period: period(shown) }),
          weight: 'Bolder',
          spacing: 'Medium',
          wrap: true,
        },
        { type: 'TextBlock', id: 'summary', text: summary.text, wrap: true },
      );
    } else {
      body.push({
        type: 'TextBlock',
        id: 'summary',
        text: L('messaging.card.noSummary'),
        wrap: true,
        isSubtle: true,
      });
    }
  }
  body.push(
    ...cardFooter(shortened ? L('messaging.card.shortened') : null, {
      title: L('messaging.card.open'),
      url: model.openUrl,
    }),
  );
  return adaptiveCard(body, {
    refresh: refreshOf({ kind: model.kind, initiativeId: model.initiative.id }),
    fallbackText: L('messaging.card.fallback', { title: model.initiative.title, area: model.areaTitle }),
  });
}
