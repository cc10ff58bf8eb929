/**
 * A bench helper in a process of its own, called over the IPC channel (the emulator's and the connector's
 * processes of the approvals bench). `forkChild` starts a file as a child process (same Node flags), waits for
 * what it reports when started, and sends it calls by name; `serveChild` is the child's side: it starts the
 * helper, reports, answers the calls, and closes the helper when told to or when the bench goes away.
 */
import { fork, type ChildProcess } from 'node:child_process';

/** A call to the child: an operation by name and its arguments (JSON). */
interface ChildCall {
  id: number;
  op: string;
  args: unknown[];
}

/** The child's answer to one call, or (id 0) its start. */
type ChildAnswer = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

/** A bench helper's process failed to start or to answer. */
export class ChildProcessError extends Error {
  override readonly name = 'ChildProcessError';
}

/** A running child process of the bench. */
export interface ForkedChild<Started> {
  /** What the child reported when it had started. */
  started: Started;
  /** Runs an operation of the child with JSON arguments; resolves with its JSON answer. */
  call<T>(op: string, ...args: unknown[]): Promise<T>;
  /** Tells the child to close its helper and waits for its process to end. */
  close(): Promise<void>;
}

/** Starts `file` with `--child` as a child process with extra environment variables. */
export async function forkChild<Started>(
  file: string,
  env: Record<string, string>,
): Promise<ForkedChild<Started>> {
  const child: ChildProcess = fork(file, ['--child'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, ...env },
  });
  let next = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = new Promise<unknown>((resolve, reject) => pending.set(0, { resolve, reject }));
  child.on('message', (raw) => {
    const answer = raw as ChildAnswer;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if (answer.ok) waiting.resolve(answer.value);
    else waiting.reject(new ChildProcessError(answer.message));
  });
  child.once('exit', (code) => {
    for (const waiting of pending.values())
      waiting.reject(new ChildProcessError(`${file}: the process ended (exit code ${code})`));
    pending.clear();
  });
  const call = <T>(op: string, ...args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: (value) => resolve(value as T), reject });
      child.send({ id, op, args } satisfies ChildCall);
    });
  return {
    started: (await started) as Started,
    call,
    close: async () => {
      if (child.exitCode === null) await call<void>('close');
      await exited;
    },
  };
}

/** What a child serves: what it reports when started, its operations, and how it closes. */
export interface ChildHelper {
  started: unknown;
  // Operations take and give JSON, whatever their own types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  operations: Record<string, (...args: any[]) => unknown>;
  close(): Promise<void>;
}

/** The child's side: starts the helper, then answers calls until told to close (or the bench goes away). */
export async function serveChild(start: () => Promise<ChildHelper>): Promise<void> {
  const helper = await start();
  const send = (answer: ChildAnswer) => process.send!(answer);
  process.on('message', (raw) => {
    const message = raw as ChildCall;
    const run = async (): Promise<unknown> => {
      if (message.op === 'close') return helper.close().then(() => null);
      const operation = helper.operations[message.op];
      if (!operation) throw new ChildProcessError(`No operation ${message.op}.`);
      return operation(...message.args);
    };
    run().then(
      (value) => {
        send({ id: message.id, ok: true, value: value ?? null });
        if (message.op === 'close') {
          process.removeAllListeners('disconnect');
          process.disconnect();
        }
      },
      (error: unknown) =>
        send({ id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
  });
  // The bench ended without closing it (it failed or was stopped): the helper goes with it.
  process.once('disconnect', () => {
    void helper.close().finally(() => process.exit(0));
  });
  send({ id: 0, ok: true, value: helper.started });
}

/** Whether this file was started by `forkChild` (and so should serve). */
export const isForkedChild = (): boolean => process.argv.includes('--child') && Boolean(process.send);
