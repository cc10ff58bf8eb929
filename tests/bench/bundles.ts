/**
 * Sizes of the built browser pages' JavaScript (gzip level 9, as a server would send it), measured on the
 * files Vite wrote (`apps/tab/dist/web`, `dev/local-stack/dist/web`): what a page loads with its HTML (the module script and every
 * `modulepreload`), and the chunks it can load later on demand (dynamic `import()`), followed transitively.
 *
 * Run from the repository root after `npm run build`:
 *   node --experimental-strip-types --disable-warning=ExperimentalWarning tests/bench/bundles.ts [page]
 * (`reader-element` for the reader web component, `apps/reader-element/dist/web`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

import { BUILT_PAGES, READER_ELEMENT } from '../support/web.ts';

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
  // A minifier may quote a dynamic import's path with backticks.
  const dyn = [...code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]!);
  // Vite's preload helper lists the deps of dynamic imports as "assets/x.js" strings (relative to the base).
  const listed = [...code.matchAll(/["'](?:[a-z-]+\/)?assets\/([^"']+\.js)["']/g)].map((m) => m[1]!);
  return { static: stat, dynamic: [...new Set([...dyn, ...listed])] };
}

/** How a chunk names another: relative to the importing chunk's folder (`from`), as a path under the measured folder. */
type ImportResolver = (from: string, specifier: string) => string;

/**
 * Follows the chunks under `dir` from `roots`: the roots and their static imports are `initial`; every chunk
 * reachable only through a dynamic import is `lazy`.
 */
function collect(
  dir: string,
  roots: string[],
  resolveImport: ImportResolver,
): { initial: Set<string>; lazy: Set<string> } {
  const importsIn = (file: string) => {
    const found = importsOf(readFileSync(join(dir, file), 'utf8'));
    const resolved = (specs: string[]) => specs.map((s) => resolveImport(file, s));
    return { static: resolved(found.static), dynamic: resolved(found.dynamic) };
  };
  const initial = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.shift()!;
    if (initial.has(file)) continue;
    initial.add(file);
    queue.push(...importsIn(file).static);
  }
  const lazy = new Set<string>();
  const pending = [...initial].flatMap((f) => importsIn(f).dynamic);
  while (pending.length) {
    const file = pending.shift()!;
    if (initial.has(file) || lazy.has(file) || !existsSync(join(dir, file))) continue;
    lazy.add(file);
    const next = importsIn(file);
    pending.push(...next.static, ...next.dynamic);
  }
  return { initial, lazy };
}

/** The sizes of the chunks `collect` found. */
function bundleOf(
  page: string,
  dir: string,
  { initial, lazy }: { initial: Set<string>; lazy: Set<string> },
): PageBundle {
  const sized = (files: Set<string>) => [...files].map((f) => sizeOf(dir, f));
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
  return bundleOf(
    page,
    assets,
    collect(assets, referenced, (_from, name) => name),
  );
}

/**
 * Measures a built ES module script that is not a page (the reader web component,
 * `reader/utvecklingsplan-reader.js`, whose chunks sit in `reader/assets/`): the module and its static imports
 * are `initial`, chunks it loads on demand `lazy`, each import followed from its chunk's own folder. Null when
 * it is not built.
 */
export function measureModule(name: string, webDir: string, entry: string): PageBundle | null {
  if (!existsSync(join(webDir, entry))) return null;
  const relative: ImportResolver = (from, specifier) => posix.join(posix.dirname(from), specifier);
  return bundleOf(name, webDir, collect(webDir, [entry], relative));
}

/** The reader web component's initial JavaScript, with the part that is React's runtime told apart. */
export interface ReaderElementBundle extends PageBundle {
  /** gzip bytes of the `react-runtime` chunk (React and ReactDOM), which SharePoint supplies to the web part. */
  reactRuntimeGzip: number;
  /** The initial gzip bytes less React's runtime: the figure that compares with the web part's entry chunk. */
  initialWithoutReactGzip: number;
}

/** Measures the reader web component's build (`<webDir>/reader/utvecklingsplan-reader.js`); null when not built. */
export function measureReaderElement(webDir: string = READER_ELEMENT.webDir): ReaderElementBundle | null {
  const bundle = measureModule('reader-element', webDir, READER_ELEMENT.entry);
  if (!bundle) return null;
  const reactRuntimeGzip = bundle.initial
    .filter((s) => /(^|\/)react-runtime-[\w-]+\.js$/.test(s.file))
    .reduce((n, s) => n + s.gzip, 0);
  return { ...bundle, reactRuntimeGzip, initialWithoutReactGzip: bundle.initialGzip - reactRuntimeGzip };
}

if (process.argv[1]?.endsWith('bundles.ts')) {
  const page = process.argv[2] ?? 'tab';
  const measured = page === 'reader-element' ? measureReaderElement() : measurePage(page);
  if (!measured) {
    console.error(`The page ${page} is not built: run \`npm run build\` first.`);
    process.exit(2);
  }
  console.log(JSON.stringify(measured, null, 2));
}
