// Builds a workspace's browser pages (or a library module) with Vite from the config file named on the command line (relative to
// the current folder, the workspace's), quietly, and says what it built: `node build-pages.mjs vite.config.ts`.
import { resolve } from 'node:path';
import { build } from 'vite';

const configFile = resolve(process.argv[2] ?? 'vite.config.ts');
const result = await build({ configFile, logLevel: 'warn' });
const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
const pages = outputs.filter((o) => o.fileName.endsWith('.html')).map((o) => o.fileName);
// A library build (the reader web component) has no page: its entry modules are what it built.
const entries = outputs.filter((o) => o.type === 'chunk' && o.isEntry).map((o) => o.fileName);
console.log(`build-pages: ${(pages.length ? pages : entries).join(', ') || 'nothing'} from ${configFile}`);
