import { runScriptedDay, DAY_CLOCK } from './support/day';
import { startFaultyWorld, type FaultSettings, type FaultyWorld } from './support/world';

/**
 * The same scripted day, but the fault is the one the emulator's injection cannot make: the answer of a
 * write is lost after SharePoint committed it (a proxy in front of the emulator drops the connection then).
 * PnPjs's BrowserFetchWithRetry retries every request after a network error, POSTs included, so a lost
 * answer to an item creation creates the item twice, and a lost answer to an ETag-guarded update comes back
 * as 412. This is a known defect (reported): the test is marked `failing` and prints what went wrong; it
 * turns red once every write is exactly once, and then `.failing` must be removed.
 */

const SEED = Number(process.env['FAULT_SEED'] ?? 20261124);
const FAULTS: FaultSettings = {
  seed: SEED,
  rate: 0,
  dropRate: 0,
  retryAfterSeconds: 1,
  lostAnswerRate: 0.08,
  // Which writes the seeded share hits depends on the order requests arrive in; the known defect (a plain
  // item creation written twice) must be met every run, so the first new activity's answer is always lost.
  loseFirstAnswerOf: /\/Lists\/Activities'\)\/items$/,
};

describe('a scripted day of work when answers of writes are lost after SharePoint committed them', () => {
  let world: FaultyWorld;
  let discrepancies: string[] = [];
  beforeAll(async () => {
    world = await startFaultyWorld(FAULTS, DAY_CLOCK);
    const day = await runScriptedDay(world, { seed: SEED });
    discrepancies = day.discrepancies;
    console.log(
      [
        `Scripted day with lost answers (seed ${SEED}, share of writes ${FAULTS.lostAnswerRate}): ${day.seconds.toFixed(1)} s`,
        `  answers lost after the write: ${world.lostAnswers.length} (${world.lostAnswers.map((l) => l.replace(/\?.*$/, '').replace(/^(\w+) .*\/_api\//, '$1 ')).join(', ')})`,
        `  failures that survived PnPjs's retries (retried by the script as a user): ${day.userRetries.length}`,
        `  written: ${day.written}`,
        `  differences from what was intended: ${day.discrepancies.length ? day.discrepancies.join('; ') : 'none'}`,
      ].join('\n'),
    );
  }, 170_000);
  afterAll(() => world?.close());

  it('loses some answers (the proxy did its job)', () => {
    expect(world.lostAnswers.length).toBeGreaterThan(3);
  });

  it('still has every intended write exactly once', () => {
    expect(discrepancies).toEqual([]);
  });
});
