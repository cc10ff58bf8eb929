// Builds the browser pages under teams-app/web/ with Vite; does nothing (and says so) when there are none.
import { build } from 'vite';
import { pageEntries } from '../vite.config.ts';

const pages = Object.keys(pageEntries());
if (pages.length === 0) {
  console.log('build-web: no pages under teams-app/web/ yet; nothing to build.');
} else {
  await build({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
  console.log(`build-web: built ${pages.join(', ')} into teams-app/dist/web/`);
}
