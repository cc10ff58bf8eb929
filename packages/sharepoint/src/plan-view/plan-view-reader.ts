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
  type PeriodClosure,
  type PeriodScheme,
  type Plan,
  type PlanView,
  type PlanViewPart,
  type PublishedFollowUp,
  type Stored,
} from '@devplan/core/domain';
import { spCall } from '../client/errors.js';
import {
  sealKeysFromProperty,
  sealKeysQuery,
  SealVerifier,
  type PeriodSeal,
  type SealPublicKey,
} from '../integrity/seals.js';
import type { SealCheckMemory } from '../integrity/seal-memory.js';
import { MAX_BATCH_REQUESTS, type PlanSite } from '../client/site.js';
import type { SpItem } from '../mapping/mapper.js';
import { planPeriodKey } from '../mapping/mappings.js';
import {
  isThrottled,
  lastIdOf,
  PAGE_SIZE,
  type IdWindowRead,
  type ReadRepository,
} from '../repositories/list-repository.js';

/** What to read with a plan. */
export interface PlanViewOptions {
  /** Which parts beyond the plan, its areas and its initiatives. */
  parts: readonly PlanViewPart[];
  /** Reporting periods of the plan year to read follow-ups for (default: tertials). */
  scheme?: PeriodScheme;
  /**
   * Lists to read in windows of item ids straight away, each up to the highest id it had (what an earlier read
   * learned: `PlanViewRead.windows`), with what was added since read after it; so a view past the list view
   * threshold still takes ONE request.
   */
  windows?: Readonly<Record<string, number>>;
  /** Also read the list of plans, newest year first, in the same request (`PlanViewRead.plans`). */
  withPlans?: boolean;
  /**
   * Parts (of `parts`) read only when the first request holds them whole: one past the list view threshold (or
   * known to be, from `windows`) is left out and named in the view's `pending`, for its own read after the
   * first paint (`activities`).
   */
  later?: readonly PlanViewPart[];
  /**
   * Read one initiative of the plan only (an initiative's page): the plan's areas and decisions, and of the
   * initiatives, activities, effects and follow-ups only this one's, filtered on the indexed `InitiativeId`
   * (so the read is small at any size). Its publications are checked one by one (a period's seal stands for
   * all of the period's publications, which are not read).
   */
  initiativeId?: number;
}

/** A plan view as read, with what the next read can use. */
export interface PlanViewRead {
  view: PlanView;
  /** The plans of the site (with `withPlans`), newest year first. */
  plans: Plan[] | null;
  /** The lists read in id windows (past the threshold), each with its highest item id: `PlanViewOptions.windows`. */
  windows: Record<string, number>;
}

/** Parts an intranet reader may read: never working follow-ups. */
export const READER_PARTS: readonly PlanViewPart[] = ['decisions', 'activities', 'effects', 'published'];
/**
 * Parts a member reads in the tab's first view: working follow-ups (which a member sees instead of the published
 * copies, so those are not read or verified), no activities (read by `activities` when a search or an initiative's
 * page needs them).
 */
export const MEMBER_PARTS: readonly PlanViewPart[] = ['decisions', 'effects', 'followUps'];
/** Parts a reader reads in the tab's first view: the intranet's, with the activities on demand as for members. */
export const TAB_READER_PARTS: readonly PlanViewPart[] = READER_PARTS.filter((p) => p !== 'activities');

/** Most reads in one completing `$batch` (more are sent as further batches). */
const COMPLETION_BATCH = MAX_BATCH_REQUESTS;

type Repo = ReadRepository<Stored>;

