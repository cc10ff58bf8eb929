// As in a browser build (`tables.browser.ts`): the tables start empty and a host adds its surface's pack.
jest.mock('./tables.js', () => ({ tables: { sv: {}, en: {} } }));

import { loadTexts, textPack, textsReady } from './packs.js';
import { readerTexts } from './packs/reader.js';
import { localize, t } from './translate.js';

describe('text packs in a browser build', () => {
  it('have the reader’s Swedish texts at hand and fetch English only when it is asked for', async () => {
    expect(t('sv', 'reader.loading')).toBe('reader.loading');
    expect(textsReady(readerTexts, 'sv')).toBe(true);
    expect(t('sv', 'reader.loading')).toBe('Hämtar planen …');
    // English not loaded yet: Swedish rather than a key.
    expect(t('en', 'reader.loading')).toBe('Hämtar planen …');
    expect(localize('error.forbidden').en).toBe('Du har inte behörighet att göra detta.');
    expect(textsReady(readerTexts, 'en')).toBe(false);
    await loadTexts(readerTexts, 'en');
    expect(textsReady(readerTexts, 'en')).toBe(true);
    expect(t('en', 'reader.loading')).toBe('Loading the plan …');
    expect(localize('error.forbidden').en).toBe('You are not allowed to do this.');
  });

  it('leave out what another surface shows', () => {
    expect(t('sv', 'tab.nav.overview')).toBe('tab.nav.overview');
    expect(t('en', 'tab.nav.overview')).toBe('tab.nav.overview');
  });

  it('fetch English again after a failure', async () => {
    let calls = 0;
    const pack = textPack('test', { 'tab.nav.overview': 'Översikt' }, () =>
      ++calls === 1
        ? Promise.reject(new Error('offline'))
        : Promise.resolve({ 'tab.nav.overview': 'Overview' }),
    );
    await expect(loadTexts(pack, 'en')).rejects.toThrow('offline');
    await loadTexts(pack, 'en');
    expect(calls).toBe(2);
    expect(t('en', 'tab.nav.overview')).toBe('Overview');
  });
});
