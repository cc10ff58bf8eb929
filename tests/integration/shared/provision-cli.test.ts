import { spawn } from 'node:child_process';
import { startEmulator, type RunningEmulator } from '@devplan/sp-emulator';
import { builtEntry } from '../../support/build';

/** The provisioning CLI as `npm run provision` runs it, built first when its sources changed. */
let cli = '';

function run(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', cli, ...args]);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => done({ code, out }));
  });
}

describe('npm run provision', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    cli = builtEntry('apps/provision', 'dist/cli.js');
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(() => emulator.close());

  it('creates the lists on a site and says so, then finds everything in place the second time', async () => {
    const first = await run(['--site', emulator.siteUrl, '--local']);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/list\s+FollowUps\s+skapad \/ created/);
    expect(first.out).toMatch(/Klart \/ Done: \d+ skapade/);
    const second = await run(['--site', emulator.siteUrl, '--local']);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(
      /Klart \/ Done: 0 skapade \/ created, 0 uppdaterade \/ updated, \d+ fanns redan/,
    );
  });

  it('explains a bad command line with the usage and exit code 2, and touches nothing', async () => {
    emulator.clearRequestLog();
    const result = await run(['--site', emulator.siteUrl]);
    expect(result.code).toBe(2);
    expect(result.out).toContain('--device-code');
    expect(emulator.requestLog()).toHaveLength(0);
  });
});