/** One list query of the view: its list, an OData filter over indexed columns, where its items go. */
interface Part {
  repo: Repo;
  filter: string;
  sink: Stored[];
  /** Left out (and named here) unless the first request holds it whole (`PlanViewOptions.later`). */
  later?: PlanViewPart;
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

/**
 * Settles each window read once per `$batch`: parts of one list past the threshold (the publications of several
 * periods) read the same windows of the whole list and pick their own items from the one answer.
 */
function windowReader(sp: SPFI): (listName: string, window: IdWindowRead) => Promise<Outcome> {
  const sent = new Map<string, Promise<Outcome>>();
  return (listName, window) => {
    const query = window.query(sp);
    const key = query.toRequestUrl();
    let outcome = sent.get(key);
    if (!outcome) {
      outcome = settle(listName, query());
      sent.set(key, outcome);
    }
    return outcome;
  };
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
export type ReadingRepository<E extends Stored> = ReadRepository<E>;

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
  /** The plan's period closes, whose seals check a closed period's publications at once; none: one by one. */
  closures?: ReadingRepository<PeriodClosure> | undefined;
  /** Seal checks a returning reader's browser passed before (`browserSealMemory`); none: check every seal. */
  sealMemory?: SealCheckMemory | undefined;
}

/**
 * Reads a plan view in ONE HTTP request: a `$batch` holding the plan, its decisions, areas, initiatives (owners
 * and approvers expanded), and as asked its activities, effects and the follow-ups of each period of the plan
 * year, each with `$select` of the mapped columns and filtered on indexed columns, plus the highest id each part
 * matches and the highest item id of each list read.
 *
 * A part of exactly 5,000 items fills a page and ends at the highest id it matches: it is whole. Past
 * SharePoint's list view threshold a part whose filter matches more than 5,000 items is refused
 * (SPQueryThrottledException); such a part is re-read in windows of item ids up to the list's highest id (the
 * repository's `idWindowReads`, which `find` uses too). That goes in ONE further `$batch` (per 100 reads). A
 * continuation SharePoint still refuses falls back to `ReadRepository.find`.
 */
export class PlanViewReader {
  constructor(private readonly repos: PlanViewSources) {}

  /** Reads the view of a plan the caller already knows (id and year, e.g. from `plans.all()`). */
  async load(plan: Pick<Plan, 'id' | 'planYear'>, options: PlanViewOptions): Promise<PlanView> {
    return (await this.read(plan, options)).view;
  }

