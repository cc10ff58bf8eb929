import * as AdaptiveCards from 'adaptivecards';
import {
  loadTexts,
  localeFrom,
  messagingText,
  t,
  tabPageTexts,
  tabTexts,
  type Locale,
  type MessagingKey,
} from '@devplan/core';

/** A message the local connector keeps. */
interface InboxMessage {
  id: string;
  conversationId: string;
  createdAt: string;
  activity: { text?: string; attachments?: { contentType: string; content: Record<string, unknown> }[] };
}

interface Person {
  key: string;
  displayName: string;
  oid: string;
}

const locale: Locale = localeFrom(new URLSearchParams(location.search).get('lang') ?? navigator.language);
const L = (key: Parameters<typeof t>[1], params?: Record<string, string | number>) => t(locale, key, params);
const M = (key: MessagingKey) => messagingText(locale, key);
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * The card inbox: plays Teams for one person at a time. It lists the bot's messages in that person's chats
 * (from the local connector), asks the bot for the person's own view of each card (`refresh`, as Teams does
 * for the users a card names), renders cards with Microsoft's `adaptivecards` renderer, and sends the
 * person's clicks as `adaptiveCard/action` invokes.
 */
async function main(): Promise<void> {
  document.documentElement.lang = locale;
  // The inbox's texts: the tab's, and the approvals' (with the tab's pages); English is fetched when chosen.
  await Promise.all([loadTexts(tabTexts, locale), loadTexts(tabPageTexts, locale)]);
  document.title = `${L('app.shortName')} – ${L('approvals.inbox.title')}`;
  byId('title').textContent = L('approvals.inbox.title');
  byId('intro').textContent = L('approvals.inbox.intro');
  byId('user-label').textContent = L('approvals.inbox.user');
  byId('reload').textContent = L('approvals.inbox.refresh');
  const status = byId('status');
  const list = byId('messages');
  const select = byId<HTMLSelectElement>('user');

  const config = await getJson<{ connectorOrigin: string }>('/config.json');
  const connector = config.connectorOrigin;
  const people = await getJson<Person[]>(`${connector}/_connector/users`);
  const asked = new URLSearchParams(location.search).get('user');
  for (const person of people)
    select.add(new Option(person.displayName, person.key, false, person.key === asked));
  const person = () => people.find((p) => p.key === select.value)!;

  const invoke = async (messageId: string, verb: string, data: unknown, trigger: 'manual' | 'automatic') =>
    getJson<{
      status: number;
      body: {
        statusCode: number;
        type: string;
        value: Record<string, unknown> & { message?: string };
      } | null;
    }>(`${connector}/_connector/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: person().key, activityId: messageId, verb, data, trigger }),
    });

  const render = (host: HTMLElement, messageId: string, payload: Record<string, unknown>, note?: string) => {
    const card = new AdaptiveCards.AdaptiveCard();
    card.parse(payload);
    card.onExecuteAction = (action) => {
      if (!(action instanceof AdaptiveCards.ExecuteAction)) return;
      status.textContent = L('approvals.inbox.working');
      invoke(messageId, action.verb, action.data, 'manual')
        .then((answer) => {
          const body = answer.body;
          if (body?.type === 'application/vnd.microsoft.card.adaptive') {
            render(host, messageId, body.value);
            status.textContent = '';
          } else {
            const message = body?.value?.message ?? `HTTP ${answer.status}`;
            render(host, messageId, payload, message);
            status.textContent = message;
          }
        })
        .catch((error: unknown) => {
          status.textContent = L('approvals.inbox.failed', { message: (error as Error).message });
        });
    };
    host.replaceChildren();
    if (note) {
      const p = document.createElement('p');
      p.className = 'error';
      p.setAttribute('role', 'alert');
      p.textContent = note;
      host.append(p);
    }
    const element = card.render();
    if (element) host.append(element);
  };

  const load = async () => {
    status.textContent = L('approvals.inbox.loading');
    const url = new URL(location.href);
    url.searchParams.set('user', person().key);
    history.replaceState(null, '', url);
    const messages = await getJson<InboxMessage[]>(
      `${connector}/_connector/inbox?user=${encodeURIComponent(person().key)}`,
    );
    list.replaceChildren();
    for (const message of messages) {
      const article = document.createElement('article');
      article.dataset['messageId'] = message.id;
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = L('approvals.inbox.sentAt', {
        at: message.createdAt.slice(0, 16).replace('T', ' '),
      });
      const body = document.createElement('div');
      article.append(meta, body);
      list.append(article);
      const card = message.activity.attachments?.find(
        (a) => a.contentType === 'application/vnd.microsoft.card.adaptive',
      )?.content;
      if (!card) {
        article.setAttribute('aria-label', L('app.shortName'));
        for (const paragraph of (message.activity.text ?? '').split('\n\n')) {
          const p = document.createElement('p');
          p.textContent = paragraph;
          body.append(p);
        }
        continue;
      }
      article.setAttribute(
        'aria-label',
        String((card['fallbackText'] as string | undefined) ?? L('approvals.card.title')),
      );
      const refresh = card['refresh'] as
        { action: { verb: string; data: unknown }; userIds?: string[] } | undefined;
      const mine = refresh && (!refresh.userIds || refresh.userIds.includes(`8:orgid:${person().oid}`));
      if (refresh && mine) {
        const answer = await invoke(message.id, refresh.action.verb, refresh.action.data, 'automatic');
        if (answer.body?.type === 'application/vnd.microsoft.card.adaptive') {
          render(body, message.id, answer.body.value);
          continue;
        }
      }
      render(body, message.id, card);
    }
    status.textContent = messages.length ? '' : L('approvals.inbox.empty');
  };

  const reload = () =>
    load().catch((error: unknown) => {
      status.textContent = L('approvals.inbox.failed', { message: (error as Error).message });
    });
  setUpComposeBox(connector, () => person().key, reload);
  select.addEventListener('change', reload);
  byId('reload').addEventListener('click', reload);
  await load();
}

/** What the bot answers a compose-box invoke with (the connector's `{status, body}` around it). */
interface ComposeAnswer {
  status: number;
  body: {
    composeExtension?: {
      type: string;
      text?: string;
      attachments?: { content: Record<string, unknown>; preview?: { content: { title?: string } } }[];
    };
  } | null;
}

/**
 * The compose box, played as Teams plays it: a pasted link asks the bot for its preview
 * (`composeExtension/queryLink`), search words run "Sök insats" (`composeExtension/query`); each card found is
 * shown as Teams would insert it, and can be sent to the person's own chat (where `refresh` then gives every
 * viewer their own view).
 */
function setUpComposeBox(connector: string, user: () => string, reload: () => Promise<void>): void {
  byId('compose-heading').textContent = M('messaging.inbox.heading');
  byId('compose-label').textContent = M('messaging.inbox.input');
  byId('compose-preview').textContent = M('messaging.inbox.preview');
  byId('compose-search').textContent = M('messaging.inbox.search');
  const input = byId<HTMLInputElement>('compose-text');
  const results = byId('compose-results');
  const note = byId('compose-status');
  const post = (path: string, body: Record<string, unknown>) =>
    getJson<ComposeAnswer>(`${connector}/_connector/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: user(), locale: locale === 'en' ? 'en-GB' : 'sv-SE', ...body }),
    });
  const show = (answer: ComposeAnswer, emptyText: string) => {
    results.replaceChildren();
    const extension = answer.body?.composeExtension;
    const found = extension?.attachments ?? [];
    note.textContent = extension?.type === 'message' ? (extension.text ?? '') : found.length ? '' : emptyText;
    for (const attachment of found) {
      const article = document.createElement('article');
      const card = new AdaptiveCards.AdaptiveCard();
      card.parse(attachment.content);
      const element = card.render();
      if (element) article.append(element);
      const send = document.createElement('button');
      send.type = 'button';
      send.textContent = M('messaging.inbox.send');
      send.addEventListener('click', () => {
        getJson(`${connector}/_connector/share`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ user: user(), card: attachment.content }),
        })
          .then(reload)
          .catch((error: unknown) => {
            note.textContent = L('approvals.inbox.failed', { message: (error as Error).message });
          });
      });
      article.append(send);
      results.append(article);
    }
  };
  const run = (task: () => Promise<void>) => {
    note.textContent = L('approvals.inbox.working');
    task().catch((error: unknown) => {
      note.textContent = L('approvals.inbox.failed', { message: (error as Error).message });
    });
  };
  byId('compose-form').addEventListener('submit', (event) => {
    event.preventDefault();
    run(async () => show(await post('query-link', { url: input.value.trim() }), M('messaging.inbox.noCard')));
  });
  byId('compose-search').addEventListener('click', () =>
    run(async () => show(await post('query', { text: input.value.trim() }), '')),
  );
}

main().catch((error: unknown) => {
  byId('status').textContent = `${t('sv', 'approvals.inbox.failed', { message: (error as Error).message })}`;
});
