import type { MessagingExtensionAttachment, MessagingExtensionResponse } from '@microsoft/teams.api';
import {
  DecisionRefusedError,
  DomainError,
  localeFrom,
  messagingText,
  planLinkUnavailableCard,
  t,
  type AdaptiveCardJson,
  type Locale,
  type PlanLink,
} from '@devplan/core';
import type { InitiativeHit, PlanLinkService, PlanViewer } from '../messaging/plan-links.js';

/** The id of the search command "Sök insats" (the manifest's `composeExtensions[0].commands[0].id`). */
export const SEARCH_COMMAND_ID = 'searchInitiatives';
/** The name of its one parameter, the search text. */
export const SEARCH_PARAMETER = 'query';
/** How many results Teams gets when it does not say (it asks for 25 at a time). */
const DEFAULT_PAGE = 10;

/** The invoke fields the answers read: who, in which language, and what was asked. */
interface ComposeInvoke<V> {
  from: { aadObjectId?: string };
  locale?: string;
  value: V;
}

/** What `composeExtension/query` carries (the Teams SDK's `MessagingExtensionQuery`). */
interface QueryValue {
  commandId?: string;
  parameters?: { name?: string; value?: unknown }[];
  queryOptions?: { skip?: number; count?: number };
}

const NO_CARD: MessagingExtensionResponse = {
  composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] },
};

/** A message in the compose box's result area (no results, a refusal, an error). */
const messageAnswer = (text: string): MessagingExtensionResponse => ({
  composeExtension: { type: 'message', text },
});

/** A card as a result: the Adaptive Card inserted, and the short preview Teams lists. */
function attachmentOf(
  card: AdaptiveCardJson,
  preview: { title: string; subtitle: string; text: string },
): MessagingExtensionAttachment {
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: card,
    preview: { contentType: 'application/vnd.microsoft.card.thumbnail', content: preview },
  };
}

/** The thumbnail text of an initiative in the result list: its focus area, status and owner. */
function previewOf(locale: Locale, hit: InitiativeHit): { title: string; subtitle: string; text: string } {
  return {
    title: hit.title,
    subtitle: messagingText(locale, 'messaging.search.previewSubtitle', {
      area: hit.areaTitle,
      status: t(locale, `initiativeStatus.${hit.status}`),
    }),
    text: messagingText(locale, 'messaging.search.previewOwner', {
      owner: hit.ownerName ?? messagingText(locale, 'messaging.card.noOwner'),
    }),
  };
}

/** The viewer behind the invoke, or null for an identity the directory does not know. */
async function viewerOf(
  links: PlanLinkService,
  oid: string | undefined,
): Promise<PlanViewer | null | 'unknown'> {
  try {
    return await links.viewer(oid);
  } catch (error) {
    if (error instanceof DecisionRefusedError && error.code === 'approvals.unknownUser') return 'unknown';
    throw error;
  }
}

/**
 * `composeExtension/queryLink`: a pasted link to an initiative (or its follow-up page) becomes that
 * initiative's card, as the person who pasted it may see it. A link that is not the app's, an initiative
 * that does not exist or that the person may not see, and a person the app cannot identify get no card and
 * no error (the link stays a plain link); a SharePoint failure is logged and gets no card either.
 */
export async function answerQueryLink(
  links: PlanLinkService,
  activity: ComposeInvoke<{ url?: string } | undefined>,
): Promise<MessagingExtensionResponse> {
  const url = activity.value?.url;
  const link = typeof url === 'string' ? links.linkOf(url) : null;
  if (!link) return NO_CARD;
  const locale = localeFrom(activity.locale);
  try {
    const viewer = await viewerOf(links, activity.from.aadObjectId);
    if (!viewer || viewer === 'unknown') return NO_CARD;
    const hit = await links.card(viewer, link, locale);
    if (!hit) return NO_CARD;
    return {
      composeExtension: {
        type: 'result',
        attachmentLayout: 'list',
        attachments: [attachmentOf(hit.card, previewOf(locale, hit))],
      },
    };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.warn(`[links] no preview for ${link.kind} ${link.initiativeId}: ${error.message}`);
    return NO_CARD;
  }
}

/**
 * `composeExtension/query` of "Sök insats": the current plan's initiatives matching the text (title, focus
 * area, owner), a page at a time (`queryOptions.skip`/`count`), each as its card. No match, no plan, a person
 * the app cannot identify or who may not read the plan, and a failure are said in the person's language.
 */
export async function answerQuery(
  links: PlanLinkService,
  activity: ComposeInvoke<QueryValue | undefined>,
): Promise<MessagingExtensionResponse> {
  const locale = localeFrom(activity.locale);
  const query = activity.value ?? {};
  if (query.commandId !== SEARCH_COMMAND_ID)
    return messageAnswer(
      messagingText(locale, 'messaging.search.unknownCommand', { command: String(query.commandId ?? '') }),
    );
  const parameter = query.parameters?.find((p) => p.name === SEARCH_PARAMETER)?.value;
  const text = typeof parameter === 'string' ? parameter.trim() : '';
  const skip = Number.isInteger(query.queryOptions?.skip) ? query.queryOptions!.skip! : 0;
  const count = Number.isInteger(query.queryOptions?.count) ? query.queryOptions!.count! : DEFAULT_PAGE;
  try {
    const viewer = await viewerOf(links, activity.from.aadObjectId);
    if (viewer === 'unknown') return messageAnswer(messagingText(locale, 'messaging.search.unknownUser'));
    if (!viewer) return messageAnswer(messagingText(locale, 'messaging.search.noAccess'));
    const outcome = await links.search(viewer, { text, skip, count }, locale);
    if (outcome.kind === 'noPlan') return messageAnswer(messagingText(locale, 'messaging.search.noPlan'));
    if (outcome.total === 0)
      return messageAnswer(
        text
          ? messagingText(locale, 'messaging.search.none', { plan: outcome.planTitle, query: text })
          : messagingText(locale, 'messaging.search.empty', { plan: outcome.planTitle }),
      );
    // Past the last page Teams gets an empty list: that is how it knows there is no more.
    return {
      composeExtension: {
        type: 'result',
        attachmentLayout: 'list',
        attachments: outcome.hits.map((hit) => attachmentOf(hit.card, previewOf(locale, hit))),
      },
    };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.warn(`[search] failed: ${error.message}`);
    return messageAnswer(messagingText(locale, 'messaging.search.failed', { message: error.reason[locale] }));
  }
}

/** The link card's data (`kind`, `initiativeId`), or null when it is not a link card's. */
export function linkOfCardData(data: Record<string, unknown> | undefined): PlanLink | null {
  const kind = data?.['kind'];
  const id = data?.['initiativeId'];
  if ((kind !== 'initiative' && kind !== 'followUp') || !Number.isInteger(id) || (id as number) <= 0)
    return null;
  return { kind, initiativeId: id as number };
}

/**
 * A link card's `refresh` (`planLink.refresh`): the viewer's own view of the link, by the viewer's Teams
 * identity; a viewer who may not see it gets a card saying so. The card data only says which initiative.
 */
export async function refreshLinkCard(
  links: PlanLinkService,
  oid: string | undefined,
  link: PlanLink,
  locale: Locale,
): Promise<AdaptiveCardJson> {
  const viewer = await viewerOf(links, oid);
  const hit = viewer && viewer !== 'unknown' ? await links.card(viewer, link, locale) : null;
  return hit?.card ?? planLinkUnavailableCard(locale, link);
}
