import {
  addDays,
  checkMeasurement,
  DuplicateFollowUpError,
  stockholmDay,
  ValidationError,
  type AppApiPort,
  type FollowUp,
  type Id,
  type Initiative,
  type Plan,
} from '@devplan/core';
import { versionFromEtag } from '../mapping/mapper.js';
import type { Repositories } from '../repositories/repositories.js';
import type { ExampleDataSet, ExampleFollowUp, ExampleInitiative, ExamplePerson } from './example-types.js';
import type { PlanSeed } from './types.js';

/** What the example data asks of the app server's API, exactly as the tab asks it around its own writes. */
export type ExampleDataApi = Pick<
  AppApiPort,
  'recordChange' | 'requestApproval' | 'assignApprover' | 'delegations' | 'delegate'
>;

/** A decision the example data records through the app's own decision service (sealed, published). */
export interface ExampleDecision {
  followUpId: Id;
  /** The version the approver decides (the follow-up's ETag as read). */
  followUpVersion: number;
  outcome: 'approved' | 'sentBack';
  comment: string;
  /** Who decides (the approver). */
  person: ExamplePerson;
  /** When the decision is dated: the decision service's clock for this one decision. */
  at: Date;
}

/**
 * How the example data reaches the site. Every write is made by the person who would make it, with their own
 * token, and audited through the app server as the tab audits it; approvers are named through the app's
 * approver assignment (a plan administrator, through the API) and decisions go through the app's decision
 * service, so what is published carries the app's seal and the sweep finds nothing to restore.
 */
export interface ExampleDataPorts {
  /** Repositories as the app's own identity (reads, the plan's mark, the closing audit entry). */
  app: Repositories;
  /** Repositories as a demo person, with that person's own token. */
  reposAs(person: ExamplePerson): Repositories;
  /** A demo person's site user id. */
  userId(person: ExamplePerson): Promise<Id>;
  /** The app server's API as a demo person. */
  apiAs(person: ExamplePerson): ExampleDataApi;
  /** Records a decision (and tells the cards and the submitter) as the app server does for a card. */
  decide(decision: ExampleDecision): Promise<void>;
}

/** Settings of one example-data run. */
export interface ExampleDataOptions {
  /** The transcribed plan the example data belongs to (initiatives are matched by their seed key's title). */
  plan: PlanSeed;
  /** The example data set (`EXAMPLE_2026` for the 2026 plan). */
  set: ExampleDataSet;
  /** Who is named in the audit trail for the run as a whole. */
  actor: string;
  /** The time; dates in the data that lie after it are written as now (measurements after it are left out). */
  now?: () => Date;
  /** Progress, one line per step. */
  onProgress?: (line: string) => void;
}

/** What a run created, counted per kind. */
export interface ExampleDataCounts {
  /** Initiatives given an owner, a timeline and a status. */
  initiatives: number;
  approvers: number;
  delegations: number;
  effects: number;
  measurements: number;
  followUps: number;
  submissions: number;
  decisions: number;
}

/** What an example-data run did. */
export interface ExampleDataReport {
  /** `created`: this run wrote (or completed) it; `present`: it was there already; `skipped`: see `reason`. */
  outcome: 'created' | 'present' | 'skipped';
  /** Why nothing was written: no plan of the year, or the plan holds data of its own (owners or follow-ups). */
  reason: 'noPlan' | 'ownData' | null;
  created: ExampleDataCounts;
}

/** Whether a plan's site holds example data, and whether the run that wrote it finished. */
export interface ExampleDataState {
  marked: boolean;
  complete: boolean;
}

/** The audit entry key a finished run leaves: a later run finds it and writes nothing (one request). */
export function exampleDataDoneKey(set: Pick<ExampleDataSet, 'keyPrefix'>): string {
  return `${set.keyPrefix}.complete`;
}

/** Whether the plan of `set`'s year is marked as holding example data, and whether its run finished. */
export async function exampleDataState(repos: Repositories, set: ExampleDataSet): Promise<ExampleDataState> {
  const plan = await repos.plans.byYear(set.planYear);
  if (!plan?.exampleData) return { marked: false, complete: false };
  const [done] = await repos.audit.find({ filter: `EntryKey eq '${exampleDataDoneKey(set)}'`, top: 1 });
  return { marked: true, complete: done !== undefined };
}

const emptyCounts = (): ExampleDataCounts => ({
  initiatives: 0,
  approvers: 0,
  delegations: 0,
  effects: 0,
  measurements: 0,
  followUps: 0,
  submissions: 0,
  decisions: 0,
});

/** The earlier of a date in the data and now: nothing is written as if it happened in the future. */
const notAfter = (iso: string, now: Date): Date => {
  const at = new Date(iso);
  return at.getTime() > now.getTime() ? now : at;
};

