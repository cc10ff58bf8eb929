/**
 * Where the time of approvals at 50 concurrent approvers goes (not a timed test): an approvals rig (as
 * `measureApprovalLatency`), one warm-up round, then `--rounds` rounds of 50 clicks by 50 different approvers,
 * each round starting when the previous one is answered. Prints each round's median and slowest click, the p50
 * and p95 of all, the SharePoint requests the app server made in the rounds (`$batch` requests, the requests
 * inside them, and the rest), and the CPU time of this process (the app server; with `--connector app` also
 * the local connector and the clicks) against the wall time of the rounds: when they are about equal, the
 * round is as long as this process takes to do its work, whatever SharePoint's part. `--runs N` does all this on
 * N fresh rigs one after another and ends with each run's p95 and their median (`--rounds 2` is the measure of
 * `npm run bench`).
 *
 * `--connector app` (default) runs the local Bot Framework connector and the clicks in the app server's process,
 * as `npm run bench` does; `--connector own` runs them in a process of their own, as in Teams the Bot
 * Framework service is not in the app server's process (on 2 cores, three busy processes).
 *
 * Run from the repository root (it builds first):
 *   npm run bench:approvals-rounds -- --rounds 8 [--runs 1] [--connector app|own]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { percentile, startApprovalRig } from './approvals-load.ts';

const CONCURRENCY = 50;

/** SharePoint requests this process sent with `fetch`: `$batch` requests, the requests in them, and the rest. */
interface SharePointTraffic {
  batches: number;
  inBatches: number;
  single: number;
}

/** A request line inside a `$batch` body (`GET https://… HTTP/1.1`). */
const BATCHED_REQUEST = /^(?:GET|POST|PATCH|PUT|MERGE|DELETE) \S+ HTTP\/1\.1\r?$/gm;

/**
 * Counts the SharePoint REST requests (`/_api/`) this process sends from now on. PnPjs's fetch behaviour calls
 * the global `fetch` for each request, so a wrapper around it sees every one, batched or not.
 */
function countSharePointRequests(): SharePointTraffic {
  const traffic: SharePointTraffic = { batches: 0, inBatches: 0, single: 0 };
  const send = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes('/_api/$batch')) {
      traffic.batches++;
      traffic.inBatches +=
        typeof init?.body === 'string' ? (init.body.match(BATCHED_REQUEST)?.length ?? 0) : 0;
    } else if (url.includes('/_api/')) traffic.single++;
    return send(input, init);
  };
  return traffic;
}

/** One run on a fresh rig: a warm-up round, then `rounds` timed rounds; prints its figures, returns its p95. */
async function run(
  rounds: number,
  connectorProcess: 'own' | 'app',
  traffic: SharePointTraffic,
): Promise<number> {
  const rig = await startApprovalRig(CONCURRENCY * (rounds + 1), {
    approvers: CONCURRENCY,
    connectorProcess,
  });
  try {
    const round = (r: number) => rig.clicks(rig.ids.slice(r * CONCURRENCY, (r + 1) * CONCURRENCY));
    await round(0);
    await rig.completed([]);
    const trafficBefore = { ...traffic };
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
    const perRound = (key: keyof SharePointTraffic) =>
      ((traffic[key] - trafficBefore[key]) / rounds).toFixed(1);
    const requests = `$batch ${perRound('batches')} holding ${perRound('inBatches')}, others ${perRound('single')}`;
    const ids = rig.ids.slice(CONCURRENCY);
    const { recorded, duplicates } = await rig.verify(ids);
    console.log(`connector and clicks: ${connectorProcess === 'own' ? 'own process' : 'app server process'}`);
    console.log(`rounds of ${CONCURRENCY} clicks, median/slowest ms: ${lines.join(' ')}`);
    console.log(
      `all ${all.length} clicks: p50 ${percentile(all, 50).toFixed(0)} ms, p95 ${percentile(all, 95).toFixed(0)} ms; ` +
        `recorded ${recorded}, duplicates ${duplicates}`,
    );
    console.log(`SharePoint requests a round (with any the completion queue made meanwhile): ${requests}`);
    console.log(
      `this process: ${cpuMs.toFixed(0)} ms CPU in ${wall.toFixed(0)} ms of rounds ` +
        `(${((100 * cpuMs) / wall).toFixed(0)} %), ${(cpuMs / all.length).toFixed(2)} ms CPU a click`,
    );
    return percentile(all, 95);
  } finally {
    await rig.close();
  }
}

/** A whole number of at least 1 from an option. */
function count(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: ${value} (a whole number from 1)`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '8' },
      runs: { type: 'string', default: '1' },
      connector: { type: 'string', default: 'app' },
    },
  });
  const rounds = count('rounds', values.rounds);
  const runs = count('runs', values.runs);
  const connectorProcess = values.connector;
  if (connectorProcess !== 'own' && connectorProcess !== 'app')
    throw new Error(`--connector: ${connectorProcess} (own or app)`);
  const traffic = countSharePointRequests();
  const p95s: number[] = [];
  for (let r = 1; r <= runs; r++) {
    if (runs > 1) console.log(`\nrun ${r} of ${runs}`);
    p95s.push(await run(rounds, connectorProcess, traffic));
  }
  if (runs > 1)
    console.log(
      `\np95 of each run: ${p95s.map((ms) => ms.toFixed(0)).join(', ')} ms; ` +
        `median ${percentile(p95s, 50).toFixed(0)} ms, slowest ${Math.max(...p95s).toFixed(0)} ms`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
