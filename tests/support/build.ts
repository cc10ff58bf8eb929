/**
 * Tests that run a workspace's compiled program (a CLI in a child process) build it first, so they never test
 * a stale `dist/`: `tsc -b` is incremental, answers at once when the build is current, and fails the test with
 * the compiler's own message when the sources do not compile.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

/** Builds `workspace` (and what it references) with `tsc -b`, then answers the absolute path of `entry` in it. */
export function builtEntry(workspace: string, entry: string): string {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', workspace], {
    cwd: root,
    stdio: 'pipe',
  });
  return join(root, workspace, entry);
}
