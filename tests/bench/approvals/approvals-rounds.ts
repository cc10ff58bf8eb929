/**
 * Where the time of approvals at 50 concurrent approvers goes (not a timed test): one approvals rig (as
 * `measureApprovalLatency`), one warm-up round, then `--rounds` rounds of 50 clicks by 50 different approvers,
 * each round starting when the previous one is answered (on the next turn of the event loop, `nextTurn`).
 * Prints each round's median and slowest click, the p50 and p95 of all, and the CPU time of this process (the
 * app server with the local connector and the clicks; the emulator runs in a process of its own) against the
 * wall time of the rounds: when they are about equal, the round is as long as this process takes to do its
 * work, whatever SharePoint's part.
 *
 * Run from the repository root (it builds first):
 *   npm run bench:approvals-rounds -- --rounds 8
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { nextTurn, startApprovalRig } from './approvals-load.ts';

const CONCURRENCY = 50;

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '8' } } });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds: ${values.rounds}`);
  const rig = await startApprovalRig(CONCURRENCY * (rounds + 1), { approvers: CONCURRENCY });
  try {
    const round = async (r: number) => {
      await nextTurn();
      return Promise.all(rig.ids.slice(r * CONCURRENCY, (r + 1) * CONCURRENCY).map((id) => rig.click(id)));
    };
    await round(0);
    await rig.completed([]);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const all: number[] = [];
    const lines: string[] = [];
    for (let r = 1; r <= rounds; r++) {
      const times = (await round(r)).map((click) => click.ms);
      all.push(...times);
      lines.push(`${percentile(times, 50).toFixed(0)}/${Math.max(...times).toFixed(0)}`);
    }
    const wall = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const ids = rig.ids.slice(CONCURRENCY);
    const { recorded, duplicates } = await rig.verify(ids);
    console.log(`rounds of ${CONCURRENCY} clicks, median/slowest ms: ${lines.join(' ')}`);
    console.log(
      `all ${all.length} clicks: p50 ${percentile(all, 50).toFixed(0)} ms, p95 ${percentile(all, 95).toFixed(0)} ms; ` +
        `recorded ${recorded}, duplicates ${duplicates}`,
    );
    console.log(
      `this process: ${cpuMs.toFixed(0)} ms CPU in ${wall.toFixed(0)} ms of rounds ` +
        `(${((100 * cpuMs) / wall).toFixed(0)} %), ${(cpuMs / all.length).toFixed(2)} ms CPU a click`,
    );
  } finally {
    await rig.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
