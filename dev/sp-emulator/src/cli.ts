#!/usr/bin/env node
/**
 * Starts the SharePoint emulator (`npx sp-emulator --help`):
 *   --port <n> (PORT, default 4321), --db <file|:memory:> (SP_EMULATOR_DB, default <repo>/.data/sp-emulator.sqlite),
 *   --site </sites/name> (default /sites/utvecklingsplan), --users <users.json>, --seed <seed.json>,
 *   --faults <rate>[,<dropRate>] (SP_EMULATOR_FAULT_RATE, SP_EMULATOR_FAULT_DROP_RATE, 0–1), --log (SP_EMULATOR_LOG=1).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// node:sqlite prints an ExperimentalWarning on load; keep every other warning.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name !== 'ExperimentalWarning') console.warn(warning);
});

const USAGE = `Usage: sp-emulator [options]

  --port <n>               port (0 = any free port; default PORT or 4321)
  --db <file>              SQLite database file, or :memory: (default SP_EMULATOR_DB or <repo>/.data/sp-emulator.sqlite)
  --site <path>            server-relative site path (default /sites/utvecklingsplan)
  --users <users.json>     more people who can sign in: [{"key","upn","displayName","role"}]
  --seed <seed.json>       groups, lists, fields and items to create at start: {"groups":[…],"lists":[…]}
  --faults <rate>[,<drop>] share (0–1) of _api requests answered 429/503, and of dropped connections
  --log                    print one line per request
  --help                   this text`;

/** A command line the emulator cannot start with. */
class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function rate(raw: string | undefined, name: string): number {
  if (raw === undefined || raw === '') return 0;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || n > 1)
    throw new UsageError(`${name} must be a number between 0 and 1 (got '${raw}').`);
  return n;
}

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(resolve(file), 'utf8')) as unknown;
  } catch (error) {
    throw new UsageError(
      `Cannot read the ${what} file '${file}': ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      db: { type: 'string' },
      site: { type: 'string' },
      users: { type: 'string' },
      seed: { type: 'string' },
      faults: { type: 'string' },
      log: { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dbFile = values.db ?? process.env.SP_EMULATOR_DB ?? resolve(repoRoot, '.data', 'sp-emulator.sqlite');
  if (dbFile !== ':memory:') mkdirSync(dirname(resolve(dbFile)), { recursive: true });
  const portText = values.port ?? process.env.PORT ?? '4321';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a port number (got '${portText}').`);
  const [faultText, dropText] =
    values.faults !== undefined
      ? values.faults.split(',')
      : [process.env.SP_EMULATOR_FAULT_RATE, process.env.SP_EMULATOR_FAULT_DROP_RATE];
  const faultRate = rate(faultText, 'The fault rate');
  const dropRate = rate(dropText, 'The drop rate');
  const { startEmulator, parseSeed, parseUsers } = await import('./index.js');
  const users = values.users ? parseUsers(readJson(values.users, 'users')) : undefined;
  const seed = values.seed ? parseSeed(readJson(values.seed, 'seed')) : undefined;
  let emulator;
  try {
    emulator = await startEmulator({
      port,
      dbFile,
      sitePath: values.site,
      users,
      seed,
      faults: faultRate > 0 || dropRate > 0 ? { rate: faultRate, dropRate } : undefined,
      log: values.log || process.env.SP_EMULATOR_LOG === '1' ? (line) => console.log(line) : undefined,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(
        `Port ${port} is already in use. Stop the other process or start with another port, e.g. --port 4322.`,
      );
      process.exit(1);
    }
    throw error;
  }
  console.log(`SharePoint emulator running.`);
  console.log(`  Site URL:       ${emulator.siteUrl}`);
  console.log(`  Token endpoint: POST ${emulator.origin}/_local/token  {"user":"staff"}`);
  console.log(`  Demo users:     GET ${emulator.origin}/_local/users`);
  console.log(`  Database:       ${dbFile}`);
  if (faultRate > 0 || dropRate > 0)
    console.log(`  Faults:         rate ${faultRate}, drop rate ${dropRate}`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`Received ${signal}, stopping.`);
    emulator
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(`Could not stop cleanly: ${String(error)}`);
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || (error instanceof Error && error.name === 'SeedFileError')) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(
    `The SharePoint emulator failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
