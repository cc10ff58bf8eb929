import '@pnp/sp/batching.js';
import type { SPFI } from '@pnp/sp/index.js';
import {
  TERTIAL_SCHEME,
  type Activity,
  type Decision,
  type Effect,
  type FocusArea,
  type FollowUp,
  type Initiative,
  type PeriodScheme,
  type Plan,
  type PlanView,
  type PlanViewPart,
  type PublishedFollowUp,
  type Stored,
} from '@devplan/core/domain';
import { spCall } from '../client/errors.js';
import { sealKeysFromProperty, sealKeysQuery, SealVerifier } from '../integrity/seals.js';
import type { PlanSite } from '../client/site.js';
import type { SpItem } from '../mapping/mapper.js';
import { planPeriodKey } from '../mapping/mappings.js';
import {
  isThrottled,
  lastIdOf,
  PAGE_SIZE,
  type IdWindowRead,
  type ListRepository,
} from '../repositories/list-repository.js';

/** What to read with a plan. */
export interface PlanViewOptions {
  /** Which parts beyond the plan, its areas and its initiatives. */
  parts: readonly PlanViewPart[];
  /** Reporting periods of the plan year to read follow-ups for (default: tertials). */
  scheme?: PeriodScheme;
}

/** Parts an intranet reader may read: never working follow-ups. */
export const READER_PARTS: readonly PlanViewPart[] = ['decisions', 'activities', 'effects', 'published'];
/** Parts a member reads in the tab. */
export const MEMBER_PARTS: readonly PlanViewPart[] = [
  'decisions',
  'activities',
  'effects',
  'followUps',
  'published',
];

/** Most reads in one completing `$batch` (more are sent as further batches). */
const COMPLETION_BATCH = 20;

type Repo = ListRepository<Stored, never, never>;

/** One list query of the view: its list, an OData filter over indexed columns, where its items go. */
interface Part {
  repo: Repo;
  filter: string;
  sink: Stored[];
}

/**
 * A read still to do for a part: a window of item ids (the repository's `idWindowReads`), or the part's
 * filter after the last id of a full page.
 */
type Read = { part: Part; window: IdWindowRead } | { part: Part; filter: string };

/** A batched query's answer, or the named error it failed with (settled at once: never an unhandled rejection). */
type Outcome = { items: SpItem[] } | { error: unknown };

function settle(listName: string, promise: Promise<unknown>): Promise<Outcome> {
  return spCall({ listName }, () => promise).then(
    (items) => ({ items: items as SpItem[] }),
    (error: unknown) => ({ error }),
  );
}

function itemsOf(outcome: Outcome): SpItem[] {
  if ('error' in outcome) throw outcome.error;
  return outcome.items;
}

/** One page of a part, in id order (so a full page is continued after its last id). */
function page(repo: Repo, sp: SPFI, filter: string): Promise<unknown> {
  return repo.items(sp).filter(filter).orderBy('ID').top(PAGE_SIZE)();
}

/** The rest of `filter` after a full page ending at item `lastId`. */
function after(filter: string, items: readonly SpItem[]): string {
  return `(${filter}) and ID gt ${Number(items[items.length - 1]?.['Id'])}`;
}

/** A repository as the plan view reads it: its reading base, whatever it writes (no input schemas). */
export type ReadingRepository<E extends Stored> = ListRepository<E, never, never>;

/**
 * What the plan view reads: the site and the reading base of each list's repository. The full repositories
 * (`createRepositories`) are such sources; a read-only host builds lighter ones (`reader/source.ts`).
 */
export interface PlanViewSources {
  site: PlanSite;
  plans: ReadingRepository<Plan>;
  decisions: ReadingRepository<Decision>;
  focusAreas: ReadingRepository<FocusArea>;
  initiatives: ReadingRepository<Initiative>;
  activities: ReadingRepository<Activity>;
  followUps: ReadingRepository<FollowUp>;
  published: ReadingRepository<PublishedFollowUp>;
  effects: ReadingRepository<Effect>;
}

/**
 * Reads a whole plan view in ONE HTTP request: a `$batch` holding the plan, its decisions, areas,
 * initiatives (owners and approvers expanded), activities, effects and the follow-ups of each period of
 * the plan year, each with `$select` of the mapped columns and filtered on indexed columns, plus the highest
 * item id of each list read.
 *
 * Past SharePoint's list view threshold a part whose filter matches more than 5,000 items is refused
 * (SPQueryThrottledException); such a part is re-read in windows of item ids up to that highest id (the
 * repository's `idWindowReads`, which `find` uses too), and a part that fills a whole page is continued after
 * its last id. All of that goes in ONE further `$batch` (per 20 reads), so a plan of 5,000 initiatives takes
 * two requests. A continuation SharePoint still refuses falls back to `ListRepository.find`.
 */
export class PlanViewReader {
  constructor(private readonly repos: PlanViewSources) {}

