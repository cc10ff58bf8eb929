import type { Locale } from '../domain/common/types.js';
import { en } from './en.js';
import { sv, type StringKey } from './sv.js';

/**
 * The texts `t` reads, by language. Here, in Node (the app server, the tools, the tests), every table whole.
 * A browser build reads `tables.browser.ts` in its place (the `browser` field of the core's package.json):
 * there the tables start empty and each host adds the texts of its own surface (`loadTexts`), so a bundle
 * carries only those, and English only when English is chosen.
 */
export const tables: Record<Locale, Partial<Record<StringKey, string>>> = { sv: { ...sv }, en: { ...en } };
