/**
 * `npm run bench:sweep`: what one approval sweep reads at size. Starts the local stack (no timed sweep),
 * generates a plan of `--initiatives N` (default 5,000: 10,000 publications in two closed periods), runs one
 * sweep untimed, then `--runs R` (default 3) timed sweeps and prints for each: wall time, the CPU of this
 * process (app server and emulator run in it), the SharePoint requests, bytes and the emulator's time, and each
 * request of the last one.
 *
 * The untimed first sweep repairs the generated data: the generator writes approved follow-ups and their
 * publications but no decision records, so that sweep sets 10,000 follow-ups back ("unbacked approval") and
 * restores the initiatives' Approver copies it finds unassigned, one by one (about 50,000 requests, minutes).
 * What it prints is a quiet sweep at size: nothing waiting, nothing due.
 */
import { createRepositories, PlanSite } from '@devplan/sharepoint';
import { snapshotWebDir } from '../support/web.ts';
import { generatePlan } from './generate.ts';
import { startRenderStack } from './render.ts';
import { spAs } from './requests.ts';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const count = arg('--initiatives', 5000);
const runs = arg('--runs', 3);

const stack = await startRenderStack(await snapshotWebDir());
try {
  const app = createRepositories(new PlanSite(spAs(stack.emulator, 'app'), stack.emulator.siteUrl));
  console.log(`generating a plan of ${count} initiatives`);
  await generatePlan(stack.emulator, app, { sealer: stack.approvals.sealer, year: 2030, initiatives: count });
  console.log('first sweep (repairs the generated data; not timed)');
  await stack.approvals.host.notifier.sweep();
  for (let run = 1; run <= runs; run++) {
    stack.emulator.clearRequestLog();
    const started = performance.now();
    const cpu = process.cpuUsage();
    await stack.approvals.host.notifier.sweep();
    const used = process.cpuUsage(cpu);
    const ms = performance.now() - started;
    const log = stack.emulator.requestLog();
    const bytes = log.reduce((sum, e) => sum + e.responseBytes, 0);
    const emulatorMs = log.reduce((sum, e) => sum + e.durationMs, 0);
    console.log(
      `sweep ${run}: ${ms.toFixed(0)} ms, CPU ${((used.user + used.system) / 1000).toFixed(0)} ms (app server and ` +
        `emulator), ${log.length} requests, ${(bytes / 1e6).toFixed(2)} MB, emulator ${emulatorMs.toFixed(0)} ms`,
    );
    if (run === runs)
      for (const e of log)
        console.log(
          `  ${e.method} ${(e.responseBytes / 1e6).toFixed(2)} MB ${e.durationMs.toFixed(0)} ms ` +
            decodeURIComponent(e.url)
              .replace(/.*\/Lists\//, '')
              .slice(0, 110),
        );
  }
} finally {
  await stack.close();
}
