import { App } from '@microsoft/teams.apps';
import {
  MessageActivityInput,
  PUBLIC,
  withOverrides,
  type AdaptiveCardActionCardResponse,
  type AdaptiveCardActionErrorResponse,
  type CloudEnvironment,
} from '@microsoft/teams.api';
import { ConsoleLogger } from '@microsoft/teams.common';
import {
  approvalCard,
  assertMaxLength,
  CARD_VERBS,
  DecisionRefusedError,
  DomainError,
  localeFrom,
  localize,
  maxLengthOf,
  PLAN_LINK_VERBS,
  t,
  ValidationError,
  type AdaptiveCardJson,
  type ConversationRef,
  type FieldIssue,
  type Locale,
  type Localized,
} from '@devplan/core';
import type { Repositories } from '@devplan/sharepoint';
import type { ApprovalNotifier, ConversationSender } from '../approvals/notifier.js';
import type { CardModels } from '../approvals/card-models.js';
import type { CardSigner } from '../approvals/card-signature.js';
import type { DecisionService } from '../approvals/decision-service.js';
import type { SiteUserResolver } from '../approvals/identity.js';
import { recordedDecisionCard } from '../approvals/recorded-card.js';
import type { PlanLinkService } from '../messaging/plan-links.js';
import type { RouteHandler } from '../server/app-server.js';
import { answerQuery, answerQueryLink, linkOfCardData, refreshLinkCard } from './compose-extensions.js';
import { AppServerAdapter } from './route-adapter.js';

/** How the bot authenticates: production credentials, or a token factory (the local connector). */
export interface BotSettings {
  /** The bot's Entra app (client) id. */
  appId: string;
  /** Production: the client secret (or leave out both and use a managed identity). */
  clientSecret?: string;
  /** A factory of JWT-shaped tokens for the bot's calls to the connector (local connector, tests). */
  token?: () => Promise<string>;
  tenantId?: string;
  /** Where key discovery and token issuer point: Microsoft's by default; the local connector's locally. */
  cloud?: Partial<CloudEnvironment>;
  /** The app-wide service URL (proactive sends); locally the connector's origin. */
  serviceUrl?: string;
  /**
   * Local development only: accept activities without a Bot Framework token. Never set in production; the
   * stack sets it only from the explicit `BOT_ALLOW_UNAUTHENTICATED_LOCAL=1` setting.
   */
  dangerouslyAllowUnauthenticatedLocalRequests?: boolean;
  /** Messaging endpoint path. */
  endpoint?: `/${string}`;
}

/** What the bot works with. */
export interface BotServices {
  repos: Repositories;
  decisions: DecisionService;
  models: CardModels;
  signer: CardSigner;
  resolver: SiteUserResolver;
  notifier: ApprovalNotifier;
  /** Link previews and "Sök insats": who sees what of a linked or found initiative. */
  links: PlanLinkService;
}

/** The approval bot: the Teams SDK app and the app server route of its messaging endpoint. */
export interface ApprovalBot {
  app: App;
  route: RouteHandler;
  sender: ConversationSender;
}

/** The Teams SDK's Adaptive Card type, as its card responses and attachments take it. */
type SdkAdaptiveCard = AdaptiveCardActionCardResponse['value'];

/**
 * Our cards where the Teams SDK wants its own card type. The cards are built in `@devplan/core` with its own
 * small Adaptive Card types (core imports nothing from Teams); those are a structural subset of the SDK's
 * type, so no cast is needed: if a card builder ever used something the SDK's type does not allow, the build
 * fails here, the one place where our cards meet the SDK.
 */
function toSdkCard(card: AdaptiveCardJson): SdkAdaptiveCard {
  return card;
}

type CardResponse = AdaptiveCardActionCardResponse | AdaptiveCardActionErrorResponse;

const cardResponse = (card: AdaptiveCardJson): CardResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.card.adaptive',
  value: toSdkCard(card),
});

