import { choosePlan, isReadable, type Plan, type PlanChoice } from '@devplan/core/domain';
import type { PlanSource } from '@devplan/core/ports';
// Deep imports on purpose: the `sp` barrel also loads the input schemas (zod) of the writing repositories,
// which a read-only view never needs; leaving them out keeps the web part within its bundle budget.
import { spfi } from '@pnp/sp/index.js';
import { WithoutMetadata } from '../client/behaviors.js';
import { PlanSite } from '../client/site.js';
import type { SealCheckMemory } from '../integrity/seal-memory.js';
import type { ViewHintStore } from './view-hints.js';
import type { ListRead } from './list-read.js';
import { readReaderSnapshot, type SnapshotPart } from './snapshot.js';

/** What a reader host hands the plan source besides the site: what its browser remembers, if anything. */
export interface PlanSourceOptions {
  /** Seal checks the reader's browser passed before (`browserSealMemory`): a returning reader checks only what is new. */
  sealMemory?: SealCheckMemory | undefined;
  /** What the last read learned (`browserViewHints`): a returning reader's view takes ONE request at any size. */
  viewHints?: ViewHintStore | undefined;
  /** Whether to ask for the app's reader snapshot first (default true; `readReaderSnapshot`). */
  snapshots?: boolean;
  /** The time now (tests). */
  now?: () => number;
}

/** How long a read that found no snapshot file keeps a returning reader from asking for it again (ms). */
const NO_SNAPSHOT_FOR_MS = 24 * 60 * 60 * 1000;

/**
 * A plan source over the plan site, never reading working follow-ups. First it asks for the app's reader snapshot
 * (`readReaderSnapshot`: the snapshot's lead, the lists' stamps, the seal keys and the list of plans in ONE `$batch`)
 * and paints from it when it is fresh and sealed: one request at any size. A lead of a large plan (`view.lead`: its
 * first screen) is followed by `whole`, the whole snapshot read the same way right after the first paint. Otherwise the list of plans from that
 * request leads to the reads below, less the list of plans (a browser that found no snapshot file reads as below
 * for a day, `ViewHint.noSnapshotSince`; `snapshots: false` never asks).
 *
 * Without the snapshot, on a first visit: one request for the list
 * of plans, then ONE `$batch` for the whole view (plan, decisions, areas, initiatives with owners, activities,
 * effects and the published follow-ups of each period), and past the list view threshold one more for the id
 * windows. With a view hint from an earlier visit: the list of plans and the whole view, windows included, in
 * ONE `$batch`; should the choice lead to another plan by now, that plan's view is read after it.
 *
 * Of initiatives and effects it reads only the columns readers are shown (a `ReaderPlanView`).
 *
 * The activities (three or so per initiative, shown only inside the initiative cards) never hold up the first
 * paint: past the list view threshold they are left out of the view (`pending`) and `activities` reads them
 * afterwards, in one `$batch` of id windows (the highest id is known from the view's read).
 *
 * `initiative` reads one initiative's part of the plan (one small `$batch` at any size, after the list of plans
 * on a first visit, which it shares with a `load` asked for at the same time that does not ask for the snapshot:
 * the snapshot's request is megabytes at thousands of initiatives, which the linked card must not wait for).
 */
