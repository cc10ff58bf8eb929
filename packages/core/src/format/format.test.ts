import {
  dateTimeFormat,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  localeTag,
  monthNames,
  numberFormat,
  periodLabel,
  pluralRules,
} from './index.js';

/** Intl writes a no-break space (U+00A0) or a narrow one (U+202F) where people see a space. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the language tags', () => {
  it('are sv-SE for Swedish and en-GB for English', () => {
    expect([localeTag('sv'), localeTag('en')]).toEqual(['sv-SE', 'en-GB']);
  });
});

describe('formatDate', () => {
  it('writes a day in Swedish and in English', () => {
    expect(formatDate('sv', '2026-04-30')).toBe('30 apr. 2026');
    expect(formatDate('en', '2026-04-30')).toBe('30 Apr 2026');
    expect(formatDate('sv', '2026-12-04', 'long')).toBe('4 december 2026');
    expect(formatDate('sv', '2026-12-04', 'short')).toBe('2026-12-04');
  });

  it('never shifts a date-only value a day, on the first and the last day of the year', () => {
    expect(formatDate('sv', '2026-01-01', 'long')).toBe('1 januari 2026');
    expect(formatDate('sv', '2026-12-31', 'long')).toBe('31 december 2026');
    expect(formatDate('en', '2026-03-29', 'long')).toBe('29 March 2026');
    expect(formatDate('en', '2026-10-25', 'long')).toBe('25 October 2026');
  });

  it('gives the day a UTC time falls on in Stockholm, just before and after midnight', () => {
    expect(formatDate('sv', '2026-12-03T22:59:00Z', 'long')).toBe('3 december 2026');
    expect(formatDate('sv', '2026-12-03T23:27:00Z', 'long')).toBe('4 december 2026');
    expect(formatDate('sv', '2026-06-30T21:59:00Z', 'long')).toBe('30 juni 2026');
    expect(formatDate('sv', '2026-06-30T22:00:00Z', 'long')).toBe('1 juli 2026');
  });

  it('is empty for no value and shows a text that is not an ISO date as it is', () => {
    expect(formatDate('sv', null)).toBe('');
    expect(formatDate('sv', undefined)).toBe('');
    expect(formatDate('sv', '')).toBe('');
    expect(formatDate('sv', 'i vår')).toBe('i vår');
    expect(formatDate('sv', '2026-02-30')).toBe('2026-02-30');
  });
});

describe('formatDateTime', () => {
  it('shows 2026-12-03T23:27:00Z as 4 december 2026 at 00:27, Stockholm time', () => {
    expect(formatDateTime('sv', '2026-12-03T23:27:00Z', 'long')).toBe('4 december 2026 kl. 00:27');
    expect(formatDateTime('sv', '2026-12-03T23:27:00Z')).toBe('4 dec. 2026 00:27');
    expect(formatDateTime('en', '2026-12-03T23:27:00Z')).toBe('4 Dec 2026, 00:27');
  });

  it('moves the clock forward when summer time starts on 29 March 2026', () => {
    expect(formatDateTime('sv', '2026-03-29T00:59:00Z')).toBe('29 mars 2026 01:59');
    expect(formatDateTime('sv', '2026-03-29T01:00:00Z')).toBe('29 mars 2026 03:00');
    expect(formatDateTime('sv', '2026-03-29T01:30:00Z')).toBe('29 mars 2026 03:30');
  });

  it('moves the clock back when summer time ends on 25 October 2026', () => {
    expect(formatDateTime('sv', '2026-10-25T00:30:00Z')).toBe('25 okt. 2026 02:30');
    expect(formatDateTime('sv', '2026-10-25T01:30:00Z')).toBe('25 okt. 2026 02:30');
    expect(formatDateTime('sv', '2026-10-25T02:30:00Z')).toBe('25 okt. 2026 03:30');
  });

  it('reads an offset, fractions of a second, and a time without a zone as UTC', () => {
    expect(formatDateTime('sv', '2026-05-04T11:30:00+02:00')).toBe('4 maj 2026 11:30');
    expect(formatDateTime('sv', '2026-05-04T09:30:00.123Z')).toBe('4 maj 2026 11:30');
    expect(formatDateTime('sv', '2026-05-04T09:30:00')).toBe('4 maj 2026 11:30');
  });

  it('shows a date-only value as a date, without inventing a time', () => {
    expect(formatDateTime('sv', '2026-04-30')).toBe('30 apr. 2026');
    expect(formatDateTime('en', null)).toBe('');
  });
});

describe('monthNames', () => {
  it('lists the twelve months of the language, January first', () => {
    expect(monthNames('sv')).toHaveLength(12);
    expect(monthNames('sv')[0]).toBe('jan.');
    expect(monthNames('en')[11]).toBe('Dec');
    expect(monthNames('sv', 'long')[2]).toBe('mars');
  });
});

describe('formatNumber', () => {
  it('writes a decimal comma in Swedish and a decimal point in English', () => {
    expect(formatNumber('sv', 1.5)).toBe('1,5');
    expect(formatNumber('en', 1.5)).toBe('1.5');
  });

  it('groups thousands as the language does', () => {
    expect(plain(formatNumber('sv', 12345.5))).toBe('12 345,5');
    expect(formatNumber('en', 12345.5)).toBe('12,345.5');
  });

  it('rounds to two decimals unless told otherwise', () => {
    expect(formatNumber('sv', 10.555)).toBe('10,56');
    expect(formatNumber('sv', 10.12345, { maximumFractionDigits: 4 })).toBe('10,1235');
    expect(formatNumber('en', 3, { minimumFractionDigits: 1 })).toBe('3.0');
    expect(formatNumber('en', 3.14159, { minimumFractionDigits: 3 })).toBe('3.142');
  });
});

describe('formatPercent', () => {
  it('writes a percentage given as 0–100 in each language', () => {
    expect(plain(formatPercent('sv', 45))).toBe('45 %');
    expect(formatPercent('en', 45)).toBe('45%');
    expect(plain(formatPercent('sv', 45.5, { maximumFractionDigits: 1 }))).toBe('45,5 %');
  });
});

describe('periodLabel', () => {
  it('names a period in each language', () => {
    expect(periodLabel('sv', 'T1')).toBe('Tertial 1');
    expect(periodLabel('en', 'FY')).toBe('Full year');
  });

  it('adds the year when given a period of a year', () => {
    expect(periodLabel('sv', { year: 2026, period: 'T2' })).toBe('Tertial 2 2026');
    expect(periodLabel('en', { year: 2026, period: 'FY' })).toBe('Full year 2026');
  });

  it('shows a key of a custom scheme as it is', () => {
    expect(periodLabel('sv', 'Q3')).toBe('Q3');
    expect(periodLabel('en', { year: 2027, period: 'toString' })).toBe('toString 2027');
  });
});

describe('the Intl formatters', () => {
  afterEach(() => jest.restoreAllMocks());

  it('are created once per language and options, whatever order the options are in', () => {
    const a = dateTimeFormat('sv', { dateStyle: 'medium', timeZone: 'UTC' });
    expect(dateTimeFormat('sv', { timeZone: 'UTC', dateStyle: 'medium' })).toBe(a);
    expect(dateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' })).not.toBe(a);
    expect(numberFormat('sv', { maximumFractionDigits: 2 })).toBe(
      numberFormat('sv', { maximumFractionDigits: 2 }),
    );
    expect(pluralRules('en')).toBe(pluralRules('en', 'cardinal'));
    expect(pluralRules('en', 'ordinal')).not.toBe(pluralRules('en'));
  });

  it('are not created again when thousands of items are formatted', () => {
    const values = Array.from({ length: 5000 }, (_, i) => new Date(Date.UTC(2026, 0, 1) + i * 3_600_000));
    const format = () =>
      values.map((d) => [
        formatDate('sv', d.toISOString().slice(0, 10)),
        formatDateTime('en', d.toISOString()),
        formatNumber('sv', d.getUTCHours() / 7),
        formatPercent('en', d.getUTCHours()),
      ]);
    format();
    const dates = jest.spyOn(Intl, 'DateTimeFormat');
    const numbers = jest.spyOn(Intl, 'NumberFormat');
    const plurals = jest.spyOn(Intl, 'PluralRules');
    expect(format()).toHaveLength(5000);
    expect([dates.mock.calls.length, numbers.mock.calls.length, plurals.mock.calls.length]).toEqual([
      0, 0, 0,
    ]);
    // The spies do see a formatter that has not been asked for before.
    dateTimeFormat('sv', { year: 'numeric', timeZone: 'Asia/Tokyo' });
    expect(dates.mock.calls.length).toBe(1);
  });
});
