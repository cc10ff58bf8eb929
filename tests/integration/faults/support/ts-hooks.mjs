// Lets a child Node process run the repository's TypeScript sources as Jest does (no build needed):
// `@devplan/*` resolves to `<workspace>/src`, `./x.js` to `./x.ts` when that exists, and TypeScript is
// transformed by SWC to ES modules. Used with `node --import ./tests/integration/faults/support/ts-hooks.mjs …`
// by the kill -9 test, so the stack it kills is the current source, not a possibly stale build.
import { register } from 'node:module';

register('./ts-loader.mjs', import.meta.url);
