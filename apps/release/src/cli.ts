import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ManifestError } from './errors.js';
import { buildAppPackage } from './package.js';
import { readPackageInput } from './sources.js';

/**
 * Builds the Teams app package: `node apps/release/dist/cli.js --env apps/release/env/local.env --out release`.
 * Paths are relative to the current folder (the repository root under npm scripts).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      env: { type: 'string', default: 'apps/release/env/local.env' },
      out: { type: 'string', default: 'release' },
      dir: { type: 'string', default: 'apps/release' },
    },
  });
  const { manifest, zip } = await buildAppPackage(readPackageInput(values.dir!, resolve(values.env!)));
  const out = resolve(values.out!);
  await mkdir(out, { recursive: true });
  const name = `utvecklingsplan-teams-${(manifest as { version: string }).version}.zip`;
  await writeFile(resolve(out, name), zip);
  console.log(`Teams-appaket / Teams app package: ${resolve(out, name)} (${zip.length} bytes)`);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ManifestError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error),
  );
  process.exit(1);
});
