import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  dashboardTexts,
  readerTexts,
  sv,
  tabPageTexts,
  tabTexts,
  type StringKey,
  type TextPack,
} from '@devplan/core/i18n';

const root = join(__dirname, '../../../..');

/** The keys of the string tables a folder's sources name: whole keys, and every key under a `prefix.${…}`. */
function keysNamedIn(dir: string, found = new Set<StringKey>()): Set<StringKey> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) keysNamedIn(path, found);
    else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry)) {
      const code = readFileSync(path, 'utf8');
      for (const m of code.matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)['"`]/g))
        if (m[1]! in sv) found.add(m[1] as StringKey);
      for (const m of code.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z0-9]+)*\.)\$\{/g))
        for (const key of Object.keys(sv)) if (key.startsWith(m[1]!)) found.add(key as StringKey);
    }
  }
  return found;
}

const missing = (packs: TextPack<StringKey>[], dirs: string[]) => {
  const keys = new Set<StringKey>();
  for (const dir of dirs) keysNamedIn(join(root, dir), keys);
  return [...keys].filter((key) => !packs.some((pack) => key in pack.sv)).sort();
};

// Each browser surface shows only the texts of its packs (a key outside them would show as the key).
describe('the browser surfaces’ text packs', () => {
  it('hold every text the reader (web part, web component, preview page) names', () => {
    const dirs = [
      'packages/ui/src/reader',
      'packages/ui/src/common',
      'apps/webpart/src',
      'apps/reader-element/src',
      'dev/local-stack/web/webpart-preview',
    ];
    // The dashboard layout shows its own texts once it has loaded them (`dashboardTexts`).
    expect(
      missing([readerTexts as TextPack<StringKey>], dirs).filter((k) => !k.startsWith('dashboard.')),
    ).toEqual([]);
  });

  it('hold every text the reader’s dashboard names', () => {
    expect(
      missing([readerTexts, dashboardTexts] as TextPack<StringKey>[], ['packages/ui/src/dashboard']),
    ).toEqual([]);
  });

  it('hold every text the tab and the card inbox name', () => {
    // The tab's first view shows `tabTexts`; the pages it loads on demand add `tabPageTexts` (`lazyPage`).
    expect(
      missing([tabTexts, tabPageTexts] as TextPack<StringKey>[], [
        'packages/ui/src',
        'apps/tab/src',
        'dev/local-stack/web/inbox',
        'packages/sharepoint/src/tab',
      ]),
    ).toEqual([]);
  });
});
