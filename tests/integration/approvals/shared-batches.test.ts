import { PeriodClosureRepository, PlanSite, SharePointError, type SpItem } from '@devplan/sharepoint';
import {
  SharedBatches,
  type Actor,
  type DecisionRequest,
  type LookupKind,
  type PlacementHint,
} from '@devplan/server/approvals';
import { startApprovalWorld, type ApprovalWorld } from './support';

const refusal = (code: string) =>
  expect.objectContaining({ name: 'DecisionRefusedError', code: `approvals.${code}` });

describe('decisions recorded at once share their $batch requests, and a card says where to read', () => {
  let world: ApprovalWorld;
  let approver: Actor;
  let staff2: Actor;
  let initiative: (n: number) => number;

  beforeAll(async () => {
    world = await startApprovalWorld();
    approver = await world.actor('approver');
    staff2 = await world.actor('staff2');
    initiative = (n) => world.initiativeIds[n]!;
  }, 120_000);
  afterAll(() => world?.site.close());

  const request = (
    followUp: { id: number; version: number },
    actor: Actor,
    more: Partial<DecisionRequest> = {},
  ): DecisionRequest => ({
    followUpId: followUp.id,
    followUpVersion: followUp.version,
    outcome: 'approved',
    comment: '',
    actor,
    source: 'bot',
    ...more,
  });
  const batches = () =>
    world.site.emulator.requestLog().filter((entry) => entry.url.includes('/_api/$batch'));
  const placementOf = async (id: number): Promise<PlacementHint> => {
    const { planId, initiativeId, periodYear, period } = await world.service.followUp(id);
    return { planId, initiativeId, periodYear, period };
  };

  it('records twelve concurrent decisions exactly once each, in far fewer $batch requests than alone', async () => {
    const followUps = await Promise.all(
      Array.from({ length: 12 }, (_, n) => world.submitted(initiative(n % 6), n < 6 ? 'T1' : 'T2')),
    );
    world.site.emulator.clearRequestLog();
    const results = await Promise.all(followUps.map((f) => world.service.record(request(f, approver))));
    expect(results.map((r) => r.status)).toEqual(followUps.map(() => 'recorded'));
    expect(results.map((r) => r.decision.followUpId)).toEqual(followUps.map((f) => f.id));
    // Alone, each decision takes three $batch requests (two of reads, then the record).
    const sent = batches();
    expect(sent.length).toBeLessThan(12);
    expect(sent.every((b) => (b.batchParts ?? 0) <= 100)).toBe(true);
    // Twelve records, no read-back; each initiative's approver and period close read once per $batch however
    // many decisions ask (alone: 12 × 3 reads).
    expect(sent.reduce((n, b) => n + (b.batchWrites ?? 0), 0)).toBe(12);
    // The follow-ups of all decisions that leave together in one request, their initiatives' approvers in one,
    // each period's close once: at most 1 + 1 (the first caller alone), then 1 + 1 + 2 (six initiatives, T1
    // and T2) and the like; alone: 12 × 3 reads.
    const reads = sent.reduce((n, b) => n + (b.batchParts ?? 0) - (b.batchWrites ?? 0), 0);
    expect(reads).toBeLessThanOrEqual(10);
    for (const f of followUps) {
      expect(await world.app.approvalDecisions.byFollowUp(f.id)).toEqual([
        expect.objectContaining({ followUpVersion: f.version, decidedById: approver.siteUserId }),
      ]);
    }
  });

  it('answers each caller its own outcome: a refusal, a duplicate or a missing follow-up fails nobody else', async () => {
    const [ok, notMine, twice, stale] = await Promise.all([
      world.submitted(initiative(6), 'T1'),
      world.submitted(initiative(7), 'T1'),
      world.submitted(initiative(8), 'T1'),
      world.submitted(initiative(9), 'T1'),
    ]);
    const results = await Promise.allSettled([
      world.service.record(request(ok!, approver)),
      world.service.record(request(notMine!, staff2)),
      world.service.record(request(twice!, approver)),
      world.service.record(request(twice!, approver)),
      world.service.record(request({ id: stale!.id, version: stale!.version - 1 }, approver)),
      // Read in the same request as the others' follow-ups: missing for this caller only.
      world.service.record(request({ id: 999_999, version: 1 }, approver)),
    ]);
    expect(results[0]).toEqual({
      status: 'fulfilled',
      value: expect.objectContaining({ status: 'recorded' }),
    });
    expect(results[1]).toEqual({ status: 'rejected', reason: refusal('notApprover') });
    const statuses = [results[2], results[3]].map(
      (r) => (r as PromiseFulfilledResult<{ status: string }>).value.status,
    );
    expect(statuses.sort()).toEqual(['recorded', 'repeated']);
    expect(results[4]).toEqual({ status: 'rejected', reason: refusal('outdated') });
    expect(results[5]).toEqual({
      status: 'rejected',
      reason: expect.objectContaining({ name: 'NotFoundError' }),
    });
    expect(await world.app.approvalDecisions.byFollowUp(ok!.id)).toHaveLength(1);
    expect(await world.app.approvalDecisions.byFollowUp(notMine!.id)).toEqual([]);
    expect(await world.app.approvalDecisions.byFollowUp(twice!.id)).toHaveLength(1);
    expect(await world.app.approvalDecisions.byFollowUp(stale!.id)).toEqual([]);
  });

  it('with a right placement reads in one $batch and writes in a second; without one it takes three', async () => {
    const hinted = await world.submitted(initiative(10), 'T1');
    const plain = await world.submitted(initiative(11), 'T1');
    world.site.emulator.clearRequestLog();
    const recorded = await world.service.record(
      request(hinted, approver, { hint: await placementOf(hinted.id) }),
    );
    expect(recorded.status).toBe('recorded');
    // The initiative's title comes with the follow-up (a lookup projection), not from a read of its own.
    const titleOf = async (n: number) => (await world.app.initiatives.get(initiative(n))).title;
    expect(recorded.initiativeTitle).toBe(await titleOf(10));
    expect(batches().map((b) => [b.batchParts, b.batchWrites])).toEqual([
      [3, 0],
      [1, 1],
    ]);
    world.site.emulator.clearRequestLog();
    const plainly = await world.service.record(request(plain, approver));
    expect(plainly.status).toBe('recorded');
    expect(plainly.initiativeTitle).toBe(await titleOf(11));
    expect(batches().map((b) => [b.batchParts, b.batchWrites])).toEqual([
      [1, 0],
      [2, 0],
      [1, 1],
    ]);
  });

  it('never trusts a placement: one naming an initiative the actor approves does not let them decide', async () => {
    const elsewhere = initiative(0);
    await world.app.approverAssignments.assign(elsewhere, staff2.siteUserId, approver.siteUserId);
    const followUp = await world.submitted(initiative(1), 'FY');
    const real = await placementOf(followUp.id);
    world.site.emulator.clearRequestLog();
    await expect(
      world.service.record(request(followUp, staff2, { hint: { ...real, initiativeId: elsewhere } })),
    ).rejects.toEqual(refusal('notApprover'));
    // The follow-up as read said otherwise: its own initiative was read in a further $batch, and then (not
    // its approver) whether staff2 stands in for the approver.
    expect(batches()).toHaveLength(3);
    expect(await world.app.approvalDecisions.byFollowUp(followUp.id)).toEqual([]);
  });

  it('falls back past a placement that names no initiative, or another period', async () => {
    const followUp = await world.submitted(initiative(2), 'FY');
    const real = await placementOf(followUp.id);
    await expect(
      world.service.record(request(followUp, approver, { hint: { ...real, initiativeId: 999_999 } })),
    ).resolves.toEqual(expect.objectContaining({ status: 'recorded' }));
    const other = await world.submitted(initiative(3), 'FY');
    await expect(
      world.service.record(
        request(other, approver, { hint: { ...(await placementOf(other.id)), period: 'T2' } }),
      ),
    ).resolves.toEqual(expect.objectContaining({ status: 'recorded' }));
  });

  it('with a right placement still refuses a decision in a period being closed', async () => {
    const followUp = await world.submitted(initiative(4), 'FY', 2027);
    const at = await placementOf(followUp.id);
    await new PeriodClosureRepository(new PlanSite(world.site.sp('app'), world.site.emulator.siteUrl)).create(
      {
        planId: at.planId,
        periodYear: 2027,
        period: 'FY',
        state: 'closing',
        closedById: approver.siteUserId,
        closedAt: '2026-05-04T09:00:00Z',
        caseNumber: '',
        followUpCount: 0,
        reportUrl: '',
        snapshotUrl: '',
        exportUrl: '',
        publicationsSeal: '',
      },
    );
    world.site.emulator.clearRequestLog();
    await expect(world.service.record(request(followUp, approver, { hint: at }))).rejects.toEqual(
      expect.objectContaining({ name: 'PeriodClosedError' }),
    );
    // The checks in one $batch; then whether the version was decided before the close (a repeated click).
    expect(batches()).toHaveLength(2);
    expect(await world.app.approvalDecisions.byFollowUp(followUp.id)).toEqual([]);
  });

  it('reads the keys one a request when a request for several is refused, and answers each caller', async () => {
    const site = new PlanSite(world.site.sp('app'), world.site.emulator.siteUrl);
    const shared = new SharedBatches(site);
    const asked: number[][] = [];
    // As a list past the view threshold may refuse a filter of many `or` terms.
    const followUps: LookupKind<SpItem> = {
      kind: 'followUps',
      query: (sp, ids) => {
        asked.push([...ids]);
        if (ids.length > 1) {
          const refused = 'The attempted operation is prohibited because it exceeds the list view threshold.';
          return Promise.reject(
            new SharePointError(500, 'Microsoft.SharePoint.SPQueryThrottledException', refused, {}),
          );
        }
        return site.list('FollowUps', sp).items.filter(`Id eq ${ids[0]}`)() as Promise<SpItem[]>;
      },
      keyOf: (item) => item.Id as number,
    };
    const [a, b] = await Promise.all([
      world.submitted(initiative(5), 'T1', 2028),
      world.submitted(initiative(6), 'T1', 2028),
    ]);
    const ids = [a.id, b.id, 999_999];
    const answers = await Promise.all(
      ids.map((id) =>
        shared.settled({ listName: 'FollowUps', itemId: id }, 1, (_sp, _read, lookup) => [
          lookup(followUps, id),
        ]),
      ),
    );
    expect(asked).toEqual([ids, [a.id], [b.id], [999_999]]);
    expect(answers.map(([answer]) => answer)).toEqual([
      { status: 'fulfilled', value: [expect.objectContaining({ Id: a.id })] },
      { status: 'fulfilled', value: [expect.objectContaining({ Id: b.id })] },
      { status: 'fulfilled', value: [] },
    ]);
  });
});
