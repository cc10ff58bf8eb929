import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { webLightTheme, type Theme } from '@fluentui/react-components';
import { readerTheme } from './theme.js';

/** The `tokens.x` a folder's sources name. */
function tokensNamedIn(dir: string, found = new Set<string>()): Set<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) tokensNamedIn(path, found);
    else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry))
      for (const m of readFileSync(path, 'utf8').matchAll(/\btokens\.(\w+)/g)) found.add(m[1]!);
  }
  return found;
}

describe('the reader’s theme', () => {
  it('has Fluent’s web light values', () => {
    for (const [name, value] of Object.entries(readerTheme))
      expect([name, value]).toEqual([name, webLightTheme[name as keyof Theme]]);
  });

  it('has every token the reader’s views, common parts and dashboard name', () => {
    const named = new Set<string>();
    for (const dir of ['reader', 'common', 'dashboard']) tokensNamedIn(join(__dirname, '..', dir), named);
    expect([...named].filter((name) => !(name in readerTheme))).toEqual([]);
  });
});
