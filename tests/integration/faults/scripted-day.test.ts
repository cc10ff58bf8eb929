import { runScriptedDay, DAY_CLOCK } from './support/day';
import { startFaultyWorld, type FaultSettings, type FaultyWorld } from './support/world';

/**
 * The scripted day of `support/day.ts` against the emulator with its fault injection on: a share of
 * requests answered 429 or 503 with `Retry-After`, and a share of connections dropped (both before the
 * emulator processes the request). Every host retries through PnPjs (TokenAuthenticated composes
 * BrowserFetchWithRetry); what still fails is retried by the script as a user would. Afterwards every
 * intended write is there exactly once, and the retries after 429/503 waited as Retry-After said.
 * `FAULT_SEED` changes the seed (the draws are seeded; the interleaving of the concurrent actors is not).
 */

const SEED = Number(process.env['FAULT_SEED'] ?? 20261124);
const FAULTS: FaultSettings = { seed: SEED, rate: 0.08, dropRate: 0.03, retryAfterSeconds: 1 };

describe('a scripted day of work with faults injected (429/503 with Retry-After, dropped connections)', () => {
  let world: FaultyWorld;
  beforeAll(async () => {
    world = await startFaultyWorld(FAULTS, DAY_CLOCK);
  }, 120_000);
  afterAll(() => world?.close());

  it('completes, and afterwards every intended write is there exactly once', async () => {
    const day = await runScriptedDay(world, { seed: SEED });
    const faults = world.faultedRequests(day.startedAt);
    const log = world.emulator.requestLog();
    const gaps = faults.throttled.map((f) => {
      const index = log.findIndex((e) => e.at === f.at && e.url === f.url && e.status === f.status);
      // The retry is the caller's next request to the same address with a body of the same size (another
      // actor may ask the same; the app adds audit entries to one address many times a second).
      const next = log
        .slice(index + 1)
        .find(
          (e) =>
            e.url === f.url &&
            e.method === f.method &&
            e.user === f.user &&
            e.requestBytes === f.requestBytes,
        );
      return next ? Date.parse(next.at) - Date.parse(f.at) : Number.NaN;
    });
    const retried = gaps.filter((g) => Number.isFinite(g)).sort((a, b) => a - b);
    const honoured = retried.filter((g) => g >= 900);
    console.log(
      [
        `Scripted day with faults (seed ${SEED}, 429/503 share ${FAULTS.rate}, drop share ${FAULTS.dropRate}, Retry-After ${FAULTS.retryAfterSeconds} s): ${day.seconds.toFixed(1)} s`,
        `  SharePoint requests: ${faults.total}; faulted: ${faults.throttled.length} answered 429/503 (${faults.throttled.filter((e) => e.status === 429).length} × 429, ${faults.throttled.filter((e) => e.status === 503).length} × 503), ${faults.dropped.length} dropped`,
        `  retries after 429/503 that waited ≥ 0.9 s: ${honoured.length}/${retried.length} (median ${retried[Math.floor(retried.length / 2)]} ms)`,
        `  failures that survived PnPjs's retries (retried by the script as a user): ${day.userRetries.length}${day.userRetries.length ? ` (${day.userRetries.slice(0, 5).join(' | ')})` : ''}`,
        `  written: ${day.written}; differences from what was intended: ${day.discrepancies.length}`,
      ].join('\n'),
    );
    expect(day.discrepancies).toEqual([]);
    expect(faults.throttled.length).toBeGreaterThan(10);
    expect(faults.dropped.length).toBeGreaterThan(3);
    expect(honoured.length / retried.length).toBeGreaterThan(0.9);
  }, 170_000);
});
