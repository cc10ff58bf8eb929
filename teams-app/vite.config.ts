import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const webRoot = resolve(import.meta.dirname, 'web');

/** Every folder of `web/` with an `index.html` is a page: `web/tab/` → `/tab/`. */
export function pageEntries(): Record<string, string> {
  if (!existsSync(webRoot)) return {};
  return Object.fromEntries(
    readdirSync(webRoot, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(resolve(webRoot, d.name, 'index.html')))
      .map((d) => [d.name, resolve(webRoot, d.name, 'index.html')]),
  );
}

// Browser pages served by the app server (the Teams tab, the web part preview). React 17 everywhere,
// one copy (dedupe), built to dist/web with hashed assets.
export default defineConfig({
  root: webRoot,
  base: '/',
  resolve: { dedupe: ['react', 'react-dom'] },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      input: pageEntries(),
      // The shared library's modules only declare things (views, styles, texts): a module nothing uses is left
      // out, so the barrels (`@devplan/shared/views/tab`, ...) do not pull the pages loaded on demand into the
      // first chunk.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]shared[\\/]dist[\\/]/.test(id) },
    },
  },
});
