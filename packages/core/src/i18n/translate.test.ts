import { en } from './en.js';
import { sv } from './sv.js';
import { localeFrom, localize, t } from './translate.js';

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
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(sv) as (keyof typeof sv)[])
      expect([key, names(en[key])]).toEqual([key, names(sv[key])]);
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
});

describe('localize', () => {
  it('gives a text in both languages', () => {
    expect(localize('followUpState.approved')).toEqual({ sv: 'Godkänd', en: 'Approved' });
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
