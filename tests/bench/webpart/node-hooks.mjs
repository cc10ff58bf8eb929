// Lets Node's ES-module loader run the shared views (as the bench does): React 17 has no "exports" map, so
// `react/jsx-runtime` (what the compiled views import) must be resolved to its file. Used with
// `node --import ./tests/bench/webpart/node-hooks.mjs …`.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === 'react/jsx-runtime' || specifier === 'react/jsx-dev-runtime') {
    return next(specifier + '.js', context);
  }
  return next(specifier, context);
}`),
  import.meta.url,
);
