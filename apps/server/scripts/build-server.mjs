// Bundles the production app server (apps/server/src/server/main.ts and everything it imports, node_modules
// included) into one ES module for Node 22 with Vite's SSR build, straight from the TypeScript sources:
// `node apps/server/scripts/build-server.mjs <out dir>` writes <out dir>/server.mjs (+ .map).
// The output runs with `node server.mjs` and needs no node_modules beside it.
import { build } from 'vite';
import { resolve } from 'node:path';

const server = resolve(import.meta.dirname, '..');
const packages = resolve(server, '../../packages');
const outDir = resolve(process.argv[2] ?? resolve(server, 'dist/server-bundle'));

await build({
  configFile: false,
  root: server,
  logLevel: 'warn',
  mode: 'production',
  ssr: { noExternal: true, target: 'node' },
  resolve: {
    conditions: ['node', 'import', 'default'],
    // The workspace packages from source, so the bundle never depends on a stale tsc output.
    alias: [
      { find: /^@devplan\/(core|sharepoint)$/, replacement: `${packages}/$1/src/index.ts` },
      { find: /^@devplan\/(core|sharepoint)\/(.*)$/, replacement: `${packages}/$1/src/$2/index.ts` },
    ],
  },
  build: {
    ssr: resolve(server, 'src/server/main.ts'),
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
