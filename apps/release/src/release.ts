import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { checkIcons } from './icons.js';
import { AGENT_FILE, buildAppPackage } from './package.js';
import { readPackageInput } from './sources.js';
import { languageProblems, type LanguageFile } from './localization.js';
import { assertValidManifest, validateAgent, validateLanguageFile } from './validate.js';

const run = promisify(execFile);

/** What goes into `release/` and where it comes from. */
export interface ReleaseInput {
  /** The repository root. */
  root: string;
  /** The output folder (emptied first, once the manifest is known to be valid). */
  out: string;
  /** The tenant's environment file for the manifest (`apps/release/env/<tenant>.env`). */
  envFile: string;
  /** The manifest folder: `manifest.template.json` and `assets/`. */
  manifestDir: string;
  /** The built web pages (`apps/tab/dist/web`). */
  webDir: string;
  /**
   * The built reader web component (`apps/reader-element/dist/web`, its `reader/` folder), served by the app server
   * at `/reader/utvecklingsplan-reader.js`; absent leaves it out (tests; the command always has it).
   */
  readerDir?: string;
  /** The built `.sppkg`, or null to leave the web part out (tests; the command always has one). */
  sppkg: string | null;
  /** Node 22 (the one running this). */
  node?: string;
  log?: (line: string) => void;
}

/** One file of the release. */
export interface ReleaseFile {
  path: string;
  bytes: number;
}

/** The release could not be assembled or is not what it must be. */
export class ReleaseError extends Error {
  override readonly name = 'ReleaseError';
}

/** Pages of the web build that only the local stack uses. */
const LOCAL_ONLY_PAGES = ['inbox', 'webpart-preview'];

const APP_SERVER_README = `# Utvecklingsplanen: the app server

One self-contained ES module for Node 22 (\`server.mjs\`, every dependency bundled; no \`npm install\`),
and the built web pages (\`web/\`: the Teams tab; \`web/reader/\`: the reader web component for Omnia and other
intranet pages, \`<script type="module" src="https://<app>/reader/utvecklingsplan-reader.js">\`).

    node --enable-source-maps server.mjs

Settings are environment variables; \`settings.env.example\` lists them all (the same list as
\`node server.mjs --print-settings-example\`). The server refuses to start, naming every missing or bad
setting in Swedish and English (exit code 2). It listens on \`PORT\` (default 8080) over plain HTTP: put it
behind the host's HTTPS (e.g. Azure App Service) on the name given as APP_HOSTNAME in the Teams manifest.

Endpoints: \`/tab/\` (the tab), \`/api/messages\` (the bot; Bot Framework tokens), \`/api/approvals/*\`
(Entra tokens), \`/api/health\` (reads the plan site; 200 when SharePoint answers). See docs/deploy.md.
`;

