import { DomainError, newCreateKey } from '@devplan/core';
import { versionFromEtag, type Repositories } from '@devplan/sharepoint';
import { seeded, startFaultyWorld, type FaultSettings, type FaultyWorld } from './support/world';

/**
 * Issue 14, defect 7: every create and every decision is written exactly once under SharePoint's throttling
 * and lost answers. The emulator answers 20 % of requests 429/503 (with Retry-After) and a proxy in front of
 * it loses the answer of 5 % of writes after SharePoint committed them; PnPjs retries, and what still fails
 * is repeated by the script as a user would (a form sent again keeps its create key; a decision is asked for
 * again at the same version). Over 225 creates and 50 decisions, afterwards nothing is missing and nothing
 * is there twice. `FAULT_SEED` changes the seed.
 */

const SEED = Number(process.env['FAULT_SEED'] ?? 20261204);
const FAULTS: FaultSettings = {
  seed: SEED,
  rate: 0.2,
  dropRate: 0,
  retryAfterSeconds: 1,
  lostAnswerRate: 0.05,
};
const CLOCK = new Date('2026-05-04T09:00:00Z');
const INITIATIVES = 25;
const ACTIVITIES_EACH = 4;
const PERIODS = ['T1', 'T2'] as const;
/** Writers at once (staff in different browsers); the approver decides beside them. */
const CONCURRENCY = 5;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const transient = (error: unknown) =>
  error instanceof DomainError && (error.status === 503 || error.status === 429 || error.code === 'network');

