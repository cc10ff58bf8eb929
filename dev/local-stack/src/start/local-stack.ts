import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StackStartError, startLocalStack, type LocalStack } from './stack.js';
import { parseStartArguments, StartUsageError } from './args.js';
import { ExampleDataStartError } from './example-data.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

function portFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `${name}=${raw} är inte ett portnummer (0–65535). / ${name}=${raw} is not a port number.`,
    );
  }
  return port;
}

function secondsFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new Error(
      `${name}=${raw} är inte ett antal sekunder (0 eller mer). / ${name}=${raw} is not a number of seconds (0 or more).`,
    );
  }
  return seconds;
}

const NAMES = {
  emulator: { sv: 'SharePoint-emulatorn', en: 'the SharePoint emulator', variable: 'SP_PORT' },
  app: { sv: 'appservern', en: 'the app server', variable: 'PORT' },
  intranet: { sv: 'demosidan för intranätet', en: 'the demo intranet page', variable: 'INTRANET_PORT' },
} as const;

function explain(error: unknown): string {
  if (error instanceof StackStartError && (error.causeError as { code?: string }).code === 'EADDRINUSE') {
    const what = NAMES[error.component];
    return (
      `Porten ${error.port} för ${what.sv} används redan. Stäng det som använder den eller välj en annan port med ${what.variable}.\n` +
      `Port ${error.port} for ${what.en} is already in use. Stop what uses it or choose another port with ${what.variable}.`
    );
  }
  if (error instanceof StartUsageError || error instanceof ExampleDataStartError) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * `npm start`: the local stack on fixed ports with data under `.data/`, with the 2026 plan's example data
 * unless `-- --no-example-data` is given; Ctrl-C stops everything.
 */
async function main(): Promise<void> {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    console.error(
      `Node ${process.versions.node} saknar node:sqlite. Starta med "npm start", som använder Node 22 från projektet.\n` +
        `Node ${process.versions.node} lacks node:sqlite. Start with "npm start", which uses the project's Node 22.`,
    );
    process.exit(1);
  }
  const webDirs = [
    resolve(repoRoot, 'apps/tab/dist/web'),
    resolve(repoRoot, 'dev/local-stack/dist/web'),
    resolve(repoRoot, 'apps/reader-element/dist/web'),
  ];
  if (!webDirs.every((d) => existsSync(d))) {
    console.warn(
      'Webbsidorna (fliken, förhandsvisningen, webbkomponenten) är inte byggda: kör "npm run build". / The web pages are not built: run "npm run build".',
    );
  }
  let stack: LocalStack;
  try {
    const args = parseStartArguments(process.argv.slice(2));
    stack = await startLocalStack({
      exampleData: args.exampleData,
      spPort: portFrom('SP_PORT', 4321),
      appPort: portFrom('PORT', 4300),
      dbFile: process.env.SP_DB_FILE ?? resolve(repoRoot, '.data/sp-emulator.sqlite'),
      // A fixed connector port keeps the service URL stored with conversation references valid across restarts.
      connectorPort: portFrom('CONNECTOR_PORT', 0),
      approvalSweepSeconds: secondsFrom('APPROVAL_SWEEP_SECONDS', 30),
      intranetPort: portFrom('INTRANET_PORT', 4310),
      webDirs: webDirs.filter((d) => existsSync(d)),
      log: (line) => console.log(line),
    });
  } catch (error) {
    console.error(explain(error));
    process.exit(error instanceof StartUsageError ? 2 : 1);
  }
  const stop = () => void stack.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const { DEMO_USERS } = await import('@devplan/sp-emulator');
  console.log('');
  console.log(`Kom igång / Getting started:     ${stack.app.url}/`);
  console.log(`SharePoint-emulatorn / emulator: ${stack.emulator.siteUrl}`);
  console.log(`Intranätet (demo) / intranet:    ${stack.intranet.url}`);
  console.log(`Demoanvändare / demo users:      ${DEMO_USERS.map((u) => u.key).join(', ')}`);
  console.log('Stoppa med Ctrl-C. / Stop with Ctrl-C.');
}

main().catch((error: unknown) => {
  console.error(explain(error));
  process.exit(1);
});
