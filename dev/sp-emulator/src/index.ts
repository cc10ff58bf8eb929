/**
 * A local emulator of the SharePoint Online REST API (lists, fields, items, OData, $batch, users, groups,
 * permissions, list view threshold) persisted in SQLite, for development and tests.
 */
import { Emulator, type EmulatorOptions, type RunningEmulator } from './emulator.js';

export type { EmulatorOptions, RunningEmulator } from './emulator.js';
export type { RequestLogEntry } from './http/request-log.js';
export type { FaultOptions } from './faults/faults.js';
export {
  parseSeed,
  parseUsers,
  SeedFileError,
  type SeedFile,
  type SeedGroup,
  type SeedList,
  type SeedUser,
} from './seed-file.js';
export {
  DEMO_USERS,
  TENANT_ID,
  APP_CLIENT_ID,
  EMAIL_DOMAIN,
  type DemoUser,
  type DemoRole,
} from './directory/demo-users.js';

/** Starts an emulator (default: random port on 127.0.0.1, in-memory database). */
export function startEmulator(options?: EmulatorOptions): Promise<RunningEmulator> {
  return Emulator.start(options);
}

/**
 * Adds many items to a list of a running emulator directly in storage (one transaction, validated like REST
 * writes, no HTTP), to fill large lists quickly in tests and benchmarks. Returns the new item ids.
 */
export function bulkInsertItems(
  emulator: RunningEmulator,
  listTitle: string,
  items: readonly Record<string, unknown>[],
  asUser = 'app',
): number[] {
  if (!(emulator instanceof Emulator))
    throw new Error('bulkInsertItems needs an emulator started by startEmulator.');
  return emulator.bulkInsertItems(listTitle, items, asUser);
}
