import type { AdaptiveCardJson, CardElement } from './types.js';

/**
 * Teams refuses a bot message above about 28 KB (HTTP 413 `MessageSizeTooBig`); the activity around a card
 * (ids, conversation, summary) takes up to about 2 KB, so a card is kept within 26 KB of JSON.
 */
export const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;
/** The largest card the product sends (UTF-8 bytes of its JSON). */
export const CARD_BUDGET_BYTES = 26 * 1024;

/** The UTF-8 length of a text in bytes (å, ä and ö take two, emoji four), without `TextEncoder`. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The size of a card as sent: the UTF-8 bytes of its JSON. */
export function cardBytes(card: AdaptiveCardJson): number {
  return utf8Bytes(JSON.stringify(card));
}

/**
 * A text cut to at most `max` characters (whole code points, at a word when one is near), ending in "…";
 * `shortened` says whether anything was cut.
 */
export function shortenText(text: string, max: number): { text: string; shortened: boolean } {
  const chars = [...text];
  if (chars.length <= max) return { text, shortened: false };
  const head = chars.slice(0, Math.max(1, max - 1)).join('');
  const space = head.lastIndexOf(' ');
  const cut = space > head.length * 0.8 ? head.slice(0, space) : head;
  return { text: `${cut.trimEnd()}…`, shortened: true };
}

/** How long a card's free texts may be, longest first: a card that does not fit is built again shorter. */
export const CARD_TEXT_LIMITS: readonly number[] = [4000, 2000, 1000, 500, 250, 120];

/**
 * A card that fits `CARD_BUDGET_BYTES`: built with the longest text limit first, then again with each
 * shorter one until it fits (the last, shortest build is returned whatever its size).
 */
export function fitCard(
  build: (textLimit: number) => AdaptiveCardJson,
  limits: readonly number[] = CARD_TEXT_LIMITS,
): AdaptiveCardJson {
  let card = build(limits[0]!);
  for (const limit of limits.slice(1)) {
    if (cardBytes(card) <= CARD_BUDGET_BYTES) break;
    card = build(limit);
  }
  return card;
}

/**
 * The end of a card's body: the line saying long texts were shortened (when they were) and the button that
 * opens the item in the tab (when there is a URL).
 */
export function cardFooter(
  shortened: string | null,
  open: { title: string; url: string | undefined },
): CardElement[] {
  const footer: CardElement[] = [];
  if (shortened)
    footer.push({ type: 'TextBlock', id: 'shortened', text: shortened, wrap: true, isSubtle: true });
  if (open.url)
    footer.push({
      type: 'ActionSet',
      id: 'open',
      actions: [{ type: 'Action.OpenUrl', title: open.title, url: open.url }],
    });
  return footer;
}
