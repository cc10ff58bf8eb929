/**
 * Sizes of the built browser pages' JavaScript (gzip level 9, as a server would send it), measured on the
 * files Vite wrote (`apps/tab/dist/web`, `dev/local-stack/dist/web`): what a page loads with its HTML (the module script and every
 * `modulepreload`), and the chunks it can load later on demand (dynamic `import()`), followed transitively.
 *
 * Run from the repository root after `npm run build`:
 *   node --experimental-strip-types --disable-warning=ExperimentalWarning tests/bench/bundles.ts [page]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { BUILT_PAGES } from '../support/web.ts';

/** One built script file. */
export interface ScriptSize {
  file: string;
  bytes: number;
  gzip: number;
}

/** A page's JavaScript: loaded with the HTML, and available on demand. */
export interface PageBundle {
  page: string;
  initial: ScriptSize[];
  lazy: ScriptSize[];
  initialGzip: number;
  initialBytes: number;
  lazyGzip: number;
}

const sizeOf = (dir: string, file: string): ScriptSize => {
  const content = readFileSync(join(dir, file));
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
};

/** Relative chunk names a built chunk imports: statically (`from"./x.js"`) and dynamically (`import("./x.js")`). */
function importsOf(code: string): { static: string[]; dynamic: string[] } {
  const stat = [...code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]!);
  const dyn = [...code.matchAll(/import\(\s*["']\.\/([^"']+\.js)["']\s*\)/g)].map((m) => m[1]!);
  // Vite's preload helper lists the deps of dynamic imports as "assets/x.js" strings (relative to the base).
  const listed = [...code.matchAll(/["'](?:[a-z-]+\/)?assets\/([^"']+\.js)["']/g)].map((m) => m[1]!);
  return { static: stat, dynamic: [...new Set([...dyn, ...listed])] };
}

/**
 * Measures page `page` (a folder of a build output with an `index.html`): the module script and the
 * modulepreloads of its HTML, plus their static imports, are `initial`; every chunk reachable only through
 * a dynamic import is `lazy`. Null when the page is not built.
 */
export function measurePage(page: string, webDir = BUILT_PAGES[page] ?? ''): PageBundle | null {
  const html = join(webDir, page, 'index.html');
  if (!existsSync(html)) return null;
  const text = readFileSync(html, 'utf8');
  // `/tab/assets/x.js` (the tab, served at /tab/) or `/assets/x.js` (the local pages).
  const paths = [...text.matchAll(/(?:src|href)="\/([^"]*assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  if (paths.length === 0) return null;
  const assets = join(webDir, dirname(paths[0]!));
  const referenced = paths.map((p) => p.slice(p.lastIndexOf('/') + 1));
  const initial = new Set<string>();
  const queue = [...referenced];
  while (queue.length) {
    const file = queue.shift()!;
    if (initial.has(file)) continue;
    initial.add(file);
    queue.push(...importsOf(readFileSync(join(assets, file), 'utf8')).static);
  }
  const lazy = new Set<string>();
  const pending = [...initial].flatMap((f) => importsOf(readFileSync(join(assets, f), 'utf8')).dynamic);
  while (pending.length) {
    const file = pending.shift()!;
    if (initial.has(file) || lazy.has(file) || !existsSync(join(assets, file))) continue;
    lazy.add(file);
    const next = importsOf(readFileSync(join(assets, file), 'utf8'));
    pending.push(...next.static, ...next.dynamic);
  }
  const sized = (files: Set<string>) => [...files].map((f) => sizeOf(assets, f));
  const initialSizes = sized(initial);
  const lazySizes = sized(lazy);
  const sum = (list: ScriptSize[], key: 'gzip' | 'bytes') => list.reduce((n, s) => n + s[key], 0);
  return {
    page,
    initial: initialSizes,
    lazy: lazySizes,
    initialGzip: sum(initialSizes, 'gzip'),
    initialBytes: sum(initialSizes, 'bytes'),
    lazyGzip: sum(lazySizes, 'gzip'),
  };
}

if (process.argv[1]?.endsWith('bundles.ts')) {
  const page = process.argv[2] ?? 'tab';
  const measured = measurePage(page);
  if (!measured) {
    console.error(`The page ${page} is not built: run \`npm run build\` first.`);
    process.exit(2);
  }
  console.log(JSON.stringify(measured, null, 2));
}