const errorResponse = (
  code: string,
  reason: Localized,
  locale: Locale,
  status = 400,
  issues?: FieldIssue[],
): CardResponse => ({
  statusCode: 400,
  type: 'application/vnd.microsoft.error',
  value: {
    code,
    message: reason[locale],
    innerHttpError: { statusCode: status, body: { code, reason, ...(issues ? { issues } : {}) } },
  },
});

/** Builds a message activity with a text or an Adaptive Card. */
function messageOf(message: { text?: string; card?: AdaptiveCardJson }): MessageActivityInput {
  // `summary` is what Teams shows in notifications and the chat list, instead of "sent a card".
  const summary = message.card?.fallbackText;
  const activity = new MessageActivityInput(message.text ?? '', summary ? { summary } : undefined);
  if (message.card) activity.addCard('adaptive', toSdkCard(message.card));
  return activity;
}

/**
 * Creates the approval bot with the Teams SDK v2: records installations and conversation references,
 * answers `adaptiveCard/action` invokes (refresh per user, approve, send back; a link card's refresh),
 * answering a decision once it is recorded while the completion queue completes it, replaces the card for
 * everyone and tells the submitter; answers the message extension's
 * `composeExtension/queryLink` (link previews) and `composeExtension/query` ("Sök insats"). Identity always comes from the activity's Entra object
 * id; card data only says which follow-up version, and is signed.
 */
