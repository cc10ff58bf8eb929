/**
 * Formatting for people: dates and times (in Stockholm time), numbers, percentages and periods, in Swedish
 * (`sv-SE`) or English (`en-GB`). Every `Intl` formatter is created once per language and options.
 */
export { formatDate, formatDateTime, monthNames, stockholmDay } from './date.js';
export type { DateStyle } from './date.js';
export { formatNumber, formatPercent } from './number.js';
export type { NumberStyle } from './number.js';
export { periodLabel } from './period.js';
export { TIME_ZONE, localeTag, dateTimeFormat, numberFormat, pluralRules } from './intl.js';
export type { LocaleTag } from './intl.js';
