import type { Locale, Localized } from '../domain/common/types.js';
import { pluralRules } from '../format/intl.js';
import type { StringKey } from './sv.js';
import { tables } from './tables.js';

/**
 * Parameters of a text. `{name}` is replaced by the value; `{name, plural, one {…} other {…}}` picks the
 * branch for the count `name` by the language's plural rules (`=0 {…}` matches one exact count, `#` in a
 * branch is the count); `{name, selectordinal, one {…} other {…}}` does the same for ordinals (1:a, 3:e).
 */
export type StringParams = Record<string, string | number>;

/** Texts of some keys in one language: a text pack's share of a table (see `packs.ts`). */
export type TextTable = Partial<Record<StringKey, string>>;

/**
 * Makes `texts` readable by `t` in `locale`. In Node every table is there from the start; a browser build
 * starts with none (`tables.browser.ts`) and its host adds the texts of its surface (`loadTexts`).
 */
export function addTexts(locale: Locale, texts: TextTable): void {
  Object.assign(tables[locale], texts);
}

const SIMPLE = /^\s*(\w+)\s*$/;
const PLAIN = /\{\s*(\w+)\s*\}/g;
const CHOICE = /,\s*(?:plural|selectordinal)\s*,/;
const PLURAL = /^\s*(\w+)\s*,\s*(plural|selectordinal)\s*,([\s\S]*)$/;
const SELECTOR = /^\s*(=\d+(?:\.\d+)?|zero|one|two|few|many|other)\s*\{/;

/** The index of the `}` that closes the `{` at `open`, or -1 when the braces do not balance. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The branches of a plural argument (`one {…} other {…}`), or null when they are not well formed. */
function branches(source: string): Map<string, string> | null {
  const found = new Map<string, string>();
  let rest = source;
  while (rest.trim()) {
    const selector = SELECTOR.exec(rest);
    if (!selector) return null;
    const open = selector[0].length - 1;
    const close = closing(rest, open);
    if (close < 0) return null;
    found.set(selector[1]!, rest.slice(open + 1, close));
    rest = rest.slice(close + 1);
  }
  return found.has('other') ? found : null;
}

/** The text of one `{…}` argument, or null to leave it visible as written (unknown name, malformed). */
function argument(locale: Locale, inner: string, params: StringParams): string | null {
  const simple = SIMPLE.exec(inner);
  if (simple) return simple[1]! in params ? String(params[simple[1]!]) : null;
  const plural = PLURAL.exec(inner);
  if (!plural || !(plural[1]! in params)) return null;
  const forms = branches(plural[3]!);
  if (!forms) return null;
  const value = params[plural[1]!]!;
  const count = typeof value === 'number' ? value : Number(value);
  const category = Number.isFinite(count)
    ? pluralRules(locale, plural[2] === 'selectordinal' ? 'ordinal' : 'cardinal').select(count)
    : 'other';
  const form = forms.get(`=${count}`) ?? forms.get(category) ?? forms.get('other')!;
  return render(locale, form, params, String(value));
}

/** Fills a text's arguments; `count` stands in for `#` (inside a plural branch). */
function render(locale: Locale, text: string, params: StringParams, count?: string): string {
  if (count === undefined && !CHOICE.test(text))
    return text.includes('{')
      ? text.replace(PLAIN, (whole, name: string) => (name in params ? String(params[name]) : whole))
      : text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '#' && count !== undefined) {
      out += count;
      i++;
    } else if (c === '{') {
      const close = closing(text, i);
      if (close < 0) return out + text.slice(i);
      out += argument(locale, text.slice(i + 1, close), params) ?? text.slice(i, close + 1);
      i = close + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * Fills a text of a table of its own (see `startText`) as `t` fills one of the product's: parameters filled
 * in and plurals chosen by the count in `locale`.
 */
export function fillText(locale: Locale, text: string, params?: StringParams): string {
  return render(locale, text, params ?? {});
}

/**
 * The text of `key` in `locale`, with parameters filled in and plurals chosen by the count. A text its host
 * has not loaded falls back to the Swedish one, then to the key itself (a host loads its texts before it
 * renders: `loadTexts`).
 */
export function t(locale: Locale, key: StringKey, params?: StringParams): string {
  return render(locale, tables[locale][key] ?? tables.sv[key] ?? key, params ?? {});
}

/** The text of `key` in both languages, for messages that travel (errors, readiness). */
export function localize(key: StringKey, params?: StringParams): Localized {
  return { sv: t('sv', key, params), en: t('en', key, params) };
}

/** Picks the product language from a host locale such as `sv-SE`, `en-GB` or `nb-NO` (Swedish unless English). */
export function localeFrom(hostLocale: string | undefined | null): Locale {
  return hostLocale?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}
