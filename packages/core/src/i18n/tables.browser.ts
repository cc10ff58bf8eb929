import type { Locale } from '../domain/common/types.js';
import type { StringKey } from './sv.js';

/**
 * The texts `t` reads in a browser build (in place of `tables.ts`, through the `browser` field of the core's
 * package.json): empty until the host adds its surface's text pack (`loadTexts`, `useTexts`), so no browser
 * bundle carries the tables of other surfaces or English unless English is chosen.
 */
export const tables: Record<Locale, Partial<Record<StringKey, string>>> = { sv: {}, en: {} };