export function planSourceFrom(site: PlanSite, options: PlanSourceOptions = {}): PlanSource {
  // A reader never writes, so it needs no ETags: without OData metadata a third less is read and parsed.
  const light = new PlanSite(spfi(site.sp).using(WithoutMetadata()), site.siteUrl);
  // The lists' own read (the reader, the mappings, the windows past the threshold): a chunk of its own, loaded
  // the first time there is no fresh snapshot to paint from, so the web part's first chunk holds only what the
  // snapshot's path needs.
  let lists: Promise<ListRead> | null = null;
  const listRead = () =>
    (lists ??= import(/* webpackChunkName: "devplan-lists" */ './list-read.js').then((m) =>
      m.listRead(light, options.sealMemory),
    ));
  const hints = options.viewHints;
  /** The windows of the last read: the activities' own read after the first paint starts from them. */
  let lastWindows: Record<string, number> = {};
  const remember = (
    choice: string,
    plan: Pick<Plan, 'id' | 'planYear'>,
    windows: Record<string, number>,
    noSnapshotSince?: number,
  ) => {
    lastWindows = windows;
    hints?.set(choice, {
      planId: plan.id,
      planYear: plan.planYear,
      windows,
      ...(noSnapshotSince === undefined ? {} : { noSnapshotSince }),
    });
  };
  const now = options.now ?? Date.now;
  // The list of plans, read once for a `load` and an `initiative` asked for at the same time.
  let plansRead: Promise<Plan[]> | null = null;
  const readPlans = (repos: ListRead['repos']) =>
    (plansRead ??= repos.plans.find({ orderBy: { field: 'PlanYear', ascending: false } }).finally(() => {
      plansRead = null;
    }));
  const choose = (choice: PlanChoice) => (plans: Plan[]) => choosePlan(plans.filter(isReadable), choice);
  /**
   * The view from the snapshot file `part` of `choice` when it is fresh; else, with the plan known from the same
   * request, read from the lists as before.
   */
  const fromSnapshot = async (choice: PlanChoice, part: SnapshotPart) => {
    const key = String(choice);
    const hint = hints?.get(key) ?? null;
    const found = await readReaderSnapshot(light, choice, choose(choice), part);
    if (found.snapshot) {
      remember(key, found.snapshot.view.plan, found.snapshot.windows);
      return found.snapshot.view;
    }
    // No snapshot, or one out of date: the plan is known from the same request, its view is read as before.
    const plan = choose(choice)(found.plans);
    if (!plan) return null;
    const known = hint?.planId === plan.id ? hint.windows : {};
    const { reader, viewOptions } = await listRead();
    const read = await reader.read(plan, { ...viewOptions, windows: known });
    remember(key, plan, read.windows, found.missing === 'file' ? now() : undefined);
    return read.view;
  };
  return {
    async whole(choice) {
      // The whole snapshot, made with the lead from the same stamps; the lists when it is out of date by now.
      return fromSnapshot(choice, 'whole');
    },
    async activities(plan) {
      return (await listRead()).reader.activities(plan, lastWindows);
    },
    async initiative(choice, id) {
      const { reader, repos, parts } = await listRead();
      // The plan the last visit found for this choice, or the list of plans.
      const hint = hints?.get(String(choice)) ?? null;
      const plan = hint
        ? { id: hint.planId, planYear: hint.planYear }
        : choosePlan((await readPlans(repos)).filter(isReadable), choice);
      if (!plan) return null;
      const view = await reader.load(plan, { parts, initiativeId: id });
      return isReadable(view.plan) ? view : null;
    },
    async load(choice) {
      const key = String(choice);
      const hint = hints?.get(key) ?? null;
      const withoutFile =
        hint?.noSnapshotSince !== undefined && now() - hint.noSnapshotSince < NO_SNAPSHOT_FOR_MS;
      // An `initiative` asked for at the same time reads the list of plans on its own: this request carries a
      // snapshot, which the linked card must not wait for.
      if (options.snapshots !== false && !withoutFile) return fromSnapshot(choice, 'lead');
      const { reader, repos, viewOptions } = await listRead();
      let windows: Record<string, number> = {};
      if (hint) {
        const hinted = { id: hint.planId, planYear: hint.planYear };
        const read = await reader
          .read(hinted, { ...viewOptions, windows: hint.windows, withPlans: true })
          .catch((error: unknown) => {
            // E.g. the hinted plan was deleted: read as on a first visit (which shows any real failure).
            console.warn(`[view] the view hint did not hold: ${(error as Error).message}`);
            return null;
          });
        if (read) {
          const plan = choosePlan(read.plans!.filter(isReadable), choice);
          if (plan?.id === hint.planId && plan.planYear === hint.planYear) {
            remember(key, plan, read.windows, hint.noSnapshotSince);
            return read.view;
          }
          windows = read.windows;
        }
        hints?.set(key, null);
      }
      const plan = choosePlan((await readPlans(repos)).filter(isReadable), choice);
      if (!plan) return null;
      const read = await reader.read(plan, { ...viewOptions, windows });
      remember(key, plan, read.windows, hint?.noSnapshotSince);
      return read.view;
    },
  };
}
