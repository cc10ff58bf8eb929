import { useEffect, useState } from 'react';
import type { Locale } from '@devplan/core/domain';
import { loadTexts, textsReady, type StringKey, type TextPack } from '@devplan/core/i18n';

/**
 * Whether `pack`'s texts in `locale` are loaded (Swedish always is); starts fetching English when it is
 * chosen and renders again when it has come. The component that calls `t` asks, and shows a busy state with
 * no text until it is true (no keys, no text in the other language). Should English fail to come, the view goes on in Swedish (`t`
 * falls back to it) rather than wait for ever.
 */
export function useTexts<K extends StringKey>(pack: TextPack<K>, locale: Locale): boolean {
  const ready = textsReady(pack, locale);
  const [, setLoaded] = useState(0);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (ready) return undefined;
    let live = true;
    loadTexts(pack, locale).then(
      () => {
        if (live) setLoaded((n) => n + 1);
      },
      (error: unknown) => {
        console.error(`The ${pack.name} texts in ${locale} could not be loaded; showing Swedish`, error);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [pack, locale, ready]);
  return ready || failed;
}
