import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/**
 * The source files of the tab's first view: those `starts` import statically (relative imports; types and
 * `import()` aside), and theirs, and so on. The pages loaded on demand (`lazy.tsx`) are not among them.
 */
function firstViewFiles(starts: string[]): Set<string> {
  const files = new Set<string>();
  const visit = (path: string) => {
    if (files.has(path)) return;
    files.add(path);
    const code = readFileSync(path, 'utf8');
    for (const m of code.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?from\s+'(\.[^']+)'/gm)) {
      const base = join(dirname(path), m[1]!.replace(/\.js$/, ''));
      const found = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => statOrNull(f));
      if (!found) throw new Error(`${path}: cannot resolve ${m[1]}`);
      visit(found);
    }
  };
  for (const start of starts) visit(join(root, start));
  return files;
}

const statOrNull = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The keys the given files' code names (comments aside), as `keysNamedIn` finds them. */
function keysNamedInFiles(files: Iterable<string>): Set<StringKey> {
  const found = new Set<StringKey>();
  for (const path of files) {
    const code = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
    for (const m of code.matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)['"`]/g))
      if (m[1]! in sv) found.add(m[1] as StringKey);
    for (const m of code.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z0-9]+)*\.)\$\{/g))
      for (const key of Object.keys(sv)) if (key.startsWith(m[1]!)) found.add(key as StringKey);
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
        'packages/ui/src/tab',
        'packages/ui/src/common',
        'packages/ui/src/dashboard',
        'apps/tab/src',
        'dev/local-stack/web/inbox',
        'packages/sharepoint/src/tab',
      ]),
    ).toEqual([]);
  });

  it('hold in the tab’s first pack every text its first view names (before any page loads on demand)', () => {
    // A key of the first view missing from `tabTexts` would show as the key until a page brought `tabPageTexts`.
    const files = firstViewFiles([
      'apps/tab/src/TabHost.tsx',
      'packages/ui/src/tab/TabApp.tsx',
      'packages/ui/src/tab/SignInPicker.tsx',
    ]);
    const named = (file: string) => files.has(join(root, file));
    // The crawl reaches the overview and the common code it shows, and stops at the pages loaded on demand.
    expect(
      ['packages/ui/src/tab/PlanOverview.tsx', 'packages/ui/src/common/plan-facts.ts'].filter(named),
    ).toHaveLength(2);
    expect(
      ['packages/ui/src/tab/InitiativePage.tsx', 'packages/ui/src/tab/FollowUpForm.tsx'].filter(named),
    ).toEqual([]);
    const keys = [...keysNamedInFiles(files)].filter((key) => !(key in tabTexts.sv));
    expect(keys.sort()).toEqual([]);
  });
});