  /** As `load`, with the plans (`withPlans`) and the windows the next read can use. */
  async read(plan: Pick<Plan, 'id' | 'planYear'>, options: PlanViewOptions): Promise<PlanViewRead> {
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
    const later = (name: PlanViewPart) => (options.later?.includes(name) ? name : undefined);
    const part = <E extends Stored>(
      repo: ReadRepository<E>,
      filter: string,
      sink: E[],
      name?: PlanViewPart,
    ) => parts.push({ repo: repo as unknown as Repo, filter, sink, later: name && later(name) });

    const { repos } = this;
    const byPlan = `PlanId eq ${plan.id}`;
    const one = options.initiativeId;
    // Children of the plan, or of the one initiative asked for.
    const byParent = one === undefined ? byPlan : `InitiativeId eq ${one}`;
    const periods = (options.scheme ?? TERTIAL_SCHEME).periods;
    part(repos.focusAreas, byPlan, view.focusAreas);
    part(repos.initiatives, one === undefined ? byPlan : `Id eq ${one}`, view.initiatives);
    if (options.parts.includes('decisions')) part(repos.decisions, byPlan, view.decisions);
    if (options.parts.includes('activities')) part(repos.activities, byParent, view.activities, 'activities');
    if (options.parts.includes('effects')) part(repos.effects, byParent, view.effects);
    if (one === undefined)
      for (const period of periods) {
        const byPeriod = `PlanPeriod eq '${planPeriodKey(plan.id, plan.planYear, period.key)}'`;
        if (options.parts.includes('followUps')) part(repos.followUps, byPeriod, view.followUps);
        if (options.parts.includes('published')) part(repos.published, byPeriod, view.published);
      }
    else {
      if (options.parts.includes('followUps')) part(repos.followUps, byParent, view.followUps);
      if (options.parts.includes('published')) part(repos.published, byParent, view.published);
    }

    let planOutcome!: Promise<Outcome>;
    let plansOutcome: Promise<Outcome> | null = null;
    let sealKeys: Promise<SealPublicKey[]> = Promise.resolve([]);
    let periodSeals: Promise<PeriodSeal[]> = Promise.resolve([]);
    const { windows, pending } = await this.readParts(parts, options.windows ?? {}, (sp) => {
      planOutcome = settle('Plans', repos.plans.items(sp).getById(plan.id)());
      if (options.withPlans)
        plansOutcome = settle('Plans', repos.plans.items(sp).orderBy('PlanYear', false).top(PAGE_SIZE)());
      // The keys publications are checked with, from the tenant property, in the same request.
      if (options.parts.includes('published'))
        sealKeys = spCall({ listName: 'TenantProperties' }, () => sealKeysQuery(sp)).then(
          (entity) => sealKeysFromProperty((entity as { Value?: unknown } | null)?.Value),
          (error: unknown) => {
            console.warn(`[seals] the seal keys could not be read: ${(error as Error).message}`);
            return [];
          },
        );
      // The seals of the plan's closed periods: one check stands for all of a period's publications.
      const { closures } = repos;
      if (options.parts.includes('published') && closures && one === undefined)
        periodSeals = settle('PeriodClosures', closures.items(sp).filter(byPlan).top(PAGE_SIZE)()).then(
          (outcome) => {
            if ('items' in outcome) return closures.map(outcome.items);
            console.warn(`[seals] the period closes could not be read: ${(outcome.error as Error).message}`);
            return [];
          },
        );
    });
    const planItem = itemsOf(await planOutcome) as unknown as SpItem;
    if (one !== undefined) {
      // As the plan's view holds them: the initiative only if it is the plan's, its follow-ups of the plan year.
      const inYear = (f: { periodYear: number; period: string }) =>
        f.periodYear === plan.planYear && periods.some((p) => p.key === f.period);
      if (view.initiatives.some((i) => i.planId !== plan.id)) {
        view.initiatives = [];
        view.activities = [];
        view.effects = [];
        view.followUps = [];
        view.published = [];
      }
      view.followUps = view.followUps.filter(inYear);
      view.published = view.published.filter(inYear);
    }
    const plans = plansOutcome ? repos.plans.map(itemsOf(await plansOutcome)) : null;
    const done = (read: PlanView): PlanViewRead => ({
      view: pending.length > 0 ? { ...read, pending } : read,
      plans,
      windows,
    });

    view.focusAreas.sort((a, b) => a.sortOrder - b.sortOrder);
    view.initiatives.sort((a, b) => a.sortOrder - b.sortOrder);
    view.activities.sort((a, b) => a.sortOrder - b.sortOrder);
    view.decisions.sort((a, b) => a.date.localeCompare(b.date));
    if (options.parts.includes('published')) {
      // Only what the app sealed is shown: a publication someone wrote over REST (a site owner can) is not.
      const verifier = new SealVerifier(await sealKeys, repos.sealMemory);
      const read = view.published.length;
      view.published = await verifier.publications(view.published, await periodSeals);
      return done({
        plan: repos.plans.map([planItem])[0]!,
        ...view,
        unverifiedPublications: read - view.published.length,
      });
    }
    return done({ plan: repos.plans.map([planItem])[0]!, ...view });
  }

  /**
   * The activities of a plan, in sort order: what the tab reads only when they are needed (a search, an
   * initiative's page) and the intranet view after its first paint past the threshold, in one `$batch` (two
   * past the list view threshold, one when `windows` knows the list's highest id: `PlanViewRead.windows`).
   */
  async activities(
    plan: Pick<Plan, 'id'>,
    windows: Readonly<Record<string, number>> = {},
  ): Promise<Activity[]> {
    const sink: Activity[] = [];
    await this.readParts(
      [{ repo: this.repos.activities as unknown as Repo, filter: `PlanId eq ${plan.id}`, sink }],
      windows,
    );
    return sink.sort((a, b) => a.sortOrder - b.sortOrder);
  }

