import { en } from './en.js';
import { sv } from './sv.js';
import { localeFrom, localize, t, type StringParams } from './translate.js';
import type { StringKey } from './sv.js';

/** The names of a text's parameters, plural counts included (a branch such as `one {insats}` is no name). */
const names = (text: string) =>
  [
    ...new Set(
      [...text.matchAll(/(?<![\s,}](?:=\d+|zero|one|two|few|many|other)\s*)\{(\w+)\s*[,}]/g)].map(
        (m) => m[1]!,
      ),
    ),
  ].sort();

const keys = Object.keys(sv) as StringKey[];

describe('string tables', () => {
  it('have the same keys in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it('have no empty texts', () => {
    for (const table of [sv, en]) {
      for (const [key, text] of Object.entries(table))
        expect([key, text.trim().length > 0]).toEqual([key, true]);
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of keys) expect([key, names(en[key])]).toEqual([key, names(sv[key])]);
  });

  it('fill every placeholder and plural of every text, whatever the count', () => {
    for (const count of [0, 1, 2, 5, 21])
      for (const key of keys)
        for (const locale of ['sv', 'en'] as const) {
          const params: StringParams = Object.fromEntries(names(sv[key]).map((name) => [name, count]));
          expect([key, /[{}#]/.test(t(locale, key, params))]).toEqual([key, false]);
        }
  });
});

describe('t', () => {
  it('fills parameters into the text', () => {
    expect(t('sv', 'validation.tooLong', { max: 255 })).toBe('Högst 255 tecken.');
    expect(t('en', 'validation.tooLong', { max: 255 })).toBe('At most 255 characters.');
  });

  it('leaves an unknown placeholder visible rather than inventing a value', () => {
    expect(t('en', 'error.notFound', { what: 'Plan' })).toBe('Plan {id} does not exist.');
  });

  it('leaves a plural visible as written when its count is not given', () => {
    expect(t('sv', 'list.more.shown', { shown: 50, group: 'Teknologi' })).toBe(
      'Visar 50 av {total, plural, one {# insats} other {# insatser}} i Teknologi.',
    );
  });
});

describe('plurals in the string tables', () => {
  const summary = (locale: 'sv' | 'en', count: number) =>
    t(locale, 'effects.chart.summary', {
      title: 'Ledtid',
      count,
      latest: '4',
      unit: 'dagar',
      date: '2026-04-30',
      baseline: '9',
      target: '2',
    });

  it('say 1 mätning and 2 mätningar in Swedish', () => {
    expect(summary('sv', 1)).toMatch(/^Ledtid: 1 mätning\. /);
    expect(summary('sv', 2)).toMatch(/^Ledtid: 2 mätningar\. /);
    expect(summary('sv', 0)).toMatch(/^Ledtid: 0 mätningar\. /);
  });

  it('say 1 measurement and 2 measurements in English', () => {
    expect(summary('en', 1)).toMatch(/^Ledtid: 1 measurement\. /);
    expect(summary('en', 2)).toMatch(/^Ledtid: 2 measurements\. /);
  });

  it('say 1 godkänd uppföljning of one approved follow-up, and count the initiatives on their own', () => {
    expect(t('sv', 'reports.doc.approvedCount', { count: 1, total: 1 })).toBe(
      '1 godkänd uppföljning av 1 insats',
    );
    expect(t('sv', 'reports.doc.approvedCount', { count: 1, total: 13 })).toBe(
      '1 godkänd uppföljning av 13 insatser',
    );
    expect(t('sv', 'reports.doc.approvedCount', { count: 2, total: 3 })).toBe(
      '2 godkända uppföljningar av 3 insatser',
    );
    expect(t('en', 'reports.doc.approvedCount', { count: 1, total: 13 })).toBe(
      '1 approved follow-up of 13 initiatives',
    );
  });

  it('agree the English verb with its own count', () => {
    expect(t('en', 'tab.readiness.fullyReady', { ready: 1, total: 13 })).toBe(
      '1 of 13 initiatives meets every criterion.',
    );
    expect(t('en', 'tab.readiness.fullyReady', { ready: 0, total: 1 })).toBe(
      '0 of 1 initiative meet every criterion.',
    );
  });

  it('agree the Swedish adjective with the count of fields', () => {
    expect(t('sv', 'tab.form.fixErrors', { count: 1 })).toBe('Inget har sparats. Rätta 1 markerat fält.');
    expect(t('sv', 'tab.form.fixErrors', { count: 3 })).toBe('Inget har sparats. Rätta 3 markerade fält.');
  });

  it('match an exact count before the plural rules, and write Swedish ordinals as 2:a and 3:e', () => {
    const every = (locale: 'sv' | 'en', months: number) =>
      t(locale, 'effects.effect.everyMonths', { months });
    expect([1, 2, 3, 12, 22].map((m) => every('sv', m))).toEqual([
      'Varje månad',
      'Varannan månad',
      'Var 3:e månad',
      'Var 12:e månad',
      'Var 22:a månad',
    ]);
    expect([1, 3].map((m) => every('en', m))).toEqual(['Every month', 'Every 3 months']);
  });

  it('read a count given as text, and use the other form for one that is not a number', () => {
    expect(t('en', 'validation.tooShort', { min: '1' })).toBe('At least 1 character.');
    expect(t('en', 'validation.tooShort', { min: 'x' })).toBe('At least x characters.');
  });
});

describe('localize', () => {
  it('gives a text in both languages', () => {
    expect(localize('followUpState.approved')).toEqual({ sv: 'Godkänd', en: 'Approved' });
  });

  it('chooses the plural form per language', () => {
    expect(localize('effects.due.overdue', { date: '1 maj 2026', count: 1 })).toEqual({
      sv: 'Försenad sedan 1 maj 2026 (1 missad)',
      en: 'Overdue since 1 maj 2026 (1 missed)',
    });
  });
});

describe('localeFrom', () => {
  it('chooses English for English host locales and Swedish for everything else', () => {
    expect(localeFrom('en-GB')).toBe('en');
    expect(localeFrom('sv-SE')).toBe('sv');
    expect(localeFrom('nb-NO')).toBe('sv');
    expect(localeFrom(undefined)).toBe('sv');
  });
});