/** Every file under `dir`, with its size, sorted by path. */
export function listFiles(dir: string): ReleaseFile[] {
  const out: ReleaseFile[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push({ path: relative(dir, full).split('\\').join('/'), bytes: statSync(full).size });
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Checks a Teams app zip: exactly the manifest, both icons, the declarative agent and the language files the
 * manifest names, at its root; icons of the right size; manifest, agent and languages valid and consistent.
 */
export async function verifyTeamsZip(zip: Uint8Array): Promise<void> {
  const files = unzipSync(zip);
  const text = (name: string) => Buffer.from(files[name] ?? new Uint8Array()).toString('utf8');
  const manifest = (files['manifest.json'] ? JSON.parse(text('manifest.json')) : {}) as {
    localizationInfo?: { defaultLanguageFile?: string; additionalLanguages?: { file: string }[] };
  };
  const languageFiles = [
    manifest.localizationInfo?.defaultLanguageFile,
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
  ].filter((f): f is string => typeof f === 'string');
  const expected = ['color.png', 'manifest.json', 'outline.png', AGENT_FILE, ...languageFiles].sort();
  const names = Object.keys(files).sort();
  if (names.join() !== expected.join())
    throw new ReleaseError(
      `The Teams app zip must hold ${expected.join(', ')} at its root (has ${names.join(', ')}).`,
    );
  checkIcons(files['color.png']!, files['outline.png']!);
  await assertValidManifest(manifest);
  const problems = [...(await validateAgent(JSON.parse(text(AGENT_FILE)) as unknown, AGENT_FILE))];
  const languages = Object.fromEntries(languageFiles.map((f) => [f, JSON.parse(text(f)) as LanguageFile]));
  for (const [file, strings] of Object.entries(languages))
    problems.push(...(await validateLanguageFile(file, strings)));
  problems.push(...languageProblems(manifest, JSON.parse(text(AGENT_FILE)) as unknown, languages));
  if (problems.length)
    throw new ReleaseError(`The Teams app zip does not hold together:\n  - ${problems.join('\n  - ')}`);
}

/** Checks an `.sppkg`: an app package with its manifest, a web part feature and the bundled assets. */
export function verifySppkg(sppkg: Uint8Array): void {
  const names = Object.keys(unzipSync(sppkg));
  const missing = [
    ['AppManifest.xml', (n: string) => n === 'AppManifest.xml'],
    ['a web part definition (WebPart_*.xml)', (n: string) => /\/WebPart_[^/]+\.xml$/.test(n)],
    ['the bundled script (ClientSideAssets/*.js)', (n: string) => /^ClientSideAssets\/[^/]+\.js$/.test(n)],
  ].filter(([, test]) => !names.some(test as (n: string) => boolean));
  if (missing.length)
    throw new ReleaseError(`The .sppkg lacks ${missing.map(([what]) => what as string).join(', ')}.`);
}

/**
 * Assembles `release/` from built parts: the Teams app zip (rendered from the template and the tenant's
 * environment file, validated against the schema before anything is written), the `.sppkg`, and the app
 * server (a Vite SSR bundle of `apps/server/src/server/main.ts`, the web pages, a README and an example
 * settings file). Every part is checked afterwards, the bundle by running it. Returns the files.
 */
export async function assembleRelease(input: ReleaseInput): Promise<ReleaseFile[]> {
  const log = input.log ?? (() => undefined);
  const node = input.node ?? process.execPath;
  const { manifest, zip } = await buildAppPackage(readPackageInput(input.manifestDir, input.envFile));
  if (!existsSync(resolve(input.webDir, 'tab/index.html')))
    throw new ReleaseError(`The web pages are not built (${input.webDir}/tab/index.html is missing).`);
  if (input.sppkg && !existsSync(input.sppkg))
    throw new ReleaseError(`The .sppkg is missing: ${input.sppkg}`);

  rmSync(input.out, { recursive: true, force: true });
  mkdirSync(input.out, { recursive: true });
  const version = (manifest as { version: string }).version;
  const zipPath = resolve(input.out, `utvecklingsplan-teams-${version}.zip`);
  writeFileSync(zipPath, zip);
  log(`Teams-appaket / Teams app package: ${zipPath}`);

  if (input.sppkg) cpSync(input.sppkg, resolve(input.out, 'utvecklingsplan-webpart.sppkg'));

  const server = resolve(input.out, 'app-server');
  log('Paketerar appservern / bundling the app server …');
  await run(node, [resolve(input.root, 'apps/server/scripts/build-server.mjs'), server], { cwd: input.root });
  // The tab and its assets; not the local-only pages (card inbox, web part preview) nor browser source maps.
  const web = resolve(input.webDir);
  cpSync(web, resolve(server, 'web'), {
    recursive: true,
    filter: (from) => {
      const path = relative(web, from).split('\\').join('/');
      return !LOCAL_ONLY_PAGES.some((p) => path === p || path.startsWith(`${p}/`)) && !path.endsWith('.map');
    },
  });
  if (input.readerDir) {
    const reader = resolve(input.readerDir, 'reader');
    if (!existsSync(resolve(reader, 'utvecklingsplan-reader.js')))
      throw new ReleaseError(
        `The reader web component is not built (${reader}/utvecklingsplan-reader.js is missing).`,
      );
    cpSync(reader, resolve(server, 'web/reader'), {
      recursive: true,
      filter: (from) => !from.endsWith('.map'),
    });
  }
  writeFileSync(resolve(server, 'README.md'), APP_SERVER_README);
  const example = await run(node, [resolve(server, 'server.mjs'), '--print-settings-example'], {
    cwd: server,
  });
  writeFileSync(resolve(server, 'settings.env.example'), example.stdout);

  await verifyTeamsZip(readFileSync(zipPath));
  if (input.sppkg) verifySppkg(readFileSync(resolve(input.out, 'utvecklingsplan-webpart.sppkg')));
  await verifyServerRefusesWithoutSettings(node, resolve(server, 'server.mjs'));
  return listFiles(input.out);
}

/** Runs the bundled server without settings: it must stop with exit code 2, naming the settings. */
async function verifyServerRefusesWithoutSettings(node: string, serverFile: string): Promise<void> {
  try {
    await run(node, [serverFile], { env: { PATH: process.env['PATH'] ?? '' }, timeout: 30_000 });
  } catch (error) {
    const e = error as { code?: number; stderr?: string };
    if (e.code === 2 && e.stderr?.includes('SHAREPOINT_SITE_URL')) return;
    throw new ReleaseError(
      `The bundled app server did not refuse to start without settings: ${e.stderr ?? String(error)}`,
    );
  }
  throw new ReleaseError('The bundled app server started without settings.');
}

/** Formats the file list with sizes (one line each, then the total). */
export function formatFileList(files: readonly ReleaseFile[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(12);
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  return [
    ...files.map((f) => `${kb(f.bytes)}  ${f.path}`),
    `${kb(total)}  (${files.length} filer / files)`,
  ].join('\n');
}
