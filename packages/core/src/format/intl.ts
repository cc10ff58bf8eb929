import type { Locale } from '../domain/common/types.js';

/** The time zone of every time shown to people: Malmö's, daylight saving time included. */
export const TIME_ZONE = 'Europe/Stockholm';

/** The BCP 47 tag a product language is formatted with. */
export type LocaleTag = 'sv-SE' | 'en-GB';

/** The BCP 47 tag of a product language: `sv-SE` for Swedish, `en-GB` for English. */
export function localeTag(locale: Locale): LocaleTag {
  return locale === 'en' ? 'en-GB' : 'sv-SE';
}

/** One key per language and set of options, whatever order the options were written in. */
function keyOf(locale: Locale, options: object): string {
  const entries = Object.entries(options)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${String(value)}`);
  return `${localeTag(locale)}|${entries.join(';')}`;
}

/** A getter that creates each formatter once per language and options and hands out the same one after. */
function cached<Options extends object, Formatter>(
  create: (tag: LocaleTag, options: Options) => Formatter,
): (locale: Locale, options: Options) => Formatter {
  const made = new Map<string, Formatter>();
  return (locale, options) => {
    const key = keyOf(locale, options);
    let formatter = made.get(key);
    if (formatter === undefined) {
      formatter = create(localeTag(locale), options);
      made.set(key, formatter);
    }
    return formatter;
  };
}

/**
 * The `Intl.DateTimeFormat` of a language and options, created once and reused: creating one costs far
 * more than formatting with it, which adds up to seconds over thousands of items.
 */
export const dateTimeFormat: (locale: Locale, options: Intl.DateTimeFormatOptions) => Intl.DateTimeFormat =
  cached((tag, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, options));

/** The `Intl.NumberFormat` of a language and options, created once and reused. */
export const numberFormat: (locale: Locale, options: Intl.NumberFormatOptions) => Intl.NumberFormat = cached(
  (tag, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(tag, options),
);

/** The `Intl.PluralRules` of a language (cardinal unless `ordinal` is asked for), created once and reused. */
export const pluralRules: (locale: Locale, type?: Intl.PluralRuleType) => Intl.PluralRules = (() => {
  const get = cached((tag, options: Intl.PluralRulesOptions) => new Intl.PluralRules(tag, options));
  return (locale: Locale, type: Intl.PluralRuleType = 'cardinal') => get(locale, { type });
})();
