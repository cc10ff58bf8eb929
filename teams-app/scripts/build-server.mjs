// Bundles the production app server (teams-app/src/server/main.ts and everything it imports, node_modules
// included) into one ES module for Node 22 with Vite's SSR build, straight from the TypeScript sources:
// `node teams-app/scripts/build-server.mjs <out dir>` writes <out dir>/server.mjs (+ .map).
// The output runs with `node server.mjs` and needs no node_modules beside it.
import { build } from 'vite';
import { resolve } from 'node:path';

const teamsApp = resolve(import.meta.dirname, '..');
const shared = resolve(teamsApp, '../shared/src');
const outDir = resolve(process.argv[2] ?? resolve(teamsApp, 'dist/server-bundle'));

await build({
  configFile: false,
  root: teamsApp,
  logLevel: 'warn',
  mode: 'production',
  ssr: { noExternal: true, target: 'node' },
  resolve: {
    conditions: ['node', 'import', 'default'],
    // The workspace packages from source, so the bundle never depends on a stale tsc output.
    alias: [
      { find: /^@devplan\/shared$/, replacement: resolve(shared, 'index.ts') },
      { find: /^@devplan\/shared\/(.*)$/, replacement: `${shared}/$1/index.ts` },
    ],
  },
  build: {
    ssr: resolve(teamsApp, 'src/server/main.ts'),
    outDir,
    emptyOutDir: false,
    target: 'node22',
    minify: false,
    sourcemap: true,
    // One file: no chunks to ship beside it.
    rollupOptions: { output: { entryFileNames: 'server.mjs', format: 'es', codeSplitting: false } },
  },
});
console.log(`build-server: ${resolve(outDir, 'server.mjs')}`);