describe('creates and decisions under 20 % throttling and 5 % lost answers (issue 14, defect 7)', () => {
  let world: FaultyWorld;
  beforeAll(async () => {
    world = await startFaultyWorld(FAULTS, () => CLOCK);
  }, 120_000);
  afterAll(() => world?.close());

  const userRetries: string[] = [];
  /** What a user does when a save fails after PnPjs's retries: the same thing again, a little later. */
  async function again<T>(name: string, work: () => Promise<T>): Promise<T> {
    for (let tries = 0; ; tries++) {
      try {
        return await work();
      } catch (error) {
        if (!transient(error) || tries >= 12) throw error;
        userRetries.push(`${name}: ${(error as Error).message.slice(0, 80)}`);
        await sleep(200);
      }
    }
  }

  /** Runs `work` over `items` with `CONCURRENCY` at once. */
  async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
    const queue = [...items];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
      }),
    );
  }

  it('stores every intended item once and every decision once, with nothing lost', async () => {
    const admin = world.repos;
    const staff: Repositories = world.reposAs('staff');
    const approverId = await world.siteUserId('approver');
    const staffId = await world.siteUserId('staff');
    const [area] = await admin.focusAreas.byPlan(world.planId);
    const random = seeded(SEED);
    const run = `R${Math.floor(random() * 1e6)}`;
    const titles = Array.from({ length: INITIATIVES }, (_, i) => `Exakt en gång ${run} nr ${i + 1}`);
    let creates = 0;
    const count = () => void creates++;

    const started = Date.now();
    world.faults(true);
    const submitted: { id: number; version: number }[] = [];
    await inParallel(titles, async (title) => {
      const initiativeKey = newCreateKey();
      const initiative = await again(`initiative ${title}`, () =>
        admin.initiatives.add(
          {
            planId: world.planId,
            focusAreaId: area!.id,
            title,
            ownerId: staffId,
            status: 'ongoing',
            sortOrder: 500,
          },
          initiativeKey,
        ),
      );
      count();
      await again(`approver of ${initiative.id}`, () =>
        admin.approverAssignments.assign(initiative.id, approverId, approverId),
      );
      count();
      for (let n = 1; n <= ACTIVITIES_EACH; n++) {
        const key = newCreateKey();
        await again(`activity ${n} of ${initiative.id}`, () =>
          staff.activities.add(
            {
              planId: world.planId,
              initiativeId: initiative.id,
              title: `${title}: aktivitet ${n}`,
              sortOrder: n,
            },
            key,
          ),
        );
        count();
      }
      const effectKey = newCreateKey();
      const effect = await again(`effect of ${initiative.id}`, () =>
        staff.effects.add(
          {
            planId: world.planId,
            initiativeId: initiative.id,
            title: `${title}: effekt`,
            kind: 'financial',
            direction: 'benefit',
            unit: 'timmar',
            baseline: 100,
            baselineDate: '2026-01-15',
          },
          effectKey,
        ),
      );
      count();
      const measurementKey = newCreateKey();
      await again(`measurement of ${effect.id}`, () =>
        staff.measurements.add(
          { effectId: effect.id, measuredAt: '2026-04-30', value: 90, comment: title },
          measurementKey,
        ),
      );
      count();
      for (const period of PERIODS) {
        const key = newCreateKey();
        const draft = await again(`follow-up ${period} of ${initiative.id}`, () =>
          staff.followUps.add(
            {
              planId: world.planId,
              initiativeId: initiative.id,
              periodYear: 2026,
              period,
              status: 'onTrack',
              progress: 30,
              summary: `${title}: ${period} går enligt plan.`,
            },
            key,
          ),
        );
        count();
        const sent = await again(`submit ${draft.id}`, async () => {
          const current = await staff.followUps.get(draft.id);
          return current.state === 'submitted'
            ? current
            : staff.followUps.submit(draft.id, current.etag, staffId, CLOCK);
        });
        submitted.push({ id: sent.id, version: versionFromEtag(sent.etag) });
      }
    });

    const answers: number[] = [];
    await inParallel(submitted, async ({ id, version }) => {
      const answer = await again(`decide ${id}`, async () => {
        const reply = await world.api('POST', '/api/approvals/decisions', 'approver', {
          followUpId: id,
          version,
          decision: 'approved',
          comment: 'Godkänd.',
        });
        // What still failed on the server after its retries (throttled, unavailable) is asked for again.
        if (reply.status === 429 || reply.status >= 500)
          throw new DomainError('network', { sv: String(reply.status), en: String(reply.status) }, 503);
        return reply;
      });
      answers.push(answer.status);
    });
    // The API answers once a decision is recorded; the completion queue finishes each (under the same faults),
    // and the sweep, run once the faults stop, finishes any whose retries the faults used up.
    await world.approvals.host.notifier.completions.idle();
    world.faults(false);
    await world.approvals.host.notifier.sweep();
    const seconds = (Date.now() - started) / 1000;

    // What is stored, read without faults.
    const initiatives = (await admin.initiatives.byPlan(world.planId)).filter((i) => i.title.includes(run));
    const ids = new Set(initiatives.map((i) => i.id));
    const activities = (await admin.activities.find()).filter((a) => ids.has(a.initiativeId));
    const effects = (await admin.effects.find()).filter((e) => ids.has(e.initiativeId));
    const effectIds = new Set(effects.map((e) => e.id));
    const measurements = (await admin.measurements.find()).filter((m) => effectIds.has(m.effectId));
    const followUps = (await admin.followUps.find()).filter((f) => ids.has(f.initiativeId));
    const followUpIds = new Set(followUps.map((f) => f.id));
    const decisions = (await admin.approvalDecisions.find()).filter((d) => followUpIds.has(d.followUpId));
    const published = (await admin.published.find()).filter((p) => followUpIds.has(p.followUpId));
    const faults = world.faultedRequests(started);

    const twice = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
    const duplicates = [
      ...twice(initiatives.map((i) => i.title)),
      ...twice(activities.map((a) => a.title)),
      ...twice(effects.map((e) => e.title)),
      ...twice(measurements.map((m) => m.comment)),
      ...twice(followUps.map((f) => `${f.initiativeId}/${f.period}`)),
      ...twice(decisions.map((d) => String(d.followUpId))),
      ...twice(published.map((p) => String(p.followUpId))),
    ];
    const expected = {
      initiatives: INITIATIVES,
      activities: INITIATIVES * ACTIVITIES_EACH,
      effects: INITIATIVES,
      measurements: INITIATIVES,
      followUps: INITIATIVES * PERIODS.length,
      decisions: INITIATIVES * PERIODS.length,
      published: INITIATIVES * PERIODS.length,
    };
    const stored = {
      initiatives: new Set(initiatives.map((i) => i.title)).size,
      activities: new Set(activities.map((a) => a.title)).size,
      effects: new Set(effects.map((e) => e.title)).size,
      measurements: new Set(measurements.map((m) => m.comment)).size,
      followUps: new Set(followUps.map((f) => `${f.initiativeId}/${f.period}`)).size,
      decisions: new Set(decisions.map((d) => d.followUpId)).size,
      published: new Set(published.map((p) => p.followUpId)).size,
    };
    const lost = Object.entries(expected)
      .filter(([what, n]) => stored[what as keyof typeof stored] !== n)
      .map(([what, n]) => `${what}: ${stored[what as keyof typeof stored]} of ${n}`);
    console.log(
      [
        `Exactly once under faults (seed ${SEED}, 429/503 share ${FAULTS.rate}, lost answers ${FAULTS.lostAnswerRate}): ${seconds.toFixed(1)} s`,
        `  creates asked for: ${creates}; decisions asked for: ${submitted.length} (answers ${[...new Set(answers)].join('/')})`,
        `  SharePoint requests: ${faults.total}; answered 429/503: ${faults.throttled.length}; answers lost after the write: ${world.lostAnswers.length}`,
        `  failures that survived PnPjs's retries (repeated as a user would): ${userRetries.length}`,
        `  lost: ${lost.length ? lost.join('; ') : 0}; duplicated: ${duplicates.length ? duplicates.join('; ') : 0}`,
      ].join('\n'),
    );
    expect(creates).toBeGreaterThanOrEqual(200);
    expect(submitted.length).toBeGreaterThanOrEqual(50);
    expect(world.lostAnswers.length).toBeGreaterThan(5);
    expect(faults.throttled.length).toBeGreaterThan(100);
    expect({ lost, duplicates }).toEqual({ lost: [], duplicates: [] });
    expect(answers.every((status) => status === 201 || status === 200)).toBe(true);
    expect(followUps.every((f) => f.state === 'approved')).toBe(true);
  }, 600_000);
});
