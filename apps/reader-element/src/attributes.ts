import type { Locale } from '@devplan/core/domain';
import { localeFrom } from '@devplan/core/i18n';
import { settingsFromQuery, type ReaderSettings } from '@devplan/ui/reader';

/** The element's tag name. */
export const READER_ELEMENT_TAG = 'utvecklingsplan-reader';

/** The event the element sends when a reader opens an initiative (bubbles, composed). */
export const INITIATIVE_OPEN_EVENT = 'initiative-open';

/** Attributes of what is shown: changing one re-renders the view with the data already read. */
export const VIEW_ATTRIBUTES = ['plan', 'area', 'layout', 'sections', 'lang', 'heading'] as const;

/**
 * Attributes of where the plan is read and how the reader signs in: changing one starts over (settings,
 * sign-in, a new PnPjs instance).
 */
export const CONNECTION_ATTRIBUTES = [
  'site',
  'client-id',
  'tenant',
  'scope',
  'redirect-uri',
  'config',
  'local-user',
] as const;

/** Every attribute the element follows. */
export const OBSERVED_ATTRIBUTES: readonly string[] = [...VIEW_ATTRIBUTES, ...CONNECTION_ATTRIBUTES];

/** Reads an attribute (an element, or a plain map in tests). */
export type AttributeReader = (name: string) => string | null;

/**
 * The reader's settings from the element's attributes: `plan` (`latest` or a year), `area` (a focus area id),
 * `layout` (overview, dashboard, table, timeline) and `sections` (a comma-separated list of parts); unknown
 * or malformed values fall back to the web part's defaults, as the preview page's query string does.
 */
export function settingsFromAttributes(read: AttributeReader): ReaderSettings {
  const params = new URLSearchParams();
  const copy = (attribute: string, param: string) => {
    const value = read(attribute);
    if (value !== null) params.set(param, value.trim());
  };
  copy('plan', 'year');
  copy('area', 'area');
  copy('layout', 'layout');
  const sections = read('sections');
  if (sections !== null) params.set('sections', sections.replace(/\s+/g, ''));
  return settingsFromQuery(params.toString());
}

/**
 * The reader's language: the element's `lang`, else the nearest `lang` of the page around it (Omnia sets the
 * page's), else Swedish.
 */
export function localeOfElement(element: Element): Locale {
  const own = element.getAttribute('lang');
  if (own) return localeFrom(own);
  return localeFrom(element.closest('[lang]')?.getAttribute('lang') ?? null);
}