/**
 * Writes the example data of `options.set` into a site that holds its plan, for `npm start` only (never
 * called by provisioning or the app server). Idempotent and resumable: the plan is marked first (so every
 * view says "example data" as soon as any exists), each create carries a fixed create key (a repeated run
 * finds what the first wrote), each step looks at what is there before it acts, and a finished run leaves an
 * audit entry after which a run writes nothing. A plan that holds data of its own (an owner or a follow-up)
 * and is not marked is left alone.
 */
export async function seedExampleData(
  ports: ExampleDataPorts,
  options: ExampleDataOptions,
): Promise<ExampleDataReport> {
  const { set } = options;
  const now = options.now ?? (() => new Date());
  const say = (line: string) => options.onProgress?.(line);
  const created = emptyCounts();
  const { app } = ports;

  let plan = await app.plans.byYear(set.planYear);
  if (!plan) return { outcome: 'skipped', reason: 'noPlan', created };
  const state = await exampleDataState(app, set);
  if (state.complete) return { outcome: 'present', reason: null, created };
  const initiatives = await app.initiatives.byPlan(plan.id);
  if (!plan.exampleData) {
    const [followUp] = await app.followUps.find({ filter: `PlanId eq ${plan.id}`, top: 1 });
    if (followUp || initiatives.some((i) => i.ownerId !== null))
      return { outcome: 'skipped', reason: 'ownData', created };
    plan = await app.plans.markExampleData(plan.id, true, plan.etag!);
    say(`Planen ${plan.planYear} är märkt med exempeldata. / The plan is marked as holding example data.`);
  }

  const byKey = matchInitiatives(options.plan, set, initiatives);
  const run: Run = { ports, set, plan, now, say, created, byKey };
  for (const example of set.initiatives) await setUpInitiative(run, example);
  await nameDeputy(run);
  for (const example of set.initiatives) await writeEffects(run, example);
  // In the order of the year: every T1 before any T2.
  for (const period of ['T1', 'T2', 'FY'] as const)
    for (const example of set.initiatives)
      for (const followUp of example.followUps.filter((f) => f.period === period))
        await writeFollowUp(run, example, followUp);

  await app.audit.add({
    action: 'import',
    listName: 'Plans',
    itemId: plan.id,
    actor: options.actor,
    at: now().toISOString(),
    details: { source: 'exampleData', created: { ...created } },
    source: 'import',
    entryKey: exampleDataDoneKey(set),
  });
  return { outcome: 'created', reason: null, created };
}

/** One run's context. */
interface Run {
  ports: ExampleDataPorts;
  set: ExampleDataSet;
  plan: Plan;
  now: () => Date;
  say: (line: string) => void;
  created: ExampleDataCounts;
  byKey: Map<string, Initiative>;
}

/** The example data names an initiative the plan does not have (the seed and the data disagree). */
export class ExampleDataMismatchError extends Error {
  override readonly name = 'ExampleDataMismatchError';
}

/** The plan's initiatives by the seed key the example data uses (matched by title, as the importer does). */
function matchInitiatives(
  seed: PlanSeed,
  set: ExampleDataSet,
  initiatives: readonly Initiative[],
): Map<string, Initiative> {
  const titles = new Map(seed.focusAreas.flatMap((a) => a.initiatives.map((i) => [i.key, i.title] as const)));
  const out = new Map<string, Initiative>();
  for (const example of set.initiatives) {
    const title = titles.get(example.initiative);
    const initiative = initiatives.find((i) => i.title === title);
    if (!initiative)
      throw new ExampleDataMismatchError(
        `The example data names ${example.initiative}, which the ${set.planYear} plan does not have.`,
      );
    out.set(example.initiative, initiative);
  }
  return out;
}

/** Owner, timeline and status (set by a plan administrator in the tab), then the approver (through the app). */
async function setUpInitiative(run: Run, example: ExampleInitiative): Promise<void> {
  const { ports, set } = run;
  const id = run.byKey.get(example.initiative)!.id;
  const admin = ports.reposAs(set.administrator);
  const api = ports.apiAs(set.administrator);
  const want = {
    ownerId: await ports.userId(example.owner),
    start: example.start,
    end: example.end,
    status: example.status,
  };
  const current = await admin.initiatives.get(id);
  const same = (Object.keys(want) as (keyof typeof want)[]).every((k) => current[k] === want[k]);
  if (!same) {
    await api.recordChange({ list: 'Initiatives', itemId: id, baseline: true });
    await admin.initiatives.update(id, want, current.etag!);
    await api.recordChange({ list: 'Initiatives', itemId: id });
    run.created.initiatives += 1;
    run.say(`  Ansvarig och tidslinje / owner and timeline: ${current.title}`);
  }
  const approverId = await ports.userId(set.approver);
  if ((await ports.app.approverAssignments.approverOf(id)) !== approverId) {
    await api.assignApprover(id, approverId);
    run.created.approvers += 1;
  }
}

