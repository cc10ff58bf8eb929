import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;
const { version } = JSON.parse(readFileSync(resolve(here, 'package.json'), 'utf8')) as { version: string };

/**
 * The reader web component: ONE ES module, `dist/web/reader/utvecklingsplan-reader.js` (served by the app
 * server at `/reader/utvecklingsplan-reader.js`), that defines `<utvecklingsplan-reader>`. What only some
 * readers need (the timeline, the dashboard and its charts, MSAL) is split into hashed chunks beside it in
 * `reader/assets/`, which the module loads on demand relative to its own URL. React 17, one copy (dedupe).
 */
export default defineConfig({
  root: here,
  resolve: { dedupe: ['react', 'react-dom'] },
  define: {
    // A library build keeps `process.env.NODE_ENV` for its consumers; this one is the shipped script.
    'process.env.NODE_ENV': JSON.stringify('production'),
    __READER_VERSION__: JSON.stringify(version),
  },
  build: {
    outDir: resolve(here, 'dist/web/reader'),
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: resolve(here, 'src/index.ts'),
      formats: ['es'],
      fileName: () => 'utvecklingsplan-reader.js',
    },
    rollupOptions: {
      output: {
        chunkFileNames: 'assets/[name]-[hash].js',
        // The version on the first line of the shipped file (after minification, which drops comments).
        postBanner: `/*! utvecklingsplan-reader ${version} */`,
        // A library build keeps whitespace and annotations for its consumers' bundlers; this one is shipped
        // as it is, so it is minified in full.
        minify: true,
        comments: false,
        // React's runtime in a chunk of its own: the figure the bench compares with the web part, to which
        // SharePoint supplies React, is the rest (tests/e2e/webpart/budgets.test.ts).
        manualChunks: (id: string) =>
          /[\\/]node_modules[\\/](react|react-dom|scheduler|object-assign)[\\/]/.test(id)
            ? 'react-runtime'
            : null,
      },
      // Fluent UI's modules start with 'use client' (for React server components), meaningless in a browser
      // bundle; an application build drops the warning, a library build would print it a thousand times.
      onwarn: (warning, warn) => {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      // The workspace libraries' modules only declare things (views, styles, texts): a module nothing uses is
      // left out, as in the tab's build.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]packages[\\/][a-z-]+[\\/]dist[\\/]/.test(id) },
    },
  },
});
