/**
 * The built browser pages for tests and benches. `npm run build` writes the tab to `apps/tab/dist/web` (`tab/`
 * with its assets) and the local-only pages to `dev/local-stack/dist/web` (`inbox/`, `webpart-preview/`,
 * `assets/`); the app server serves both. Tests run on a private merged copy, so a rebuild running meanwhile
 * (Vite empties its output folder first) cannot pull the pages from under a running test.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root: npm, Jest and the benches run from it. */
export const REPO_ROOT = process.cwd();

/** The pages, and the build output folder each is in. */
export const BUILT_PAGES: Readonly<Record<string, string>> = {
  tab: resolve(REPO_ROOT, 'apps/tab/dist/web'),
  inbox: resolve(REPO_ROOT, 'dev/local-stack/dist/web'),
  'webpart-preview': resolve(REPO_ROOT, 'dev/local-stack/dist/web'),
};

/** True when the page's HTML and every script it references are there (a finished build). */
export function isBuilt(page: string, webDir = BUILT_PAGES[page]!): boolean {
  const index = join(webDir, page, 'index.html');
  if (!existsSync(index)) return false;
  const scripts = [...readFileSync(index, 'utf8').matchAll(/src="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  return scripts.length > 0 && scripts.every((s) => existsSync(join(webDir, s)));
}

/** The sources each build output is made from (the libraries, and the app's own). */
const SOURCES: Readonly<Record<string, readonly string[]>> = {
  tab: ['apps/tab/src', 'apps/tab/index.html'],
  inbox: ['dev/local-stack/web'],
  'webpart-preview': ['dev/local-stack/web'],
};
const LIBRARIES = ['packages/core/src', 'packages/sharepoint/src', 'packages/ui/src'];

function newestChange(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), 0);
}

/** Fails with what to do when a page is not built, or was built before its sources last changed. */
export function requireBuiltPages(pages: readonly string[] = Object.keys(BUILT_PAGES)): void {
  const missing = pages.filter((p) => !isBuilt(p));
  if (missing.length)
    throw new Error(`The pages ${missing.join(', ')} are not built: run \`npm run build\` first.`);
  const stale = pages.filter((page) => {
    const built = statSync(join(BUILT_PAGES[page]!, page, 'index.html')).mtimeMs;
    const sources = [...LIBRARIES, ...(SOURCES[page] ?? [])].map((p) => resolve(REPO_ROOT, p));
    return sources.some((source) => existsSync(source) && newestChange(source) > built);
  });
  if (stale.length)
    throw new Error(
      `The pages ${stale.join(', ')} are older than their sources: run \`npm run build\` first.`,
    );
}

/**
 * A private copy of every built page in one folder (the app server's `webDirs`), taken from a finished build.
 * While another build is running, waits until it has finished (a condition, not a time), up to `patienceMs`.
 */
export async function snapshotWebDir(patienceMs = 120_000): Promise<string> {
  if (Object.keys(BUILT_PAGES).every((p) => isBuilt(p))) requireBuiltPages();
  const until = Date.now() + patienceMs;
  for (;;) {
    const copy = mkdtempSync(join(tmpdir(), 'devplan-web-'));
    for (const dir of new Set(Object.values(BUILT_PAGES))) {
      if (existsSync(dir)) cpSync(dir, copy, { recursive: true });
    }
    if (Object.keys(BUILT_PAGES).every((p) => isBuilt(p, copy))) return copy;
    rmSync(copy, { recursive: true, force: true });
    if (Date.now() > until) {
      requireBuiltPages();
      throw new Error('The built pages did not become complete.');
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * The reader web component's build (`npm run build`): not a page but one ES module, `reader/utvecklingsplan-reader.js`,
 * and its chunks in `reader/assets/`, which the app server serves beside the pages.
 */
export const READER_ELEMENT = {
  webDir: resolve(REPO_ROOT, 'apps/reader-element/dist/web'),
  entry: 'reader/utvecklingsplan-reader.js',
  sources: ['apps/reader-element/src'],
} as const;

/**
 * A private copy of the reader web component's build (a folder for the app server's `webDirs`), after checking
 * that it is built and not older than its sources.
 */
export function snapshotReaderElement(): string {
  const entry = join(READER_ELEMENT.webDir, READER_ELEMENT.entry);
  if (!existsSync(entry))
    throw new Error('The reader web component is not built: run `npm run build` first.');
  const built = statSync(entry).mtimeMs;
  const sources = [...LIBRARIES, ...READER_ELEMENT.sources].map((p) => resolve(REPO_ROOT, p));
  if (sources.some((source) => existsSync(source) && newestChange(source) > built))
    throw new Error('The reader web component is older than its sources: run `npm run build` first.');
  const copy = mkdtempSync(join(tmpdir(), 'devplan-reader-'));
  cpSync(READER_ELEMENT.webDir, copy, { recursive: true });
  return copy;
}