  /**
   * Reads `parts` into their sinks: ONE `$batch` with the first page of each, the highest id each part matches
   * and the highest item id of each list (plus whatever `alongside` adds to it), then, for parts SharePoint
   * refused past the threshold or that filled a page and go on past it, one further `$batch` per 100 reads.
   * A part whose list is in `known` is read in id windows up to the id known, and after it, in the first
   * `$batch`. Returns the lists read in windows with their highest item id (for `PlanViewOptions.windows`), and
   * the parts marked `later` left out because the first `$batch` could not hold them whole (known past the
   * threshold in `known`, refused, or more than a page).
   */
  private async readParts(
    all: readonly Part[],
    known: Readonly<Record<string, number>>,
    alongside?: (sp: SPFI) => void,
  ): Promise<{ windows: Record<string, number>; pending: PlanViewPart[] }> {
    const pending = new Set<PlanViewPart>();
    const windowed: Record<string, number> = {};
    const parts = all.filter((p) => {
      const upTo = known[p.repo.listName];
      if (!p.later || upTo === undefined) return true;
      pending.add(p.later);
      windowed[p.repo.listName] = upTo;
      return false;
    });
    const [batched, execute] = this.repos.site.batched();
    const sp = batched as SPFI;
    const windowRead = windowReader(sp);
    alongside?.(sp);
    const first = parts.map((p) => {
      const upTo = known[p.repo.listName];
      if (upTo === undefined)
        return {
          kind: 'page' as const,
          page: settle(p.repo.listName, page(p.repo, sp, p.filter)),
          // The highest id the part matches: a full first page that ends there is the whole part.
          lastMatch: settle(p.repo.listName, p.repo.lastIdQuery(sp, p.filter)()),
        };
      const tail = `(${p.filter}) and ID gt ${upTo}`;
      return {
        kind: 'windows' as const,
        windows: p.repo.idWindowReads(upTo, p.filter).map((window) => ({
          window,
          outcome: windowRead(p.repo.listName, window),
        })),
        tail,
        page: settle(p.repo.listName, page(p.repo, sp, tail)),
      };
    });
    const lastIds = new Map<Repo, Promise<Outcome>>();
    for (const { repo } of parts)
      if (!lastIds.has(repo)) lastIds.set(repo, settle(repo.listName, repo.lastIdQuery(sp)()));
    await spCall({ listName: parts[0]?.repo.listName ?? 'Plans' }, () => execute());

    const rest: Read[] = [];
    /** A `later` part the first request did not hold whole: left out, named pending, its page dropped. */
    const postpone = (p: Part, maxId: number | null): boolean => {
      if (!p.later) return false;
      pending.add(p.later);
      p.sink.length = 0;
      if (maxId !== null) windowed[p.repo.listName] = maxId;
      return true;
    };
    for (const [n, p] of parts.entries()) {
      const read = first[n]!;
      const outcome = await read.page;
      if (read.kind === 'windows') {
        windowed[p.repo.listName] = lastIdOf(itemsOf(await lastIds.get(p.repo)!));
        for (const w of read.windows) p.sink.push(...p.repo.map(w.window.pick(itemsOf(await w.outcome))));
        // What was added after the windows: a page (continued if full), or `find` should it be refused.
        if ('error' in outcome && !isThrottled(outcome.error)) throw outcome.error;
        if ('error' in outcome || outcome.items.length >= PAGE_SIZE)
          rest.push({ part: p, filter: 'error' in outcome ? read.tail : after(read.tail, outcome.items) });
        if ('items' in outcome) p.sink.push(...p.repo.map(outcome.items));
      } else if ('items' in outcome) {
        p.sink.push(...p.repo.map(outcome.items));
        const lastMatch = await read.lastMatch;
        const whole =
          'items' in lastMatch && lastIdOf(lastMatch.items) === Number(outcome.items.at(-1)?.['Id']);
        if (outcome.items.length >= PAGE_SIZE && !whole && !postpone(p, null))
          rest.push({ part: p, filter: after(p.filter, outcome.items) });
      } else if (isThrottled(outcome.error)) {
        const maxId = lastIdOf(itemsOf(await lastIds.get(p.repo)!));
        if (postpone(p, maxId)) continue;
        windowed[p.repo.listName] = maxId;
        rest.push(...p.repo.idWindowReads(maxId, p.filter).map((window) => ({ part: p, window })));
      } else {
        throw outcome.error;
      }
    }
    for (let from = 0; from < rest.length; from += COMPLETION_BATCH)
      await this.complete(rest.slice(from, from + COMPLETION_BATCH));
    return { windows: windowed, pending: [...pending] };
  }

  /** Reads id windows and continuations in one `$batch`; what that cannot finish goes to `find`. */
  private async complete(reads: readonly Read[]): Promise<void> {
    const [batched, execute] = this.repos.site.batched();
    const sp = batched as SPFI;
    const windowRead = windowReader(sp);
    const outcomes = reads.map((r) =>
      'window' in r
        ? windowRead(r.part.repo.listName, r.window)
        : settle(r.part.repo.listName, page(r.part.repo, sp, r.filter)),
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
