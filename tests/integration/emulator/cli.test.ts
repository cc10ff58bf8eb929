/**
 * The standalone CLI (`npx sp-emulator`, `dev/sp-emulator/dist/cli.js`) as another project runs it: a users file
 * and a seed file, a free port, readiness read from its output, then a seeded item read over HTTP as a seeded
 * user; `--help` and a bad `--faults` end with the documented exit codes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtEntry } from '../../support/build';

/** The emulator's CLI could not be built from its sources (the compiler's output is in the message). */
class CliBuildError extends Error {
  constructor(output: string) {
    super(`Could not build dev/sp-emulator (tsc -b dev/sp-emulator):\n${output}`);
    this.name = 'CliBuildError';
  }
}

/** The CLI ended before it said it was running. */
class CliStartError extends Error {
  constructor(code: number | null, output: string) {
    super(`The emulator CLI exited with ${String(code)} before it was ready:\n${output}`);
    this.name = 'CliStartError';
  }
}

/** Builds the CLI when its sources changed (`tests/support/build.ts`), so a stale dist/ is never tested. */
function buildCli(): string {
  try {
    return builtEntry('dev/sp-emulator', 'dist/cli.js');
  } catch (error) {
    const out = (error as { stdout?: Buffer; stderr?: Buffer }).stdout?.toString() ?? '';
    const err = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new CliBuildError(`${out}${err}` || String(error));
  }
}

interface Running {
  child: ChildProcess;
  siteUrl: string;
  origin: string;
  exited: Promise<number | null>;
}

/** Starts the CLI and settles once it has printed its site URL line (a condition, not a time). */
function start(cli: string, args: readonly string[]): Promise<Running> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((resolvePromise, reject) => {
    let out = '';
    const onExit = (code: number | null): void => reject(new CliStartError(code, out));
    child.once('exit', onExit);
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /Site URL:\s+(\S+)\r?\n/.exec(out);
      if (!ready) return;
      child.off('exit', onExit);
      const siteUrl = ready[1] as string;
      resolvePromise({ child, siteUrl, origin: new URL(siteUrl).origin, exited });
    });
  });
}

/** Runs the CLI to its end; answers its exit code and output. */
function run(
  cli: string,
  args: readonly string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('the sp-emulator CLI', () => {
  let cli = '';
  let dir = '';
  let running: Running | undefined;

  beforeAll(async () => {
    cli = buildCli();
    dir = mkdtempSync(join(tmpdir(), 'sp-emu-cli-'));
    const users = join(dir, 'users.json');
    const seed = join(dir, 'seed.json');
    writeFileSync(
      users,
      JSON.stringify([
        { key: 'nora', upn: 'nora.lind@fabrikam.example', displayName: 'Nora Lind', role: 'member' },
      ]),
    );
    writeFileSync(
      seed,
      JSON.stringify({
        lists: [
          {
            title: 'Tasks',
            fields: [{ Title: 'Hours', FieldTypeKind: 9 }],
            items: [{ Title: 'Paint the fence', Hours: 3 }],
          },
        ],
      }),
    );
    running = await start(cli, [
      '--port',
      '0',
      '--db',
      ':memory:',
      '--site',
      '/sites/fabrikam',
      '--users',
      users,
      '--seed',
      seed,
    ]);
  }, 120_000);

  afterAll(async () => {
    if (running && running.child.exitCode === null) {
      running.child.kill('SIGTERM');
      await running.exited;
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves the seeded site, and a seeded user reads a seeded item over HTTP', async () => {
    const { origin, siteUrl } = running!;
    expect(new URL(siteUrl).pathname).toBe('/sites/fabrikam');
    const tokenAnswer = await fetch(`${origin}/_local/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: 'nora' }),
    });
    expect(tokenAnswer.status).toBe(200);
    const { access_token: token } = (await tokenAnswer.json()) as { access_token: string };
    const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
    const items = await fetch(`${siteUrl}/_api/web/lists/getByTitle('Tasks')/items?$select=Title,Hours`, {
      headers,
    });
    expect(items.status).toBe(200);
    expect(((await items.json()) as { value: unknown[] }).value).toEqual([
      expect.objectContaining({ Title: 'Paint the fence', Hours: 3 }),
    ]);
    const me = await fetch(`${siteUrl}/_api/web/currentUser?$select=Title`, { headers });
    expect(await me.json()).toMatchObject({ Title: 'Nora Lind' });
  });

  it('prints the usage with --help and exits 0', async () => {
    const result = await run(cli, ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: sp-emulator [options]');
    expect(result.stdout).toContain('--faults <rate>[,<drop>]');
  });

  it('refuses a fault rate outside 0–1 with the reason and the usage, exit code 2', async () => {
    const result = await run(cli, ['--db', ':memory:', '--faults', '2']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("The fault rate must be a number between 0 and 1 (got '2').");
    expect(result.stderr).toContain('Usage: sp-emulator [options]');
  });
});
