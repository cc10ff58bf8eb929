import type { Locale, PlanChoice } from '@devplan/core/domain';

/** How the plan is laid out. */
export const READER_LAYOUTS = ['overview', 'dashboard', 'table', 'timeline'] as const;
/** A layout of the reader view. */
export type ReaderLayout = (typeof READER_LAYOUTS)[number];

/** The parts of the reader view an editor can switch on and off. */
export const READER_SECTIONS = [
  'decisions',
  'longTerm',
  'followUp',
  'effects',
  'changes',
  'activities',
] as const;
/** A part of the reader view. */
export type ReaderSection = (typeof READER_SECTIONS)[number];

export type { PlanChoice };

/** What the page editor chose in the property pane (or the preview page in its query string). */
export interface ReaderSettings {
  plan: PlanChoice;
  /** Show only this focus area (its id), or all when null. */
  areaId: number | null;
  layout: ReaderLayout;
  /** The parts shown. */
  sections: readonly ReaderSection[];
}

/** Settings of a freshly added web part: the latest adopted plan, all areas, overview, every part. */
export const DEFAULT_READER_SETTINGS: ReaderSettings = {
  plan: 'latest',
  areaId: null,
  layout: 'overview',
  sections: READER_SECTIONS,
};

const isLayout = (value: string | null): value is ReaderLayout =>
  value !== null && (READER_LAYOUTS as readonly string[]).includes(value);
const isSection = (value: string): value is ReaderSection =>
  (READER_SECTIONS as readonly string[]).includes(value);

function positiveInt(value: string | null | undefined): number | null {
  if (!value || !/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
}

/** Reads a plan choice from text: `latest` (or nothing) or a four-digit year. */
export function parsePlanChoice(value: string | null | undefined): PlanChoice {
  const year = value && /^\d{4}$/.test(value) ? Number(value) : null;
  return year ?? 'latest';
}

/**
 * Reads settings from a query string such as `?layout=table&area=3&sections=followUp,effects&year=2026`;
 * unknown or malformed values fall back to the defaults.
 */
export function settingsFromQuery(search: string): ReaderSettings {
  const params = new URLSearchParams(search);
  const sections = params.get('sections');
  const layout = params.get('layout');
  return {
    plan: parsePlanChoice(params.get('year')),
    areaId: positiveInt(params.get('area')),
    layout: isLayout(layout) ? layout : DEFAULT_READER_SETTINGS.layout,
    sections: sections === null ? DEFAULT_READER_SETTINGS.sections : sections.split(',').filter(isSection),
  };
}

/** Writes settings as a query string (the inverse of `settingsFromQuery`), with an optional language. */
export function settingsToQuery(settings: ReaderSettings, locale?: Locale): string {
  const params = new URLSearchParams();
  if (settings.plan !== 'latest') params.set('year', String(settings.plan));
  if (settings.areaId !== null) params.set('area', String(settings.areaId));
  if (settings.layout !== DEFAULT_READER_SETTINGS.layout) params.set('layout', settings.layout);
  if (settings.sections.join(',') !== DEFAULT_READER_SETTINGS.sections.join(','))
    params.set('sections', settings.sections.join(','));
  if (locale) params.set('lang', locale);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The URL fragment of a deep link to an initiative: `#initiative=12`. */
export function initiativeHash(initiativeId: number): string {
  return `#initiative=${initiativeId}`;
}

/** The initiative a URL fragment links to (`#initiative=12`), or null. */
export function initiativeFromHash(hash: string): number | null {
  const match = /(?:^#|&)initiative=(\d{1,9})(?:&|$)/.exec(hash);
  return match ? positiveInt(match[1]) : null;
}

/** The parts shown, from one on/off flag per part (as the property pane stores them); missing flags are on. */
export function sectionsFromFlags(
  flags: Partial<Record<ReaderSection, boolean | undefined>>,
): ReaderSection[] {
  return READER_SECTIONS.filter((section) => flags[section] !== false);
}
