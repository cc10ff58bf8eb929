import type { Locale } from '../domain/common/types.js';
import { numberFormat } from './intl.js';

/** How many decimals a number shows. */
export interface NumberStyle {
  /** At most this many decimals, rounded (2 unless said; 0 for percentages). */
  maximumFractionDigits?: number;
  /** At least this many decimals, padded with zeros (0 unless said). */
  minimumFractionDigits?: number;
}

function digits(style: NumberStyle, defaultMaximum: number): Intl.NumberFormatOptions {
  const minimumFractionDigits = style.minimumFractionDigits ?? 0;
  const maximumFractionDigits = Math.max(
    style.maximumFractionDigits ?? defaultMaximum,
    minimumFractionDigits,
  );
  return { minimumFractionDigits, maximumFractionDigits };
}

/**
 * A number as the language writes it: a decimal comma and a space between thousands in Swedish
 * (`12 345,5`), a decimal point and commas in English (`12,345.5`); at most two decimals unless said.
 */
export function formatNumber(locale: Locale, value: number, style: NumberStyle = {}): string {
  return numberFormat(locale, digits(style, 2)).format(value);
}

/** A percentage given as 0–100, as the language writes it: `45,5 %` in Swedish, `45.5%` in English. */
export function formatPercent(locale: Locale, percent: number, style: NumberStyle = {}): string {
  return numberFormat(locale, { style: 'percent', ...digits(style, 0) }).format(percent / 100);
}
