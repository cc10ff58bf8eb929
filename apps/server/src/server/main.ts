import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEAL_KEYS_PROPERTY } from '@devplan/core';
import { SealSigner } from '@devplan/sharepoint';
import { SettingsError } from './env.js';
import { startProductionServer } from './production.js';
import { productionSettingsFromEnv, settingsExample } from './settings.js';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The production entry point: `node apps/server/dist/server/main.js` (or `node server.mjs` in the release).
 * Settings come from environment variables only (`docs/deploy.md` lists them); a missing or bad one stops
 * the start with a message naming it, in Swedish and English, and exit code 2. `--print-settings-example`
 * prints every variable as an example settings file; `--new-seal-key` prints a new seal key and the tenant
 * property that publishes its public half.
 */
async function main(): Promise<void> {
  if (process.argv.includes('--print-settings-example')) {
    process.stdout.write(settingsExample());
    return;
  }
  if (process.argv.includes('--new-seal-key')) {
    // A new seal key: the private JWK for APPROVAL_SEAL_KEY, and the tenant property's value for readers.
    const key = await SealSigner.generateKey(`seal-${new Date().toISOString().slice(0, 10)}`);
    const { d: _private, ...publicKey } = key;
    process.stdout.write(
      [
        `APPROVAL_SEAL_KEY='${JSON.stringify(key)}'`,
        `# Tenant property ${SEAL_KEYS_PROPERTY} (Set-SPOStorageEntity; keep older keys in the list while their seals are in use):`,
        JSON.stringify({ keys: [publicKey] }),
        '',
      ].join('\n'),
    );
    return;
  }
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    console.error(
      `Appservern behöver Node 22 (det här är ${process.versions.node}). / The app server needs Node 22 (this is ${process.versions.node}).`,
    );
    process.exit(1);
  }
  let settings;
  try {
    // The release bundle has the pages in ./web; the repository's build in apps/tab/dist/web.
    settings = productionSettingsFromEnv(process.env, {
      defaultWebDirs: [resolve(here, 'web'), resolve(here, '../../../tab/dist/web')],
    });
  } catch (error) {
    if (error instanceof SettingsError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const server = await startProductionServer(settings);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log(
    `Utvecklingsplanen lyssnar på / listening on ${settings.host}:${new URL(server.app.url).port}; ` +
      `SharePoint ${settings.siteUrl}; webbsidor / web pages ${settings.webDir ?? '-'}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
