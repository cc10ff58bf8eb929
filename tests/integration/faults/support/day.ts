/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire (connector, bot), asserted by shape */
import { DomainError, type FollowUp } from '@devplan/core';
import { versionFromEtag, type Repositories } from '@devplan/sharepoint';
import { seeded, type FaultyWorld } from './world';

/**
 * A scripted day of work: two staff members edit their initiatives and activities, add activities, write
 * and submit follow-ups; the approver approves or sends back from the cards (through the local Bot
 * Framework connector, sometimes double-clicking); staff rework what was sent back until all is approved.
 * What still fails after PnPjs's retries is what a user would see, and the script then does what a user
 * does: looks whether it happened and tries again. Afterwards every intended write is compared with what
 * is stored.
 */

const CLOCK = new Date('2026-05-04T09:00:00Z');
const PERIOD = 'T1';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The clock the approvals of a scripted day run on. */
export const DAY_CLOCK = () => CLOCK;

/** What the day meant to do, to compare with what is stored afterwards. */
interface Intended {
  description: Map<number, string>;
  activityTitle: Map<number, string>;
  newActivity: Map<number, string>;
  /** follow-up id → summaries submitted, in order (one per submission). */
  submissions: Map<number, string[]>;
  /** `<followUpId>@<version>` → the outcome the approver chose. */
  decisions: Map<string, 'approved' | 'sentBack'>;
}

/** What a day did and what differs from what it meant to do. */
export interface DayResult {
  seconds: number;
  /** Every difference between intended and stored writes (empty: each write exactly once). */
  discrepancies: string[];
  /** Failures that survived PnPjs's retries and were retried by the script as a user would. */
  userRetries: string[];
  /** One line of counts of what was written. */
  written: string;
  startedAt: number;
}

