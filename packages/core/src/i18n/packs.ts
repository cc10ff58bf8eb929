import type { Locale } from '../domain/common/types.js';
import type { StringKey } from './sv.js';
import { tables } from './tables.js';
import { addTexts } from './translate.js';

/**
 * The texts one browser surface shows (the reader, its dashboard, the tab): the Swedish ones bundled with the
 * surface's code, the English ones fetched (a chunk of their own) only when English is chosen. `K` is the
 * pack's keys, the same in both languages.
 */
export interface TextPack<K extends StringKey = StringKey> {
  /** What the pack is for, in messages and tests. */
  readonly name: string;
  readonly sv: Readonly<Record<K, string>>;
  readonly en: () => Promise<Readonly<Record<K, string>>>;
}

/** A text pack whose English texts have the same keys as its Swedish ones. */
export function textPack<K extends StringKey>(
  name: string,
  sv: Readonly<Record<K, string>>,
  en: () => Promise<Readonly<Record<K, string>>>,
): TextPack<K> {
  return { name, sv, en };
}

const swedishAdded = new WeakSet<object>();
const englishAdded = new WeakSet<object>();
const englishLoading = new WeakMap<object, Promise<void>>();

/**
 * Whether `t` can show `pack`'s texts in `locale` now. The Swedish texts are at hand and added on the first
 * call; the English ones once `loadTexts` has fetched them (in Node, where every table is there from the
 * start, at once).
 */
export function textsReady<K extends StringKey>(pack: TextPack<K>, locale: Locale): boolean {
  if (!swedishAdded.has(pack)) {
    addTexts('sv', pack.sv);
    swedishAdded.add(pack);
  }
  if (locale === 'sv' || englishAdded.has(pack)) return true;
  if (!Object.keys(pack.sv).every((key) => key in tables.en)) return false;
  englishAdded.add(pack);
  return true;
}

/**
 * Makes `pack`'s texts in `locale` readable by `t`; resolves when they are (at once for Swedish; English is
 * fetched once, and fetched again after a failure). A host awaits it, or `useTexts`, before it renders.
 */
export function loadTexts<K extends StringKey>(pack: TextPack<K>, locale: Locale): Promise<void> {
  if (textsReady(pack, locale)) return Promise.resolve();
  let loading = englishLoading.get(pack);
  if (!loading) {
    loading = pack.en().then(
      (texts) => {
        addTexts('en', texts);
        englishAdded.add(pack);
      },
      (error: unknown) => {
        englishLoading.delete(pack);
        throw error;
      },
    );
    englishLoading.set(pack, loading);
  }
  return loading;
}