  /** Reads the view of a plan the caller already knows (id and year, e.g. from `plans.all()`). */
  async load(plan: Pick<Plan, 'id' | 'planYear'>, options: PlanViewOptions): Promise<PlanView> {
    const view: Omit<PlanView, 'plan'> = {
      decisions: [],
      focusAreas: [],
      initiatives: [],
      activities: [],
      effects: [],
      followUps: [],
      published: [],
    };
    const parts: Part[] = [];
    const part = <E extends Stored>(repo: ListRepository<E, never, never>, filter: string, sink: E[]) =>
      parts.push({ repo: repo as unknown as Repo, filter, sink });

    const { repos } = this;
    const byPlan = `PlanId eq ${plan.id}`;
    part(repos.focusAreas, byPlan, view.focusAreas);
    part(repos.initiatives, byPlan, view.initiatives);
    if (options.parts.includes('decisions')) part(repos.decisions, byPlan, view.decisions);
    if (options.parts.includes('activities')) part(repos.activities, byPlan, view.activities);
    if (options.parts.includes('effects')) part(repos.effects, byPlan, view.effects);
    for (const period of (options.scheme ?? TERTIAL_SCHEME).periods) {
      const byPeriod = `PlanPeriod eq '${planPeriodKey(plan.id, plan.planYear, period.key)}'`;
      if (options.parts.includes('followUps')) part(repos.followUps, byPeriod, view.followUps);
      if (options.parts.includes('published')) part(repos.published, byPeriod, view.published);
    }

    const [batched, execute] = this.repos.site.sp.batched();
    const sp = batched as SPFI;
    const planOutcome = settle('Plans', repos.plans.items(sp).getById(plan.id)());
    // The keys publications are checked with, from the tenant property, in the same request.
    const sealKeys = options.parts.includes('published')
      ? spCall({ listName: 'TenantProperties' }, () => sealKeysQuery(sp)).then(
          (entity) => sealKeysFromProperty((entity as { Value?: unknown } | null)?.Value),
          (error: unknown) => {
            console.warn(`[seals] the seal keys could not be read: ${(error as Error).message}`);
            return [];
          },
        )
      : Promise.resolve([]);
    const firstPages = parts.map((p) => settle(p.repo.listName, page(p.repo, sp, p.filter)));
    const lastIds = new Map<Repo, Promise<Outcome>>();
    for (const { repo } of parts)
      if (!lastIds.has(repo)) lastIds.set(repo, settle(repo.listName, repo.lastIdQuery(sp)()));
    await spCall({ listName: 'Plans', itemId: plan.id }, () => execute());
    const planItem = itemsOf(await planOutcome) as unknown as SpItem;

    const rest: Read[] = [];
    for (const [n, p] of parts.entries()) {
      const outcome = await firstPages[n]!;
      if ('items' in outcome) {
        p.sink.push(...p.repo.map(outcome.items));
        if (outcome.items.length >= PAGE_SIZE) rest.push({ part: p, filter: after(p.filter, outcome.items) });
      } else if (isThrottled(outcome.error)) {
        const maxId = lastIdOf(itemsOf(await lastIds.get(p.repo)!));
        rest.push(...p.repo.idWindowReads(maxId, p.filter).map((window) => ({ part: p, window })));
      } else {
        throw outcome.error;
      }
    }
    for (let from = 0; from < rest.length; from += COMPLETION_BATCH)
      await this.complete(rest.slice(from, from + COMPLETION_BATCH));

    view.focusAreas.sort((a, b) => a.sortOrder - b.sortOrder);
    view.initiatives.sort((a, b) => a.sortOrder - b.sortOrder);
    view.activities.sort((a, b) => a.sortOrder - b.sortOrder);
    view.decisions.sort((a, b) => a.date.localeCompare(b.date));
    if (options.parts.includes('published')) {
      // Only what the app sealed is shown: a publication someone wrote over REST (a site owner can) is not.
      const verifier = new SealVerifier(await sealKeys);
      const read = view.published.length;
      view.published = await verifier.only(view.published, (p) => verifier.publication(p));
      return {
        plan: repos.plans.map([planItem])[0]!,
        ...view,
        unverifiedPublications: read - view.published.length,
      };
    }
    return { plan: repos.plans.map([planItem])[0]!, ...view };
  }

  /** Reads id windows and continuations in one `$batch`; what that cannot finish goes to `find`. */
  private async complete(reads: readonly Read[]): Promise<void> {
    const [batched, execute] = this.repos.site.sp.batched();
    const sp = batched as SPFI;
    const outcomes = reads.map((r) =>
      settle(r.part.repo.listName, 'window' in r ? r.window.query(sp)() : page(r.part.repo, sp, r.filter)),
    );
    await spCall({ listName: reads[0]!.part.repo.listName }, () => execute());
    for (const [n, read] of reads.entries()) {
      const { part } = read;
      const outcome = await outcomes[n]!;
      if ('error' in outcome && !isThrottled(outcome.error)) throw outcome.error;
      if ('window' in read) {
        part.sink.push(...part.repo.map(read.window.pick(itemsOf(outcome))));
      } else if ('error' in outcome) {
        part.sink.push(...(await part.repo.find({ filter: read.filter })));
      } else {
        part.sink.push(...part.repo.map(outcome.items));
        if (outcome.items.length >= PAGE_SIZE)
          part.sink.push(...(await part.repo.find({ filter: after(read.filter, outcome.items) })));
      }
    }
  }
}
