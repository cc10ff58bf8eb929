// `npm run package [-- --env apps/release/env/<tenant>.env] [--out release]`: builds everything from clean and
// writes the release: the Teams app zip (validated against the manifest schema), the .sppkg and the app
// server (one bundled file + the web pages). Prints the release's files and sizes. Fails (exit 1) with the
// schema's message when the manifest is broken, before anything is written.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '../../..');
const { values } = parseArgs({
  options: {
    env: { type: 'string', default: 'apps/release/env/local.env' },
    out: { type: 'string', default: 'release' },
  },
});

if (!existsSync(resolve(root, values.env))) {
  console.error(
    `Miljöfilen ${values.env} finns inte (kopiera apps/release/env/tenant.env.example). / The environment file ${values.env} does not exist (copy apps/release/env/tenant.env.example).`,
  );
  process.exit(1);
}

const started = Date.now();
function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${title}: misslyckades / failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

const tsc = resolve(root, 'node_modules/typescript/bin/tsc');
step('Rensar / cleaning', process.execPath, [tsc, '-b', '--clean']);
for (const group of ['packages', 'apps', 'dev']) {
  for (const name of readdirSync(resolve(root, group))) {
    rmSync(resolve(root, group, name, 'dist'), { recursive: true, force: true });
  }
}
step('Kompilerar / compiling (tsc -b)', process.execPath, [tsc, '-b']);

// The manifest first: a broken one fails here, with the schema's message, before the long builds.
const { assembleRelease, buildAppPackage, formatFileList, readPackageInput, ManifestError } =
  await import('../dist/index.js');
const fail = (error) => {
  console.error(`\n✖ ${error instanceof ManifestError ? error.message : (error?.stack ?? String(error))}`);
  process.exit(1);
};
console.log('\n▶ Validerar manifestet / validating the manifest');
await buildAppPackage(readPackageInput(resolve(root, 'apps/release'), resolve(root, values.env))).catch(fail);

step('Bygger fliken / building the tab (Vite)', 'npm', ['run', 'build', '-w', '@devplan/tab', '--silent']);
step('Bygger webbkomponenten / building the reader web component (Vite)', 'npm', [
  'run',
  'build',
  '-w',
  '@devplan/reader-element',
  '--silent',
]);
step('Paketerar webbdelen / packaging the web part (.sppkg)', 'npm', [
  'run',
  'package',
  '-w',
  '@devplan/webpart',
  '--silent',
]);

console.log('\n▶ Sätter ihop / assembling release/');
try {
  const files = await assembleRelease({
    root,
    out: resolve(root, values.out),
    envFile: resolve(root, values.env),
    manifestDir: resolve(root, 'apps/release'),
    webDir: resolve(root, 'apps/tab/dist/web'),
    readerDir: resolve(root, 'apps/reader-element/dist/web'),
    sppkg: resolve(root, 'apps/webpart/sharepoint/solution/utvecklingsplan-webpart.sppkg'),
    log: (line) => console.log(`  ${line}`),
  });
  if (values.env === 'apps/release/env/local.env') {
    console.log(
      '\n  Obs: manifestet byggdes med apps/release/env/local.env (localhost). För en organisation: --env apps/release/env/<tenant>.env',
    );
    console.log(
      '  Note: the manifest was built with apps/release/env/local.env (localhost). For a tenant: --env apps/release/env/<tenant>.env',
    );
  }
  console.log(`\nrelease/ (${((Date.now() - started) / 1000).toFixed(0)} s):\n${formatFileList(files)}`);
} catch (error) {
  fail(error);
}
