import type { Locale } from '../domain/common/types.js';
import { fillText, type StringParams } from './translate.js';

/** Reads one key of a side table in a language, filled as `t` fills the product's texts. */
export type SideText<K extends string> = (locale: Locale, key: K, params?: StringParams) => string;

/**
 * A table of texts kept apart from the product's main tables (`sv`, `en`), which every browser bundle carries
 * whole: texts only a server or a local tool shows (the start page, the privacy and terms pages, link previews
 * and search results in Teams) go in one of these, so the tab and the web part do not download them.
 */
export function sideTable<K extends string>(tables: Record<Locale, Record<K, string>>): SideText<K> {
  return (locale, key, params) => fillText(locale, tables[locale][key], params);
}
