import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

/**
 * The Teams tab, served at `/tab/`: built into `dist/web/tab/` (its page and hashed assets), which the app
 * server serves from `dist/web`. React 17, one copy (dedupe).
 */
export default defineConfig({
  root: here,
  base: '/tab/',
  resolve: { dedupe: ['react', 'react-dom'] },
  build: {
    outDir: resolve(here, 'dist/web/tab'),
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      input: resolve(here, 'index.html'),
      // The workspace libraries' modules only declare things (views, styles, texts): a module nothing uses is
      // left out, so the barrels (`@devplan/ui/tab`, ...) do not pull the pages loaded on demand into the first
      // chunk.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]packages[\\/][a-z-]+[\\/]dist[\\/]/.test(id) },
    },
  },
});
