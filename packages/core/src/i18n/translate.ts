import type { Locale, Localized } from '../domain/common/types.js';
import { en } from './en.js';
import { sv, type StringKey } from './sv.js';

/** Parameters substituted into `{name}` placeholders. */
export type StringParams = Record<string, string | number>;

const tables: Record<Locale, Record<StringKey, string>> = { sv, en };

function fill(text: string, params?: StringParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The text of `key` in `locale`, with parameters filled in. */
export function t(locale: Locale, key: StringKey, params?: StringParams): string {
  return fill(tables[locale][key], params);
}

/** The text of `key` in both languages, for messages that travel (errors, readiness). */
export function localize(key: StringKey, params?: StringParams): Localized {
  return { sv: t('sv', key, params), en: t('en', key, params) };
}

/** Picks the product language from a host locale such as `sv-SE`, `en-GB` or `nb-NO` (Swedish unless English). */
export function localeFrom(hostLocale: string | undefined | null): Locale {
  return hostLocale?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}
