/**
 * Issue 13: the yearly cycle. A plan administrator creates the 2027 plan from 2026, carrying initiatives
 * forward (resumable, idempotent, one plan per year even when two ask at once), and records the decision chain
 * step by step; readers see 2027 only once KS has approved it. Everything through the app server over HTTP,
 * against the emulator.
 */
import '@pnp/sp/webs/index.js';
import '@pnp/sp/lists/index.js';
import '@pnp/sp/items/index.js';
import { buildLedger, newCreateKey, type Id } from '@devplan/core';
import {
  createRepositories,
  DraftPermissions,
  PlanSite,
  versionFromEtag,
  type Repositories,
} from '@devplan/sharepoint';
import { SpTabData } from '@devplan/sharepoint/tab';
import { planSourceFrom } from '@devplan/sharepoint/reader';
import { AdministratorCheck } from '@devplan/server/auth';
import { DraftGuard, PlanYearService } from '@devplan/server/plans';
import { startLocalTeams, type LocalTeams } from '../approvals/local-teams';
import { handlingTimeEffect } from '../support/effects';

const NEW_PLAN = {
  planYear: 2027,
  title: 'Utvecklingsplan för kommungemensam IT och digitalisering 2027',
  caseNumber: 'STK-2026-1187',
};

describe('the yearly cycle: a new plan year and its decision chain (issue 13)', () => {
  let teams: LocalTeams;
  let carry: Id[];
  let planId: Id;

  beforeAll(async () => {
    teams = await startLocalTeams();
    carry = teams.initiativeIds.slice(0, 5);
    // One of the carried initiatives has an activity that is done: it stays behind in 2026.
    const [activity] = await teams.repos.activities.byInitiative(carry[0]!);
    await teams.repos.activities.update(activity!.id, { status: 'done' }, activity!.etag);
    // Another has a benefit-realisation plan with a first measurement in 2026: it goes on in 2027.
    const effect = await teams.repos.effects.add(handlingTimeEffect(teams.planId, carry[1]!));
    await teams.repos.measurements.add({ effectId: effect.id, measuredAt: '2026-07-15', value: 26 });
  }, 120_000);
  afterAll(() => teams?.close());

  const readerSees = async () => {
    const source = planSourceFrom(new PlanSite(teams.spAs('reader'), teams.emulator.siteUrl));
    return (await source.load('latest'))?.plan.planYear;
  };

  it('refuses members, approvers and readers who ask to create a plan year, and writes nothing', async () => {
    for (const user of ['staff', 'approver', 'reader']) {
      const answer = await teams.api('POST', '/api/plans', user, {
        ...NEW_PLAN,
        fromPlanId: teams.planId,
        carry,
        createKey: newCreateKey(),
      });
      expect([user, answer.status]).toEqual([user, 403]);
    }
    expect(await teams.repos.plans.byYear(2027)).toBeNull();
  });

  it('refuses a choice of initiatives the source plan does not have, and a source that is not earlier, writing nothing', async () => {
    const unknown = await teams.api('POST', '/api/plans', 'admin', {
      ...NEW_PLAN,
      fromPlanId: teams.planId,
      carry: [999_999],
      createKey: newCreateKey(),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.reason.sv).toContain('999999');
    const later = await teams.api('POST', '/api/plans', 'admin', {
      ...NEW_PLAN,
      planYear: 2025,
      fromPlanId: teams.planId,
      createKey: newCreateKey(),
    });
    expect(later.status).toBe(400);
    expect(later.body.reason.en).toContain('earlier');
    const badCase = await teams.api('POST', '/api/plans', 'admin', {
      ...NEW_PLAN,
      caseNumber: 'nr 12',
      createKey: newCreateKey(),
    });
    expect(badCase.status).toBe(400);
    expect((await teams.repos.plans.all()).map((p) => p.planYear)).toEqual([2026]);
  });

  it('creates 2027 from 2026 carrying 5 initiatives forward, once, when two requests race; the other is told', async () => {
    const ask = () =>
      teams.api('POST', '/api/plans', 'admin', {
        ...NEW_PLAN,
        fromPlanId: teams.planId,
        carry,
        createKey: newCreateKey(),
      });
    const answers = await Promise.all([ask(), ask()]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const refused = answers.find((a) => a.status === 409)!;
    expect(refused.body.reason.sv).toContain('Det finns redan en plan för 2027');
    const created = answers.find((a) => a.status === 201)!.body;
    planId = created.plan.id;
    expect(created.plan.status).toBe('draft');
    expect(created.plan.principles).toEqual((await teams.repos.plans.get(teams.planId)).principles);

    const repos = teams.repos;
    const [areas2026, areas2027, initiatives2027] = await Promise.all([
      repos.focusAreas.byPlan(teams.planId),
      repos.focusAreas.byPlan(planId),
      repos.initiatives.byPlan(planId),
    ]);
    expect(areas2027.map((a) => [a.title, a.carriedFromId])).toEqual(areas2026.map((a) => [a.title, a.id]));
    expect(initiatives2027.map((i) => i.carriedFromId).sort()).toEqual([...carry].sort());
    expect(created.carried).toMatchObject({ focusAreas: areas2026.length, initiatives: 5 });
    // The approver goes along, in the app's own list; the activity that was done stays behind.
    for (const i of initiatives2027) {
      expect(await repos.approverAssignments.approverOf(i.id)).toBe(await teams.siteUserId('approver'));
    }
    const carriedActivities = await repos.activities.byInitiative(
      initiatives2027.find((i) => i.carriedFromId === carry[0])!.id,
    );
    const before = await repos.activities.byInitiative(carry[0]!);
    expect(carriedActivities.map((a) => a.title)).toEqual(
      before.filter((a) => a.status !== 'done').map((a) => a.title),
    );
    const audit = await repos.audit.forItem('Plans', planId);
    expect(audit.map((e) => [e.action, e.actor])).toEqual([['planCreated', 'Maria Ek']]);
  });

  it('runs an interrupted carry-forward again with the same request: nothing twice, nothing lost', async () => {
    const repos = createRepositories(new PlanSite(teams.spAs('app'), teams.emulator.siteUrl));
    let writes = 0;
    // The third initiative write fails, as a crashed server would stop midway.
    const failing: Repositories = {
      ...repos,
      initiatives: new Proxy(repos.initiatives, {
        get(target, prop, receiver) {
          if (prop !== 'add') return Reflect.get(target, prop, receiver);
          return (...args: Parameters<typeof target.add>) => {
            writes += 1;
            if (writes === 3) return Promise.reject(new Error('connection reset'));
            return target.add(...args);
          };
        },
      }),
    };
    const admin = { siteUserId: await teams.siteUserId('admin'), displayName: 'Maria Ek' } as never;
    const request = { ...NEW_PLAN, planYear: 2028, fromPlanId: teams.planId, carry };
    const key = newCreateKey();
    const appSite = new PlanSite(teams.spAs('app'), teams.emulator.siteUrl);
    const admins = new AdministratorCheck(appSite);
    const guard = new DraftGuard(repos, new DraftPermissions(appSite));
    await expect(new PlanYearService(failing, admins, guard).create(request, key, admin)).rejects.toThrow(
      'connection reset',
    );
    const plan2028 = (await repos.plans.byYear(2028))!;
    expect((await repos.initiatives.byPlan(plan2028.id)).length).toBe(2);

    const again = await new PlanYearService(repos, admins, guard).create(request, key, admin);
    expect(again.plan.id).toBe(plan2028.id);
    const initiatives = await repos.initiatives.byPlan(plan2028.id);
    expect(initiatives.map((i) => i.carriedFromId).sort()).toEqual([...carry].sort());
    const areas = await repos.focusAreas.byPlan(plan2028.id);
    expect(areas.length).toBe((await repos.focusAreas.byPlan(teams.planId)).length);
  });

  it('lets a plan administrator change the draft plan’s details at the ETag read; members are refused and a stale save changes nothing', async () => {
    const plan = await teams.repos.plans.get(planId);
    const change = {
      planId,
      etag: plan.etag,
      summary: 'Planen fortsätter 2026 års arbete.',
      budgetRequested: 8.5,
    };
    expect((await teams.api('POST', '/api/plans/update', 'staff', change)).status).toBe(403);
    const saved = await teams.api('POST', '/api/plans/update', 'admin', change);
    expect([saved.status, saved.body.plan.summary, saved.body.plan.budgetRequested]).toEqual([
      200,
      'Planen fortsätter 2026 års arbete.',
      8.5,
    ]);
    const stale = await teams.api('POST', '/api/plans/update', 'admin', { ...change, summary: 'Gammal' });
    expect(stale.status).toBe(412);
    const status = await teams.api('POST', '/api/plans/update', 'admin', { ...change, status: 'approved' });
    expect(status.status).toBe(400);
    expect((await teams.repos.plans.get(planId)).summary).toBe('Planen fortsätter 2026 års arbete.');
  });

  it('hides the draft from readers even over REST (item permissions), also what a member adds to it in the tab', async () => {
    const reader = teams.reposAs('reader');
    expect((await reader.plans.all()).map((p) => p.planYear)).toEqual([2026]);
    expect(await reader.initiatives.byPlan(planId)).toEqual([]);
    expect(await reader.focusAreas.byPlan(planId)).toEqual([]);
    const raw = await teams
      .spAs('reader')
      .web.lists.getByTitle('Utvecklingsplaner')
      .items.select('PlanYear')();
    expect(raw.map((i: { PlanYear: number }) => i.PlanYear)).toEqual([2026]);
    expect((await teams.reposAs('staff').initiatives.byPlan(planId)).length).toBe(5);
    // A member adds an initiative to the draft in the tab; the tab asks the app server to audit the save.
    const [area] = await teams.repos.focusAreas.byPlan(planId);
    const added = await teams
      .reposAs('staff')
      .initiatives.add({ planId, focusAreaId: area!.id, title: 'Ny insats 2027' });
    const audited = await teams.api('POST', '/api/audit/changes', 'staff', {
      list: 'Initiatives',
      itemId: added.id,
    });
    expect(audited.status).toBe(201);
    expect(await reader.initiatives.byPlan(planId)).toEqual([]);
    expect((await teams.reposAs('staff').initiatives.byPlan(planId)).map((i) => i.title)).toContain(
      'Ny insats 2027',
    );
  });

  it('refuses steps out of order, dates in the future, paragraphs in the wrong format and an empty decision; nothing written', async () => {
    const step = (body: Record<string, unknown>) =>
      teams.api('POST', '/api/plans/decisions', 'admin', {
        planId,
        step: 'committee',
        date: '2026-11-20',
        paragraph: '§ 71',
        outcome: 'Servicenämnden fastställer utvecklingsplanen 2027.',
        ...body,
      });
    const outOfOrder = await step({ step: 'ks' });
    expect(outOfOrder.status).toBe(409);
    expect(outOfOrder.body.reason.sv).toContain('väntar på steget Servicenämnden');
    expect(outOfOrder.body.reason.en).toContain('waits for the service committee');
    const future = await step({ date: '2027-01-15' });
    expect([future.status, future.body.issues[0].path]).toEqual([400, 'date']);
    const paragraph = await step({ paragraph: 'paragraf 71' });
    expect([paragraph.status, paragraph.body.issues[0].message.sv]).toEqual([
      400,
      'Paragrafen ska se ut som § 64.',
    ]);
    const empty = await step({ outcome: '   ' });
    expect([empty.status, empty.body.issues[0].path]).toEqual([400, 'outcome']);
    expect(await teams.repos.decisions.byPlan(planId)).toEqual([]);
    expect((await teams.repos.plans.get(planId)).status).toBe('draft');
    expect(await readerSees()).toBe(2026);
  });

  it('adopts the plan step by step: the reader sees 2027 only after KS, and 2026 stays readable', async () => {
    const steps = [
      { step: 'committee', date: '2026-11-20', paragraph: '§ 71', status: 'adopted' },
      { step: 'ksau', date: '2026-11-30', paragraph: '§ 455', status: 'prepared' },
      { step: 'ks', date: '2026-12-03', paragraph: '§ 312', status: 'approved' },
    ];
    for (const s of steps) {
      expect(await readerSees()).toBe(2026);
      const request = {
        planId,
        step: s.step,
        date: s.date,
        paragraph: s.paragraph,
        outcome: `Beslut ${s.step}`,
      };
      const logged = teams.emulator.requestLog().length;
      const answer = await teams.api('POST', '/api/plans/decisions', 'admin', request);
      expect([s.step, answer.status, answer.body.plan.status]).toEqual([s.step, 201, s.status]);
      if (s.step === 'ks') {
        // Every item of the plan inherits again, in `$batch` requests (was one request per item).
        const during = teams.emulator.requestLog().slice(logged);
        console.log(
          `KS approval of 2027: ${during.length} SharePoint requests (${during
            .filter((e) => e.batchParts)
            .map((e) => `$batch of ${e.batchParts}`)
            .join(', ')})`,
        );
        expect(during.filter((e) => /resetroleinheritance/i.test(e.url))).toEqual([]);
        expect(during.length).toBeLessThan(30);
      }
      // The same request again (a retry): nothing more written.
      const again = await teams.api('POST', '/api/plans/decisions', 'admin', request);
      expect(again.status).toBe(200);
    }
    expect(await readerSees()).toBe(2027);
    // KS approved: the plan and its content are readable by everyone again.
    expect((await teams.reposAs('reader').initiatives.byPlan(planId)).map((i) => i.title)).toContain(
      'Ny insats 2027',
    );
    const source = planSourceFrom(new PlanSite(teams.spAs('reader'), teams.emulator.siteUrl));
    expect((await source.load(2026))?.plan.planYear).toBe(2026);
    const chain = await teams.repos.decisions.byPlan(planId);
    expect(chain.map((d) => [d.step, d.body, d.paragraph])).toEqual([
      ['committee', 'Servicenämnden', '§ 71'],
      ['ksau', 'Kommunstyrelsens arbetsutskott (KSAU)', '§ 455'],
      ['ks', 'Kommunstyrelsen (KS)', '§ 312'],
    ]);
    const other = await teams.api('POST', '/api/plans/decisions', 'admin', {
      planId,
      step: 'ks',
      date: '2026-12-04',
      paragraph: '§ 1',
      outcome: 'Något annat',
    });
    expect(other.status).toBe(409);
    expect(other.body.reason.sv).toContain('redan registrerat');
    // The approved plan is the adopted document: its details are not changed any more.
    const approved = await teams.repos.plans.get(planId);
    const locked = await teams.api('POST', '/api/plans/update', 'admin', {
      planId,
      etag: approved.etag,
      summary: 'Ändrad efter beslut',
    });
    expect([locked.status, locked.body.code]).toEqual([409, 'plan-adopted']);
  });

  it('keeps members from changing a plan or its decisions over REST (the app writes them)', async () => {
    const plans = teams.spAs('staff').web.lists.getByTitle('Utvecklingsplaner');
    await expect(plans.items.getById(planId).update({ PlanStatus: 'draft' })).rejects.toMatchObject({
      status: 403,
    });
    const decisions = teams.spAs('staff').web.lists.getByTitle('Beslut');
    await expect(decisions.items.add({ Title: 'KS', PlanId: planId })).rejects.toMatchObject({ status: 403 });
  });

  it('shows a carried initiative its 2026 follow-ups from the 2027 page (published ones to readers), and its effect measured across both years', async () => {
    const initiative2026 = carry[0]!;
    const id = await teams.submit(initiative2026, 'T2', 'Strategin är förankrad i alla förvaltningar.');
    const followUp = await teams.repos.followUps.get(id);
    const decided = await teams.api('POST', '/api/approvals/decisions', 'approver', {
      followUpId: id,
      version: versionFromEtag(followUp.etag),
      decision: 'approved',
      comment: '',
    });
    expect(decided.status).toBe(201);
    // Answered once recorded; the queue publishes it after the answer.
    await teams.approvals.host.notifier.completions.idle();
    const initiatives2027 = await teams.repos.initiatives.byPlan(planId);
    const carried = initiatives2027.find((i) => i.carriedFromId === initiative2026)!;
    const as = (user: string) => new SpTabData(new PlanSite(teams.spAs(user), teams.emulator.siteUrl));

    const read = await as('reader').earlierYears(carried, false);
    expect(read.map((y) => [y.planYear, y.initiative.id, y.followUps.map((f) => f.summary)])).toEqual([
      [2026, initiative2026, ['Strategin är förankrad i alla förvaltningar.']],
    ]);
    const member = await as('staff').earlierYears(carried, true);
    expect(member[0]!.followUps.map((f) => [f.period, 'state' in f ? f.state : null])).toEqual([
      ['T2', 'approved'],
    ]);
    // The effect ledger: the 2026 effect and its 2027 continuation are one effect, measured across both years.
    const carriedEffect = (await teams.repos.effects.find({ filter: `PlanId eq ${planId}` }))[0]!;
    await teams.repos.measurements.add({ effectId: carriedEffect.id, measuredAt: '2026-12-01', value: 24 });
    const rows = buildLedger({ ...(await as('staff').effectLedger()), today: '2026-12-04' }).filter(
      (r) => r.effect.title === 'Kortare handläggningstid' && r.planYear === 2027,
    );
    expect(rows.map((r) => [r.planYear, r.sinceYear, r.measured, r.due.latest?.value])).toEqual([
      [2027, 2026, 2, 24],
    ]);
  });

  it('closes an approved plan only after its year has ended; it stays readable as history', async () => {
    const close = async (id: Id) =>
      teams.api('POST', '/api/plans/close', 'admin', {
        planId: id,
        etag: (await teams.repos.plans.get(id)).etag,
      });
    const early = await close(teams.planId);
    expect([early.status, early.body.code]).toEqual([409, 'plan-year-running']);
    teams.clock.fixed = new Date('2027-01-02T09:00:00Z');
    try {
      expect(
        (await teams.api('POST', '/api/plans/close', 'staff', { planId: teams.planId, etag: '"1"' })).status,
      ).toBe(403);
      const closed = await close(teams.planId);
      expect([closed.status, closed.body.plan.status]).toEqual([200, 'closed']);
      const running = await close(planId);
      expect([running.status, running.body.code]).toEqual([409, 'plan-year-running']);
    } finally {
      delete teams.clock.fixed;
    }
    const source = planSourceFrom(new PlanSite(teams.spAs('reader'), teams.emulator.siteUrl));
    expect((await source.load(2026))?.plan.status).toBe('closed');
    expect(await readerSees()).toBe(2027);
    expect((await teams.repos.audit.forItem('Plans', teams.planId)).map((e) => e.action)).toContain(
      'planClosed',
    );
  });
});
