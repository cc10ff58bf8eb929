import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { Locale, Localized } from '@devplan/core/domain';
import { t, type StringKey, type StringParams } from '@devplan/core/i18n';

const LocaleContext = createContext<Locale>('sv');

/** Gives the views below it their language (Swedish unless the host says English). */
export function LocaleProvider(props: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={props.locale}>{props.children}</LocaleContext.Provider>;
}

/** The current language. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** A translator bound to the current language: `tr('tab.overview.title')`, `tr.pick(localized)`. */
export interface Translator {
  (key: StringKey, params?: StringParams): string;
  /** Picks the current language from a text carried in both (errors, readiness). */
  pick(text: Localized): string;
  locale: Locale;
}

/** The translator of the current language. */
export function useT(): Translator {
  const locale = useLocale();
  const translate = useCallback((key: StringKey, params?: StringParams) => t(locale, key, params), [locale]);
  return Object.assign(translate, { pick: (text: Localized) => text[locale], locale });
}