/** The approver names a deputy from today, unless one is named already. */
async function nameDeputy(run: Run): Promise<void> {
  const { ports, set } = run;
  const api = ports.apiAs(set.approver);
  const deputyId = await ports.userId(set.deputy);
  const current = await api.delegations();
  if (current.given.some((d) => d.deputy.id === deputyId)) return;
  const today = stockholmDay(run.now());
  try {
    await api.delegate(deputyId, today, addDays(today, set.deputyDays));
    run.created.delegations += 1;
  } catch (error) {
    // Another delegation of the approver's overlaps (named by someone meanwhile): that one stands.
    if (!(error instanceof ValidationError)) throw error;
    run.say(`  Ingen ersättare utsedd / no deputy named: ${error.reason.en}`);
  }
}

/** The owner's effects and their measurements (never one dated after today), as the tab writes them. */
async function writeEffects(run: Run, example: ExampleInitiative): Promise<void> {
  const { ports, set, plan } = run;
  const owner = ports.reposAs(example.owner);
  const api = ports.apiAs(example.owner);
  const initiativeId = run.byKey.get(example.initiative)!.id;
  const today = stockholmDay(run.now());
  for (const { code, measurements, ...content } of example.effects) {
    const key = `${set.keyPrefix}.${example.code}.${code}`;
    let effect = await owner.effects.byCreateKey(key);
    if (!effect) {
      effect = await owner.effects.add({ planId: plan.id, initiativeId, ...content }, key);
      await api.recordChange({ list: 'Effects', itemId: effect.id });
      run.created.effects += 1;
    }
    for (const m of measurements) {
      const measurementKey = `${key}.${m.code}`;
      if (m.measuredAt > today || (await owner.measurements.byCreateKey(measurementKey))) continue;
      const checked = checkMeasurement(
        effect,
        { value: String(m.value), measuredAt: m.measuredAt, comment: m.comment },
        today,
      );
      if (!checked.ok) throw new ValidationError(checked.issues);
      await owner.measurements.add(checked.value, measurementKey);
      run.created.measurements += 1;
    }
  }
}

/**
 * One follow-up, as far as the data says it went: written and submitted by the owner (audited, the card sent
 * as the tab asks for it), then approved or sent back by the approver through the decision service. Each step
 * runs only when the follow-up is where the step starts, so an interrupted run goes on where it stopped.
 */
async function writeFollowUp(run: Run, example: ExampleInitiative, data: ExampleFollowUp): Promise<void> {
  const { ports, set, plan } = run;
  const owner = ports.reposAs(example.owner);
  const api = ports.apiAs(example.owner);
  const initiativeId = run.byKey.get(example.initiative)!.id;
  const key = `${set.keyPrefix}.${example.code}.${data.period.toLowerCase()}`;
  let followUp: FollowUp | null = await owner.followUps.byCreateKey(key);
  if (!followUp) {
    try {
      followUp = await owner.followUps.add(
        {
          planId: plan.id,
          initiativeId,
          periodYear: plan.planYear,
          period: data.period,
          status: data.status,
          progress: data.progress,
          summary: data.summary,
          risks: data.risks,
          nextSteps: data.nextSteps,
          effectsSeen: data.effectsSeen,
        },
        key,
      );
    } catch (error) {
      // Someone wrote this period's follow-up of the initiative meanwhile: theirs stands.
      if (!(error instanceof DuplicateFollowUpError)) throw error;
      run.say(`  ${error.reason.en}`);
      return;
    }
    await api.recordChange({ list: 'FollowUps', itemId: followUp.id });
    run.created.followUps += 1;
  }
  if (followUp.state === 'draft') {
    const submitter = await ports.userId(example.owner);
    const at = notAfter(data.submittedAt, run.now());
    followUp = await owner.followUps.submit(followUp.id, followUp.etag!, submitter, at);
    await api.recordChange({ list: 'FollowUps', itemId: followUp.id });
    run.created.submissions += 1;
  }
  if (followUp.state !== 'submitted') return;
  await api.requestApproval(followUp.id);
  if (data.outcome === 'submitted') return;
  await ports.decide({
    followUpId: followUp.id,
    followUpVersion: versionFromEtag(followUp.etag),
    outcome: data.outcome,
    comment: data.comment ?? '',
    person: set.approver,
    at: notAfter(data.decidedAt ?? data.submittedAt, run.now()),
  });
  run.created.decisions += 1;
}
