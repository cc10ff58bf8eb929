/**
 * The SharePoint emulator in a process of its own, for the approvals bench: SharePoint is never inside the app
 * server's process in production, so the bench does not let the two share one thread (and one heap).
 *
 * `forkEmulator()` starts this file as a child process (`forkChild`): the child starts an in-memory emulator
 * (with any extra directory users it was given), reports its origin, then serves token and bulk-insert calls
 * until it is told to close. Nothing of the emulator's own code is changed.
 */
import { fileURLToPath } from 'node:url';
import { bulkInsertItems, startEmulator, type DemoUser } from '@devplan/sp-emulator';
import { forkChild, isForkedChild, serveChild } from './child-process.ts';

/** The environment variable that hands the child its extra directory users (JSON). */
const USERS_VARIABLE = 'DEVPLAN_BENCH_EMULATOR_USERS';

/** An emulator running in a child process. */
export interface ForkedEmulator {
  origin: string;
  siteUrl: string;
  port: number;
  /** Signs a token for a demo user in the emulator's process. */
  issueToken(user: string, audience?: string): Promise<string>;
  /** `bulkInsertItems` of `@devplan/sp-emulator`, run in the emulator's process. */
  bulkInsertItems(
    list: string,
    items: readonly Record<string, unknown>[],
    asUser?: string,
  ): Promise<number[]>;
  /** Closes the emulator and waits for its process to end. */
  close(): Promise<void>;
}

/** Settings of the forked emulator. */
export interface ForkEmulatorOptions {
  /** People besides the demo users, in the directory and the site group of their role (`EmulatorOptions.users`). */
  users?: readonly DemoUser[];
}

/** Starts an in-memory emulator in a child process. */
export async function forkEmulator(options: ForkEmulatorOptions = {}): Promise<ForkedEmulator> {
  const child = await forkChild<{ origin: string; siteUrl: string; port: number }>(
    fileURLToPath(import.meta.url),
    { [USERS_VARIABLE]: JSON.stringify(options.users ?? []) },
  );
  return {
    ...child.started,
    issueToken: (user, audience) => child.call<string>('issueToken', user, audience),
    bulkInsertItems: (list, items, asUser = 'app') =>
      child.call<number[]>('bulkInsertItems', list, [...items], asUser),
    close: () => child.close(),
  };
}

if (isForkedChild()) {
  serveChild(async () => {
    const users = JSON.parse(process.env[USERS_VARIABLE] || '[]') as DemoUser[];
    const emulator = await startEmulator({ port: 0, dbFile: ':memory:', users });
    return {
      started: { origin: emulator.origin, siteUrl: emulator.siteUrl, port: emulator.port },
      operations: {
        issueToken: (user: string, audience?: string) => emulator.issueToken(user, audience ?? undefined),
        bulkInsertItems: (list: string, items: Record<string, unknown>[], asUser: string) =>
          bulkInsertItems(emulator, list, items, asUser),
      },
      close: () => emulator.close(),
    };
  }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