/** Runs the day against `world` with faults switched on for its duration, then checks every write. */
export async function runScriptedDay(world: FaultyWorld, options: { seed: number }): Promise<DayResult> {
  const userRetries: string[] = [];

  const transient = (error: unknown) =>
    error instanceof DomainError &&
    (error.status === 503 || error.status === 429 || error.code === 'network');

  /**
   * One user step: on a failure that survived PnPjs's retries (or a conflict caused by an earlier attempt
   * that did land) the user looks whether it happened (`done`) and otherwise tries again.
   */
  async function userStep<T>(
    name: string,
    attempt: () => Promise<T>,
    done: () => Promise<T | undefined>,
  ): Promise<T> {
    for (let tries = 0; ; tries++) {
      try {
        return await attempt();
      } catch (error) {
        // a conflict (409 duplicate, 412 changed) may be this very step landing on an earlier attempt whose
        // answer was lost: the user looks whether it happened before doing anything else
        const conflict = error instanceof DomainError && (error.status === 409 || error.status === 412);
        if (!(transient(error) || conflict) || tries >= 12) throw error;
        userRetries.push(`${name}: ${(error as Error).message.slice(0, 80)}`);
        const already = await done().catch((e: unknown) => (transient(e) ? undefined : Promise.reject(e)));
        if (already !== undefined) return already;
        await sleep(250);
      }
    }
  }

  /** Reads with a user's patience: a read that failed after PnPjs's retries is simply repeated. */
  async function read<T>(what: () => Promise<T>): Promise<T> {
    for (let tries = 0; ; tries++) {
      try {
        return await what();
      } catch (error) {
        if (!transient(error) || tries >= 12) throw error;
        userRetries.push(`read: ${(error as Error).message.slice(0, 80)}`);
        await sleep(250);
      }
    }
  }

  async function staffDay(user: string, mine: number[], intended: Intended, rng: () => number) {
    const repos: Repositories = world.reposAs(user);
    const me = await read(() => world.siteUserId(user));
    for (const initiativeId of mine) {
      // 1. edit the initiative (guarded by its ETag)
      const initiative = await read(() => repos.initiatives.get(initiativeId));
      const description = `${initiative.description}\n\nLägesbild maj: ändrad av ${user} (${initiativeId}).`;
      intended.description.set(initiativeId, description);
      await userStep(
        `edit initiative ${initiativeId}`,
        async () => {
          const current = await repos.initiatives.get(initiativeId);
          return repos.initiatives.update(initiativeId, { description }, current.etag!);
        },
        async () => {
          const current = await repos.initiatives.get(initiativeId);
          return current.description === description ? current : undefined;
        },
      );
      // 2. edit its first activity, 3. add one
      const [first] = await read(() => repos.activities.byInitiative(initiativeId));
      if (first) {
        const title = `${first.title} (uppdaterad)`.slice(0, 255);
        intended.activityTitle.set(first.id, title);
        await userStep(
          `edit activity ${first.id}`,
          async () => {
            const current = await repos.activities.get(first.id);
            return repos.activities.update(first.id, { title, status: 'ongoing' }, current.etag!);
          },
          async () => {
            const current = await repos.activities.get(first.id);
            return current.title === title ? current : undefined;
          },
        );
      }
      const newTitle = `Ny aktivitet för insats ${initiativeId} (${user})`;
      intended.newActivity.set(initiativeId, newTitle);
      await userStep(
        `add activity to ${initiativeId}`,
        () =>
          repos.activities.add({
            planId: world.planId,
            initiativeId,
            title: newTitle,
            status: 'notStarted',
            due: '2026-09-30',
            responsible: user,
            sortOrder: 900,
          }),
        async () =>
          (await repos.activities.byInitiative(initiativeId)).find((a) => a.title === newTitle) ?? undefined,
      );
      // 4. a follow-up draft, 5. its content, 6. submitted
      const findMine = async () =>
        (await repos.followUps.byInitiative(initiativeId)).find(
          (f) => f.period === PERIOD && f.periodYear === 2026,
        );
      const draft = await userStep(
        `draft for ${initiativeId}`,
        () =>
          repos.followUps.add({
            planId: world.planId,
            initiativeId,
            periodYear: 2026,
            period: PERIOD,
            status: 'onTrack',
            progress: 10,
          }),
        findMine,
      );
      await writeAndSubmit(repos, draft.id, me, `Tertial 1: arbetet går framåt (${initiativeId}).`, intended);
    }
    // rework what is sent back until everything of mine is approved
    const open = new Set(mine);
    let round = 0;
    while (open.size > 0) {
      await sleep(400);
      for (const initiativeId of [...open]) {
        const followUp = await read(async () =>
          (await repos.followUps.byInitiative(initiativeId)).find((f) => f.period === PERIOD),
        );
        if (!followUp) throw new Error(`follow-up of ${initiativeId} vanished`);
        if (followUp.state === 'approved') open.delete(initiativeId);
        if (followUp.state === 'sentBack') {
          round++;
          const summary = `Tertial 1, omarbetad ${round} efter kommentar (${initiativeId}, ${rng().toFixed(3)}).`;
          await writeAndSubmit(repos, followUp.id, me, summary, intended);
        }
      }
    }
  }

  async function writeAndSubmit(
    repos: Repositories,
    followUpId: number,
    me: number,
    summary: string,
    intended: Intended,
  ) {
    await userStep(
      `content of ${followUpId}`,
      async () => {
        const current = await repos.followUps.get(followUpId);
        return repos.followUps.update(
          followUpId,
          { status: 'onTrack', progress: 40, summary, risks: 'Kompetensförsörjning.' },
          current.etag!,
        );
      },
      async () => {
        const current = await repos.followUps.get(followUpId);
        return current.summary === summary ? current : undefined;
      },
    );
    await userStep(
      `submit ${followUpId}`,
      async () => {
        const current = await repos.followUps.get(followUpId);
        return repos.followUps.submit(followUpId, current.etag!, me, CLOCK);
      },
      async () => {
        const current: FollowUp = await repos.followUps.get(followUpId);
        return current.state === 'submitted' && current.summary === summary ? current : undefined;
      },
    );
    intended.submissions.set(followUpId, [...(intended.submissions.get(followUpId) ?? []), summary]);
  }

  async function approverDay(intended: Intended, rng: () => number, stop: { done: boolean }) {
    const handled = new Set<string>();
    const sentBackOnce = new Set<number>();
    while (!stop.done) {
      await world.approvals.host.notifier.sweep().catch((error: unknown) => {
        if (!transient(error)) throw error;
        userRetries.push(`sweep: ${(error as Error).message.slice(0, 80)}`);
      });
      const inbox = (await world.connector('/_connector/inbox?user=approver')).body as any[];
      const cards = inbox.filter((m) => m.activity.attachments?.[0]?.content?.refresh);
      for (const message of cards) {
        const data = message.activity.attachments[0].content.refresh.action.data;
        const key = `${data.followUpId}@${data.version}`;
        if (handled.has(key)) continue;
        const outcome =
          intended.decisions.get(key) ??
          (!sentBackOnce.has(data.followUpId) && rng() < 0.35 ? 'sentBack' : 'approved');
        intended.decisions.set(key, outcome);
        if (outcome === 'sentBack') sentBackOnce.add(data.followUpId);
        const click = () =>
          world.connector('/_connector/invoke', {
            user: 'approver',
            activityId: message.id,
            verb: outcome === 'approved' ? 'approve' : 'sendBack',
            data: { ...data, comment: outcome === 'sentBack' ? 'Beskriv effekterna tydligare.' : 'Bra.' },
            trigger: 'manual',
          });
        const answers = rng() < 0.2 ? await Promise.all([click(), click()]) : [await click()];
        const texts = answers.map((a) => JSON.stringify(a.body?.body?.value ?? a.body));
        if (texts.some((t) => /Godkänd av|Återremitterad av/.test(t))) handled.add(key);
        else userRetries.push(`click ${key}: ${texts[0]!.slice(0, 120)}`);
      }
      await sleep(300);
    }
  }

  const { repos } = world;
  const rng = seeded(options.seed);
  const ids = world.initiativeIds;
  const base = {
    initiativeVersions: new Map(
      (await repos.initiatives.byPlan(world.planId)).map((i) => [i.id, versionFromEtag(i.etag)]),
    ),
    activities: new Map<number, number>(),
    activityVersions: new Map<number, number>(),
  };
  for (const id of ids) {
    const activities = await repos.activities.byInitiative(id);
    base.activities.set(id, activities.length);
    for (const a of activities) base.activityVersions.set(a.id, versionFromEtag(a.etag));
  }
  const intended: Intended = {
    description: new Map(),
    activityTitle: new Map(),
    newActivity: new Map(),
    submissions: new Map(),
    decisions: new Map(),
  };

  const started = Date.now();
  world.faults(true);
  const stop = { done: false };
  const approver = approverDay(intended, seeded(options.seed + 1), stop);
  await Promise.all([
    staffDay(
      'staff',
      ids.filter((_, i) => i % 2 === 0),
      intended,
      rng,
    ),
    staffDay(
      'staff2',
      ids.filter((_, i) => i % 2 === 1),
      intended,
      seeded(options.seed + 2),
    ),
  ]);
  stop.done = true;
  await approver;
  // Decisions are answered once recorded; what the completion queue still finishes (under faults) ends first.
  await world.approvals.host.notifier.completions.idle();
  world.faults(false);
  const seconds = (Date.now() - started) / 1000;

  const discrepancies: string[] = [];
  const same = (what: string, actual: unknown, expected: unknown) => {
    if (actual !== expected) discrepancies.push(`${what}: ${String(actual)} instead of ${String(expected)}`);
  };
  // --- every intended write exactly once ---
  const initiatives = await repos.initiatives.byPlan(world.planId);
  for (const i of initiatives) {
    same(`initiative ${i.id} description`, i.description, intended.description.get(i.id));
    same(`initiative ${i.id} version`, versionFromEtag(i.etag), base.initiativeVersions.get(i.id)! + 1);
  }
  for (const id of ids) {
    const activities = await repos.activities.byInitiative(id);
    same(`activities of ${id}`, activities.length, base.activities.get(id)! + 1);
    same(
      `new activity of ${id}`,
      activities.filter((a) => a.title === intended.newActivity.get(id)).length,
      1,
    );
    for (const a of activities) {
      if (!intended.activityTitle.has(a.id)) continue;
      same(`activity ${a.id} title`, a.title, intended.activityTitle.get(a.id));
      same(`activity ${a.id} version`, versionFromEtag(a.etag), base.activityVersions.get(a.id)! + 1);
    }
  }
  const followUps = await repos.followUps.byPlanPeriod(world.planId, 2026, PERIOD);
  same('follow-ups', followUps.length, ids.length);
  same('initiatives with a follow-up', new Set(followUps.map((f) => f.initiativeId)).size, ids.length);
  same('follow-ups not approved', followUps.filter((f) => f.state !== 'approved').length, 0);

  const decisions = (await repos.approvalDecisions.find()).filter((d) =>
    followUps.some((f) => f.id === d.followUpId),
  );
  const decisionKeys = decisions.map((d) => `${d.followUpId}@${d.followUpVersion}`);
  same('distinct decision keys', new Set(decisionKeys).size, decisions.length);
  const stored = Object.fromEntries(
    decisions.map((d) => [`${d.followUpId}@${d.followUpVersion}`, d.decision]),
  );
  for (const [key, outcome] of intended.decisions) same(`decision ${key}`, stored[key], outcome);
  same('decisions', decisions.length, intended.decisions.size);
  for (const f of followUps) {
    const mine = decisions.filter((d) => d.followUpId === f.id);
    same(`approvals of ${f.id}`, mine.filter((d) => d.decision === 'approved').length, 1);
    same(`decisions of ${f.id}`, mine.length, intended.submissions.get(f.id)?.length);
  }

  const published = await repos.published.byPlanPeriod(world.planId, 2026, PERIOD);
  same('published follow-ups', published.length, ids.length);
  for (const f of followUps) {
    const copies = published.filter((p) => p.followUpId === f.id);
    same(`published copies of ${f.id}`, copies.length, 1);
    same(`published summary of ${f.id}`, copies[0]?.summary, intended.submissions.get(f.id)?.at(-1));
  }

  const audit = await repos.audit.find();
  const ofFollowUp = (id: number, action: string) =>
    audit.filter((e) => e.listName === 'FollowUps' && e.itemId === id && e.action === action).length;
  for (const f of followUps) {
    const submissions = intended.submissions.get(f.id)?.length ?? 0;
    same(`audit 'submit' of ${f.id}`, ofFollowUp(f.id, 'submit'), submissions);
    same(`audit 'approve' of ${f.id}`, ofFollowUp(f.id, 'approve'), 1);
    same(`audit 'sendBack' of ${f.id}`, ofFollowUp(f.id, 'sendBack'), submissions - 1);
    same(`audit 'cardSent' of ${f.id}`, ofFollowUp(f.id, 'cardSent'), submissions);
    const copy = published.find((p) => p.followUpId === f.id);
    same(
      `audit 'publish' of ${f.id}`,
      audit.filter(
        (e) => e.listName === 'PublishedFollowUps' && e.itemId === copy?.id && e.action === 'publish',
      ).length,
      1,
    );
  }
  const keyed = audit.filter((e) => typeof e.details['decisionKey'] === 'string');
  same(
    'distinct audit entries per decision key and action',
    new Set(keyed.map((e) => `${e.action} ${String(e.details['decisionKey'])}`)).size,
    keyed.length,
  );
  const cards = (await repos.approvalCards.find()).filter((c) => c.kind === 'request');
  same(
    'distinct card records',
    new Set(cards.map((c) => `${c.followUpId}@${c.followUpVersion}`)).size,
    cards.length,
  );

  const sentBack = [...intended.decisions.values()].filter((d) => d === 'sentBack').length;

  const written = `${ids.length} initiative edits, ${intended.activityTitle.size} activity edits, ${intended.newActivity.size} new activities, ${ids.length} follow-ups, ${[...intended.submissions.values()].flat().length} submissions, ${decisions.length} decisions (${sentBack} sent back), ${published.length} published, ${audit.length} audit entries`;
  return { seconds, discrepancies, userRetries, written, startedAt: started };
}
