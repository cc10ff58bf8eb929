import type { ApprovalDecision } from '@devplan/core';
import { DecisionCompletionQueue, type CompletionJob } from './completion-queue';

const job = (followUpId: number): CompletionJob => ({
  decision: { followUpId, followUpVersion: 2 } as ApprovalDecision,
  actorName: 'Godkännare',
  source: 'bot',
});

/** Resolves once `condition` holds, looking again on each turn of the event loop (never a fixed wait). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe('the completion queue lets clicks go first', () => {
  it('starts no job while decisions are being recorded, and starts it once they are not', async () => {
    let recording = true;
    const busy = jest.fn(() => recording);
    const work = jest.fn(async () => undefined);
    const queue = new DecisionCompletionQueue(work, { busy, now: () => 0, log: () => undefined });
    const done = queue.enqueue(job(1));
    await until(() => busy.mock.calls.length >= 3);
    expect(work).not.toHaveBeenCalled();
    recording = false;
    await expect(done).resolves.toBe(true);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('starts a job queued longer ago than it may wait at once, though clicks keep coming', async () => {
    let now = 0;
    const work = jest.fn(async () => undefined);
    const queue = new DecisionCompletionQueue(work, {
      busy: () => true,
      maxDeferMs: 1500,
      now: () => now,
      log: () => undefined,
    });
    queue.hold();
    const first = queue.enqueue(job(1));
    const second = queue.enqueue(job(2));
    // Both have waited their longest by the time a slot is free: neither waits again from its start.
    now = 1500;
    queue.release();
    await expect(Promise.all([first, second])).resolves.toEqual([true, true]);
    expect(work).toHaveBeenCalledTimes(2);
  });
});