export function createApprovalBot(settings: BotSettings, services: BotServices): ApprovalBot {
  const adapter = new AppServerAdapter();
  const app = new App({
    clientId: settings.appId,
    ...(settings.clientSecret ? { clientSecret: settings.clientSecret } : {}),
    ...(settings.token ? { token: () => settings.token!() } : {}),
    ...(settings.tenantId ? { tenantId: settings.tenantId } : {}),
    cloud: withOverrides(PUBLIC, settings.cloud ?? {}),
    ...(settings.serviceUrl ? { serviceUrl: settings.serviceUrl } : {}),
    httpServerAdapter: adapter,
    messagingEndpoint: settings.endpoint ?? '/api/messages',
    dangerouslyAllowUnauthenticatedRequests: settings.dangerouslyAllowUnauthenticatedLocalRequests === true,
    logger: new ConsoleLogger('approvals-bot', { level: 'error' }),
  });

  const sender: ConversationSender = {
    send: async (ref, message) => {
      const api = app.api.clone({ serviceUrl: ref.serviceUrl });
      const sent = await api.conversations.createActivity(ref.conversationId, messageOf(message));
      return sent.id;
    },
    update: async (ref, activityId, card) => {
      const api = app.api.clone({ serviceUrl: ref.serviceUrl });
      await api.conversations.updateActivity(ref.conversationId, activityId, messageOf({ card }));
    },
  };

  const saveConversation = async (
    activity: {
      conversation: { id: string; conversationType?: string; tenantId?: string };
      from: { aadObjectId?: string };
      serviceUrl?: string;
    },
    installState: 'installed' | 'uninstalled',
  ): Promise<ConversationRef> => {
    const type =
      activity.conversation.conversationType === 'channel'
        ? 'channel'
        : activity.conversation.conversationType === 'groupChat'
          ? 'groupChat'
          : 'personal';
    const oid = type === 'personal' ? (activity.from.aadObjectId ?? '') : '';
    const ref = await services.repos.conversations.save({
      key: type === 'personal' ? `personal:${oid}` : `${type}:${activity.conversation.id}`,
      aadObjectId: oid,
      conversationId: activity.conversation.id,
      conversationType: type,
      serviceUrl: activity.serviceUrl ?? settings.serviceUrl ?? '',
      tenantId: activity.conversation.tenantId ?? '',
      installState,
      updatedAt: new Date().toISOString(),
    });
    await services.repos.audit.add({
      action: installState === 'installed' ? 'install' : 'uninstall',
      listName: 'Conversations',
      itemId: ref.id,
      actor: oid || activity.conversation.id,
      at: new Date().toISOString(),
      details: { conversationType: type },
      source: 'bot',
    });
    return ref;
  };

  app.on('install.add', async ({ activity, send }) => {
    await saveConversation(activity, 'installed');
    await send(t(localeFrom(activity.locale), 'approvals.welcome'));
  });
  app.on('install.remove', async ({ activity }) => {
    await saveConversation(activity, 'uninstalled');
  });
  app.on('message', async ({ activity, send }) => {
    await send(t(localeFrom(activity.locale), 'approvals.welcome'));
  });

  // Link previews (unfurling) and the search command "Sök insats" of the message extension.
  app.on('message.ext.query-link', ({ activity }) => answerQueryLink(services.links, activity));
  app.on('message.ext.query', ({ activity }) => answerQuery(services.links, activity));

  app.on('card.action', async ({ activity }): Promise<CardResponse> => {
    const locale = localeFrom(activity.locale);
    // An invoke without a value or action (not something Teams sends) is answered like altered card data.
    const action = (activity.value as Partial<typeof activity.value> | undefined)?.action;
    if (action?.verb === PLAN_LINK_VERBS.refresh) {
      // A link card's refresh: the viewer's own view, by their Teams identity; the data only names the link.
      const link = linkOfCardData(action.data);
      if (!link) return errorResponse('links.tampered', localize('approvals.refused.tampered'), locale);
      return cardResponse(await refreshLinkCard(services.links, activity.from.aadObjectId, link, locale));
    }
    const data = action ? services.signer.verify(action.data) : null;
    if (!action || !data)
      return errorResponse('approvals.tampered', localize('approvals.refused.tampered'), locale);
    const oid = activity.from.aadObjectId;
    try {
      if (!oid) throw new DecisionRefusedError('unknownUser', undefined, 403);
      const actor = await services.resolver.actorFor(oid);
      const viewFor = async (message?: Localized) => {
        const built = await services.models.build(data.followUpId, locale, {
          cardVersion: data.version,
          ...(message ? { message } : {}),
        });
        const mayDecide =
          built.deciders.includes(actor.siteUserId) &&
          !built.decision &&
          built.followUp.state === 'submitted';
        return approvalCard(built.model, mayDecide ? 'approver' : 'status');
      };
      if (action.verb === CARD_VERBS.refresh) return cardResponse(await viewFor());
      if (action.verb !== CARD_VERBS.approve && action.verb !== CARD_VERBS.sendBack) {
        return errorResponse('approvals.unknownVerb', localize('approvals.refused.tampered'), locale);
      }
      const comment = typeof action.data['comment'] === 'string' ? (action.data['comment'] as string) : '';
      // The comment is kept in the decision's Comment column: refused (400) past what that column holds.
      assertMaxLength('comment', comment, maxLengthOf('ApprovalDecisions', 'Comment'));
      let recorded;
      try {
        recorded = await services.decisions.record({
          followUpId: data.followUpId,
          followUpVersion: data.version,
          outcome: action.verb === CARD_VERBS.approve ? 'approved' : 'sentBack',
          comment,
          actor,
          source: 'bot',
          // Where the card says the follow-up belongs: read beside it, used only if the follow-up agrees.
          hint: data.at ?? null,
        });
      } catch (error) {
        if (error instanceof DecisionRefusedError) return cardResponse(await viewFor(error.reason));
        throw error;
      }
      // Answered once the decision record is written: the completion (State, publication, audit) and the
      // card replaced for everyone follow from the queue (a repeated click re-drives a half-done one).
      void services.notifier.completions.enqueue({
        decision: recorded.decision,
        actorName: actor.displayName,
        source: 'bot',
        fresh: recorded.status === 'recorded',
      });
      // A repeated click sees the card as it is (the decision shown); a new decision its recorded card.
      if (recorded.status === 'repeated') return cardResponse(await viewFor());
      return cardResponse(recordedDecisionCard(recorded, actor.displayName, locale));
    } catch (error) {
      if (error instanceof DomainError) {
        const issues = error instanceof ValidationError ? error.issues : undefined;
        return errorResponse(error.code, error.reason, locale, error.status, issues);
      }
      throw error;
    }
  });

  return { app, route: adapter.route, sender };
}
