#!/usr/bin/env node
/**
 * Starts the SharePoint emulator for local development:
 *   PORT (default 4321), SP_EMULATOR_DB (default <repo>/.data/sp-emulator.sqlite),
 *   SP_EMULATOR_FAULT_RATE, SP_EMULATOR_FAULT_DROP_RATE (0–1, default 0), SP_EMULATOR_LOG=1 (log each request).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// node:sqlite prints an ExperimentalWarning on load; keep every other warning.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name !== 'ExperimentalWarning') console.warn(warning);
});

function rate(name: string): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return 0;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || n > 1) {
    console.error(`${name} must be a number between 0 and 1 (got '${raw}').`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dbFile = process.env.SP_EMULATOR_DB ?? resolve(repoRoot, '.data', 'sp-emulator.sqlite');
  if (dbFile !== ':memory:') mkdirSync(dirname(dbFile), { recursive: true });
  const port = Number(process.env.PORT ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number (got '${process.env.PORT ?? ''}').`);
    process.exit(2);
  }
  const faultRate = rate('SP_EMULATOR_FAULT_RATE');
  const dropRate = rate('SP_EMULATOR_FAULT_DROP_RATE');
  const { startEmulator } = await import('./index.js');
  let emulator;
  try {
    emulator = await startEmulator({
      port,
      dbFile,
      faults: faultRate > 0 || dropRate > 0 ? { rate: faultRate, dropRate } : undefined,
      log: process.env.SP_EMULATOR_LOG === '1' ? (line) => console.log(line) : undefined,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(
        `Port ${port} is already in use. Stop the other process or start with another port, e.g. PORT=4322.`,
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
  console.error(
    `The SharePoint emulator failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
