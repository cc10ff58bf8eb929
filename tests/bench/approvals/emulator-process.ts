/**
 * The SharePoint emulator in a process of its own, for the approvals bench: SharePoint is never inside the app
 * server's process in production, so the bench does not let the two share one thread (and one heap).
 *
 * `forkEmulator()` starts this file as a child process (same Node flags) and talks to it over the IPC
 * channel: the child starts an in-memory emulator (with any extra directory users it was given), answers with
 * its origin, then serves token and bulk-insert requests until it is told to close. Nothing of the emulator's
 * own code is changed.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bulkInsertItems, startEmulator, type DemoUser, type RunningEmulator } from '@devplan/sp-emulator';

/** The environment variable that hands the child its extra directory users (JSON). */
const USERS_VARIABLE = 'DEVPLAN_BENCH_EMULATOR_USERS';

/** What the bench asks of the emulator's process. */
type EmulatorCall =
  | { id: number; op: 'issueToken'; user: string; audience?: string }
  | { id: number; op: 'bulkInsertItems'; list: string; items: Record<string, unknown>[]; asUser: string }
  | { id: number; op: 'close' };

/** A call without its id (given when it is sent). */
type NewCall = EmulatorCall extends infer C ? (C extends { id: number } ? Omit<C, 'id'> : never) : never;

/** The child's answer to one call (or its start). */
type EmulatorAnswer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; message: string }
  | { id: 0; ok: true; value: { origin: string; siteUrl: string; port: number } };

/** The emulator's process failed to start or answer. */
export class EmulatorProcessError extends Error {
  override readonly name = 'EmulatorProcessError';
}

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
  const users = options.users ?? [];
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--child'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [USERS_VARIABLE]: JSON.stringify(users) },
  });
  let next = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = new Promise<{ origin: string; siteUrl: string; port: number }>((resolve, reject) => {
    pending.set(0, { resolve: (value) => resolve(value as never), reject });
  });
  child.on('message', (raw) => {
    const answer = raw as EmulatorAnswer;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if (answer.ok) waiting.resolve(answer.value);
    else waiting.reject(new EmulatorProcessError(answer.message));
  });
  child.once('exit', (code) => {
    for (const waiting of pending.values())
      waiting.reject(new EmulatorProcessError(`the emulator's process ended (exit code ${code})`));
    pending.clear();
  });
  const call = <T>(message: NewCall): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: (value) => resolve(value as T), reject });
      child.send({ ...message, id });
    });
  const { origin, siteUrl, port } = await started;
  return {
    origin,
    siteUrl,
    port,
    issueToken: (user, audience) =>
      call<string>({ op: 'issueToken', user, ...(audience ? { audience } : {}) }),
    bulkInsertItems: (list, items, asUser = 'app') =>
      call<number[]>({ op: 'bulkInsertItems', list, items: [...items], asUser }),
    close: async () => {
      if (child.exitCode === null) await call<void>({ op: 'close' });
      await exited;
    },
  };
}

async function serve(): Promise<void> {
  const users = JSON.parse(process.env[USERS_VARIABLE] || '[]') as DemoUser[];
  const emulator: RunningEmulator = await startEmulator({ port: 0, dbFile: ':memory:', users });
  const send = (answer: EmulatorAnswer) => process.send!(answer);
  process.on('message', (raw) => {
    const message = raw as EmulatorCall;
    const run = async (): Promise<unknown> => {
      switch (message.op) {
        case 'issueToken':
          return emulator.issueToken(message.user, message.audience);
        case 'bulkInsertItems':
          return bulkInsertItems(emulator, message.list, message.items, message.asUser);
        case 'close':
          await emulator.close();
          return null;
      }
    };
    run().then(
      (value) => {
        send({ id: message.id, ok: true, value });
        if (message.op === 'close') {
          process.removeAllListeners('disconnect');
          process.disconnect();
        }
      },
      (error: unknown) =>
        send({ id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
  });
  // The bench ended without closing it (it failed or was stopped): the emulator goes with it.
  process.once('disconnect', () => {
    void emulator.close().finally(() => process.exit(0));
  });
  send({
    id: 0,
    ok: true,
    value: { origin: emulator.origin, siteUrl: emulator.siteUrl, port: emulator.port },
  });
}

if (process.argv.includes('--child') && process.send) {
  serve().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
