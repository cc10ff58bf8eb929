import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const webRoot = resolve(import.meta.dirname, 'web');

/** Every folder of `web/` with an `index.html` is a page: `web/inbox/` → `/inbox/`. */
export function pageEntries(): Record<string, string> {
  if (!existsSync(webRoot)) return {};
  return Object.fromEntries(
    readdirSync(webRoot, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(resolve(webRoot, d.name, 'index.html')))
      .map((d) => [d.name, resolve(webRoot, d.name, 'index.html')]),
  );
}

// The local-only pages (the card inbox, the web part preview), served by the local stack beside the tab.
// React 17 everywhere, one copy (dedupe), built to dist/web with hashed assets.
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
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]packages[\\/][a-z-]+[\\/]dist[\\/]/.test(id) },
    },
  },
});
