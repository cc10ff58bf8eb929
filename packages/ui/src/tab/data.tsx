import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {
  choosePlan,
  isReadable,
  latestByInitiative,
  overviewOf,
  periodOrder,
  TERTIAL_SCHEME,
  type Activity,
  type Effect,
  type FollowUp,
  type Initiative,
  type OverviewFollowUp,
  type OverviewPlanView,
  type Plan,
  type PlanView,
  type PublishedFollowUp,
} from '@devplan/core/domain';
import { useOperation } from './operation.js';
import type { TabDataPort, TabSession } from '@devplan/core';

/** The plan as the tab's pages that show or edit more than the overview hold it: the session, the plan and its whole view. */
export interface LoadedPlan {
  session: TabSession;
  plan: Plan;
  view: PlanView;
}

/**
 * The plan as the tab holds it: the session, the plan chosen, what the overview paints from (`planOverview`)
 * and, once a page needed it, the whole view (`planView`).
 */
export interface LoadedOverview {
  session: TabSession;
  plan: Plan;
  overview: OverviewPlanView;
  view: PlanView | null;
  /** Which load of the plan this is (1, 2, …): `TabContextValue.loads`. */
  load: number;
  /**
   * An initiative's part of the plan read with the first load, beside the overview, because its page was opened
   * first (`usePlanLoader`'s `partFirst`): the page paints from it (`InitiativeScope`) without reading it again.
   */
  part: InitiativePart | null;
  /** True while the overview holds no more than `part` (the overview's own read is still under way). */
  partial: boolean;
  /**
   * True while the overview is the app's lead of a larger one (`TabSession.lead`: each area's first page and the
   * whole's counts) and the overview's own read is under way: only the overview's first screen paints from it.
   */
  lead: boolean;
}

/** An initiative's part of the plan (`TabDataPort.initiativeView`) as read with a load of the plan. */
export interface InitiativePart {
  id: number;
  view: PlanView;
  /** The load it was read with (`LoadedOverview.load`). */
  load: number;
}

/** What the tab's pages share: the data port, the loaded plan, and how to update it after a save. */
export interface TabContextValue extends LoadedPlan {
  port: TabDataPort;
  /** Puts a saved entity into the loaded view (no re-read needed). */
  replace(
    kind: 'initiatives' | 'activities' | 'effects' | 'followUps',
    entity: Initiative | Activity | Effect | FollowUp,
  ): void;
  /** Takes a deleted entity out of the loaded view. */
  remove(kind: 'initiatives' | 'activities' | 'effects' | 'followUps', id: number): void;
  /** Reads the plan again (the overview, and the whole view when it was read). */
  refresh(): Promise<void>;
  /** Whether the plan's activities are in `view.activities` yet (they are read on demand: `useActivities`). */
  activities: OnDemandState;
  /** Reads the plan's activities into the view, once (again after `refresh`). */
  loadActivities(): void;
  /** Counts the saves and deletes made through `replace` and `remove` (pages re-read what a save changes). */
  edits: number;
  /** Counts the loads of the plan (`refresh`, another year): what a page read apart is read again after. */
  loads: number;
  /** The focus area the channel tab was configured for, if any. */
  focusAreaId: number | null;
}

/**
 * What every page of the tab has, the overview's included: as `TabContextValue`, with the view as far as it is
 * read (the whole view once read, else the overview's columns) and the on-demand read of the whole view.
 */
export interface OverviewContextValue extends Omit<TabContextValue, 'view'> {
  /** The whole view once read (`full`), else what the overview paints from. */
  view: OverviewPlanView;
  /** The whole view, once a page needed it (`useWholeView`). */
  full: PlanView | null;
  /** Where the read of the whole view stands. */
  details: OnDemandState;
  /** Reads the whole view, once (again after `refresh`). */
  loadDetails(): void;
  /**
   * Says a page that needs the whole view is open, until the function it returns is called: while one is, a
   * reload or another year reads the whole view with the overview, so the page stays as it is meanwhile.
   */
  holdWholeView(): () => void;
  /** An initiative's part read with the first load (`LoadedOverview.part`). */
  part: InitiativePart | null;
  /** True while the overview holds no more than `part` (`LoadedOverview.partial`). */
  partial: boolean;
  /**
   * Where the read of the rest of the overview stands when it painted from the app's lead (`LoadedOverview.lead`);
   * ready when it did not.
   */
  rest: OnDemandState;
}

/** Where an on-demand read (the activities, the whole view) stands. */
export interface OnDemandState {
  ready: boolean;
  loading: boolean;
  /** Why the last read failed, if it did. */
  error: unknown;
}

/** Where the on-demand read of the plan's activities stands (`OnDemandState`). */
export type ActivitiesState = OnDemandState;

const TabContext = createContext<TabContextValue | null>(null);
const OverviewContext = createContext<OverviewContextValue | null>(null);

/** Hands the loaded plan's whole view to the pages below it. */
export function TabContextProvider(props: { value: TabContextValue; children: ReactNode }) {
  return <TabContext.Provider value={props.value}>{props.children}</TabContext.Provider>;
}

/** Hands the loaded plan, as far as it is read, to every page below it (`useOverview`). */
export function OverviewContextProvider(props: { value: OverviewContextValue; children: ReactNode }) {
  return <OverviewContext.Provider value={props.value}>{props.children}</OverviewContext.Provider>;
}

/** The loaded plan with its whole view and the port (inside `TabContextProvider`, i.e. `WholeView`). */
export function useTab(): TabContextValue {
  const value = useContext(TabContext);
  if (!value) throw new Error('useTab() outside TabContextProvider');
  return value;
}

/**
 * The view the page holds, if it holds more than the overview's columns: the whole view, or an initiative's part
 * (inside `WholeView` or `InitiativeScope`); null on the pages that paint from the overview.
 */
export function useHeldView(): PlanView | null {
  return useContext(TabContext)?.view ?? null;
}

/** The loaded plan as far as it is read, and the port (inside `OverviewContextProvider`). */
export function useOverview(): OverviewContextValue {
  const value = useContext(OverviewContext);
  if (!value) throw new Error('useOverview() outside OverviewContextProvider');
  return value;
}

/**
 * The plan's activities, read the first time a page needs them (a search of the overview, an initiative's page,
 * the activity editor); the overview paints without them. Returns where the read stands.
 */
export function useActivities(needed = true): ActivitiesState {
  const { activities, loadActivities } = useOverview();
  return useOnDemand(activities, loadActivities, needed);
}

/**
 * The plan's whole view, read the first time a page needs it (a search of the overview, any page besides the
 * overview and the readiness check); the overview paints without it. Returns where the read stands.
 */
export function useWholeView(needed = true): OnDemandState {
  const { details, loadDetails } = useOverview();
  return useOnDemand(details, loadDetails, needed);
}

/** Starts `load` when `needed` and nothing is read, under way or failed yet; returns `state`. */
function useOnDemand(state: OnDemandState, load: () => void, needed: boolean): OnDemandState {
  const idle = !state.ready && !state.loading && !state.error;
  useEffect(() => {
    if (needed && idle) load();
  }, [needed, idle, load]);
  return state;
}

/** `loaded` plus what `current` holds that `loaded` does not (added while the read was under way). */
function mergeById<T extends { id: number }>(loaded: readonly T[], current: readonly T[]): T[] {
  const ids = new Set(loaded.map((e) => e.id));
  return [...loaded, ...current.filter((e) => !ids.has(e.id))];
}

const IDLE: OnDemandState = { ready: false, loading: false, error: null };
const READY: OnDemandState = { ready: true, loading: false, error: null };
const never = () => false;
const nothing = () => null;

type ViewKind = 'initiatives' | 'activities' | 'effects' | 'followUps';

/** `view` with `kind` changed by `change` (a saved entity put in, a deleted one taken out). */
function edited<V extends OverviewPlanView>(
  view: V,
  kind: ViewKind,
  change: (list: { id: number }[]) => { id: number }[],
): V {
  return { ...view, [kind]: change(view[kind] as { id: number }[]) };
}

/** `overview` with initiative `id` and its activities, effects and follow-ups as `from` holds them. */
function withInitiative(overview: OverviewPlanView, from: OverviewPlanView, id: number): OverviewPlanView {
  const others = <T extends { initiativeId: number }>(list: readonly T[]) =>
    list.filter((e) => e.initiativeId !== id);
  const ours = <T extends { initiativeId: number }>(list: readonly T[]) =>
    list.filter((e) => e.initiativeId === id);
  const initiative = from.initiatives.find((i) => i.id === id);
  return {
    ...overview,
    initiatives: overview.initiatives.flatMap((i) => (i.id !== id ? [i] : initiative ? [initiative] : [])),
    activities: [...others(overview.activities), ...ours(from.activities)],
    effects: [...others(overview.effects), ...ours(from.effects)],
    followUps: [...others(overview.followUps), ...ours(from.followUps)],
  };
}

/** A list with `entity` in it: in place of the item with its id, or added at the end. */
function putting(entity: { id: number }): (list: { id: number }[]) => { id: number }[] {
  return (list) =>
    list.some((e) => e.id === entity.id)
      ? list.map((e) => (e.id === entity.id ? entity : e))
      : [...list, entity];
}

/**
 * Loads the session and what the plan overview paints from (two requests), with loading and error states and a
 * way to retry; the whole view (one request more) when a page asks for it (`loadDetails`).
 */
export function usePlanLoader(
  port: TabDataPort,
  planYear: number | null,
  /**
   * Whether the page about to be shown needs the whole view of `plan` for this session (asked at each load, once
   * the plan is known; default: no).
   */
  wholeFirst: (plan: Plan, session: TabSession) => boolean = never,
  /**
   * The initiative whose page is about to be shown first, if one is (asked at the first load only): its part of the
   * plan is read beside the overview and the page paints from it as soon as it is there (`LoadedOverview.partial`).
   */
  partFirst: (plan: Plan, session: TabSession) => number | null = nothing,
  /**
   * Whether the page about to be shown is the plan overview (asked at each load): the app's lead of the plan's
   * overview is then asked for with the session, and the overview paints from it when it is fresh.
   */
  leadFirst: () => boolean = never,
) {
  const operation = useOperation();
  const [loaded, setLoaded] = useState<LoadedOverview | null>(null);
  const [empty, setEmpty] = useState(false);
  const [missing, setMissing] = useState<{ year: number; plans: Plan[] } | null>(null);
  const [activities, setActivities] = useState<OnDemandState>(IDLE);
  const [details, setDetails] = useState<Omit<OnDemandState, 'ready'>>({ loading: false, error: null });
  const [edits, setEdits] = useState(0);
  const loadCount = useRef(0);
  // Counts the saves and deletes (`edits`, as a ref for the load under way).
  const editCount = useRef(0);
  // The plan whose activities are being read (a read for a plan no longer shown is dropped).
  const reading = useRef<number | null>(null);
  // The plan whose whole view is being read or was read: a reload reads it again with the overview.
  const whole = useRef<number | null>(null);
  // How many pages that need the whole view are open (`holdWholeView`): a reload or another year reads it too.
  const holders = useRef(0);
  // The latest load and the latest read of the whole view: an earlier one that answers later is dropped, so a
  // view read before a save never replaces one read after it.
  const loads = useRef(0);
  const wholeReads = useRef(0);
  const { run } = operation;

  const load = useCallback(async () => {
    const seq = ++loads.current;
    await run(async () => {
      const { lead: asked, ...all } = await port.session(leadFirst() ? (planYear ?? 'latest') : undefined);
      if (seq !== loads.current) return;
      // Readers never see a plan before the executive board has approved it; members see drafts, marked.
      const session = { ...all, plans: all.canReadWorking ? all.plans : all.plans.filter(isReadable) };
      const adopted = session.plans.filter(isReadable);
      const plan =
        planYear === null
          ? (choosePlan(adopted, 'latest') ?? choosePlan(session.plans, 'latest') ?? null)
          : (choosePlan(session.plans, planYear) ?? null);
      setMissing(planYear !== null && !plan ? { year: planYear, plans: session.plans } : null);
      setEmpty(planYear === null && !plan);
      if (!plan) {
        setLoaded(null);
        return;
      }
      // A page that shows the whole view keeps it through a reload or a change of year (it is not unmounted
      // meanwhile), and a page opened first that needs it gets it at once; the overview is a part of it, so
      // then the whole view is all that is read.
      const withWhole = holders.current > 0 || whole.current === plan.id || wholeFirst(plan, session);
      if (withWhole) wholeReads.current++;
      const view = withWhole ? await port.planView(plan, session.canReadWorking) : null;
      const partId = view === null && loadCount.current === 0 ? partFirst(plan, session) : null;
      const start = () => {
        reading.current = null;
        whole.current = withWhole ? plan.id : null;
        setActivities(IDLE);
        setDetails({ loading: false, error: null });
        return ++loadCount.current;
      };
      // The app's lead of this plan's overview, fresh (a member's, read with the session).
      const lead = view === null && partId === null && asked?.plan.id === plan.id ? asked : null;
      if (lead?.lead) {
        // A larger plan: the overview's first screen paints from the lead, and the overview's own read follows.
        // Only the overview's first screen shows meanwhile (every other page waits), so nothing is saved then.
        const load = start();
        setLoaded({ session, plan, overview: lead, view, load, part: null, partial: false, lead: true });
        const overview = await port.planOverview(plan, session.canReadWorking);
        if (seq !== loads.current) return;
        setLoaded((current) => current && { ...current, overview, lead: false });
        return;
      }
      if (partId === null) {
        // The lead of a plan whose areas fit on their first page is its whole overview: nothing more to read.
        const overview: OverviewPlanView =
          view ?? lead ?? (await port.planOverview(plan, session.canReadWorking));
        if (seq !== loads.current) return;
        setLoaded({ session, plan, overview, view, load: start(), part: null, partial: false, lead: false });
        return;
      }
      // An initiative's page opened first: its part and the overview are read side by side, and the page paints
      // from the part as soon as it is there. The part is asked for first, so a server that answers in turn (as
      // the local emulator does) sends it before the overview's much bigger answer. A part that could not be
      // read is read again by the page, which shows why should it fail again.
      const partRead = port.initiativeView(plan, partId, session.canReadWorking).then(
        (read) => read,
        () => null,
      );
      // Whether the overview's read has answered with the overview (then the page need not paint from the part).
      let overviewAnswered = false;
      const overviewRead = port.planOverview(plan, session.canReadWorking).then(
        (overview) => {
          overviewAnswered = true;
          return { overview };
        },
        (error: unknown) => ({ error }),
      );
      const partView = await partRead;
      if (seq !== loads.current) return;
      const edits = editCount.current;
      const load = start();
      const part = partView && { id: partId, view: partView, load };
      // The page paints from its part, and stays should the overview's read fail (the other pages say why).
      if (part && !overviewAnswered) {
        setLoaded({
          session,
          plan,
          overview: overviewOf(part.view),
          view: null,
          load,
          part,
          partial: true,
          lead: false,
        });
      }
      const answer = await overviewRead;
      if ('error' in answer) throw answer.error;
      if (seq !== loads.current) return;
      // What was saved on the initiative's pages meanwhile is in the part's overview; the overview's read may
      // have been made before it.
      const saved = editCount.current !== edits;
      setLoaded((current) => ({
        session,
        plan,
        overview:
          saved && current?.partial && part
            ? withInitiative(answer.overview, current.overview, partId)
            : answer.overview,
        view: null,
        load,
        part,
        partial: false,
        lead: false,
      }));
    });
  }, [port, planYear, run, wholeFirst, partFirst, leadFirst]);

  useEffect(() => {
    void load();
  }, [load]);

  const planId = loaded?.plan.id ?? null;
  const loadActivities = useCallback(() => {
    if (planId === null || reading.current === planId) return;
    reading.current = planId;
    setActivities({ ready: false, loading: true, error: null });
    port.planActivities({ id: planId }).then(
      (read) => {
        if (reading.current !== planId) return;
        const withRead = <V extends OverviewPlanView>(view: V): V => ({
          ...view,
          activities: mergeById(read, view.activities),
        });
        setLoaded((current) =>
          current && current.plan.id === planId
            ? {
                ...current,
                overview: withRead(current.overview),
                view: current.view && withRead(current.view),
              }
            : current,
        );
        setActivities({ ready: true, loading: false, error: null });
      },
      (error: unknown) => {
        if (reading.current !== planId) return;
        reading.current = null;
        setActivities({ ready: false, loading: false, error });
      },
    );
  }, [port, planId]);

  const plan = loaded?.plan ?? null;
  const canReadWorking = loaded?.session.canReadWorking ?? false;
  const loadDetails = useCallback(() => {
    if (plan === null || whole.current === plan.id) return;
    whole.current = plan.id;
    const seq = ++wholeReads.current;
    setDetails({ loading: true, error: null });
    port.planView(plan, canReadWorking).then(
      (read) => {
        if (whole.current !== plan.id || seq !== wholeReads.current) return;
        setLoaded((current) =>
          current && current.plan.id === plan.id
            ? // The activities read meanwhile go along.
              {
                ...current,
                view: { ...read, activities: mergeById(read.activities, current.overview.activities) },
              }
            : current,
        );
        setDetails({ loading: false, error: null });
      },
      (error: unknown) => {
        if (whole.current !== plan.id || seq !== wholeReads.current) return;
        whole.current = null;
        setDetails({ loading: false, error });
      },
    );
  }, [port, plan, canReadWorking]);

  const holdWholeView = useCallback(() => {
    holders.current++;
    return () => {
      holders.current--;
    };
  }, []);

  const replace = useCallback<TabContextValue['replace']>((kind, entity) => {
    editCount.current++;
    setEdits((n) => n + 1);
    const put = putting(entity);
    setLoaded((current) =>
      current
        ? {
            ...current,
            overview: edited(current.overview, kind, put),
            view: current.view && edited(current.view, kind, put),
          }
        : current,
    );
  }, []);

  const remove = useCallback<TabContextValue['remove']>((kind, id) => {
    editCount.current++;
    setEdits((n) => n + 1);
    const drop = (list: { id: number }[]) => list.filter((e) => e.id !== id);
    setLoaded((current) =>
      current
        ? {
            ...current,
            overview: edited(current.overview, kind, drop),
            view: current.view && edited(current.view, kind, drop),
          }
        : current,
    );
  }, []);

  return {
    loaded,
    empty,
    missing,
    operation,
    reload: load,
    replace,
    remove,
    activities,
    loadActivities,
    details: { ...details, ready: !!loaded?.view },
    loadDetails,
    holdWholeView,
    edits,
    loads: loaded?.load ?? 0,
    part: loaded?.part ?? null,
    partial: loaded?.partial ?? false,
    lead: loaded?.lead ?? false,
  };
}

/**
 * The pages below it with the plan's whole view (`useTab`): read when it first opens, with a spinner meanwhile,
 * and the error and a way to try again should the read fail.
 */
export function WholeView(props: { children: ReactNode; status: (state: OnDemandState) => ReactNode }) {
  const overview = useOverview();
  const state = useWholeView();
  const { full, holdWholeView } = overview;
  useEffect(() => holdWholeView(), [holdWholeView]);
  const value = useMemo(() => (full ? { ...overview, view: full } : null), [overview, full]);
  if (!value) return <>{props.status(state)}</>;
  return <TabContextProvider value={value}>{props.children}</TabContextProvider>;
}

/**
 * The pages of one initiative (its page and editors) with the whole view if it was read, else with that
 * initiative's part of the plan (`initiativeView`, one small request at any size): read when the first of them
 * opens and again after each reload of the plan, the pages staying as they are meanwhile; a spinner first, and
 * the error and a way to try again should the read fail. Saves and deletes go into both it and the plan.
 */
export function InitiativeScope(props: {
  id: number;
  children: ReactNode;
  status: (state: OnDemandState, retry: () => void) => ReactNode;
}) {
  const overview = useOverview();
  const { full, port, plan, session, replace, remove, loads, part } = overview;
  // The part read with the plan when this page was opened first, if it is this initiative's of this load.
  const withPlan = part && part.id === props.id && part.load === loads ? part.view : null;
  const [slice, setSlice] = useState<PlanView | null>(withPlan);
  const [state, setState] = useState<OnDemandState>(
    withPlan ? READY : { ready: false, loading: true, error: null },
  );
  const readWith = useRef(withPlan ? loads : null);
  const reads = useRef(0);
  const read = useCallback(() => {
    const seq = ++reads.current;
    setState((current) => ({ ...current, loading: true, error: null }));
    port.initiativeView(plan, props.id, session.canReadWorking).then(
      (view) => {
        if (seq !== reads.current) return;
        setSlice(view);
        setState({ ready: true, loading: false, error: null });
      },
      (error: unknown) => {
        if (seq !== reads.current) return;
        setState({ ready: false, loading: false, error });
      },
    );
  }, [port, plan, props.id, session.canReadWorking]);
  // Read once the whole view is not at hand (unless read with the plan), and again after each load of the plan.
  useEffect(() => {
    if (full || readWith.current === loads) return;
    readWith.current = null;
    read();
  }, [full, read, loads]);
  const value = useMemo<TabContextValue | null>(() => {
    if (full) return { ...overview, view: full };
    if (!slice || slice.plan.id !== plan.id) return null;
    const ours = (entity: Initiative | Activity | Effect | FollowUp) =>
      'initiativeId' in entity ? entity.initiativeId === props.id : entity.id === props.id;
    return {
      ...overview,
      view: slice,
      replace: (kind, entity) => {
        replace(kind, entity);
        if (!ours(entity)) return;
        setSlice((current) => current && edited(current, kind, putting(entity)));
      },
      remove: (kind, id) => {
        remove(kind, id);
        setSlice((current) => current && edited(current, kind, (list) => list.filter((e) => e.id !== id)));
      },
      // The initiative's activities came with it.
      activities: READY,
      loadActivities: () => undefined,
    };
  }, [overview, full, slice, plan.id, props.id, replace, remove]);
  // The pages below ask the overview's context for the activities too (`useActivities`).
  const outer = useMemo(
    () =>
      value && !full
        ? { ...overview, activities: value.activities, loadActivities: value.loadActivities }
        : overview,
    [overview, value, full],
  );
  if (!value) return <>{props.status(state, read)}</>;
  return (
    <OverviewContextProvider value={outer}>
      <TabContextProvider value={value}>
        {/* A re-read that failed: the page stays as last read, with the error and a way to try again. */}
        {state.error ? props.status(state, read) : null}
        {props.children}
      </TabContextProvider>
    </OverviewContextProvider>
  );
}

/** A follow-up as a page shows it: a working one (members) or a published one (readers). */
export type ShownFollowUp = (FollowUp | (PublishedFollowUp & { state: 'approved' })) & {
  published?: boolean;
};

/** A follow-up as the overview shows it: the overview's columns of a working one, or a published one. */
export type OverviewShownFollowUp = (OverviewFollowUp | (PublishedFollowUp & { state: 'approved' })) & {
  published?: boolean;
};

/** The follow-ups the signed-in person may see: working ones for members, published ones for readers. */
export function visibleFollowUps(view: PlanView, canReadWorking: boolean): ShownFollowUp[];
/** The follow-ups the signed-in person may see, as far as the view is read. */
export function visibleFollowUps(view: OverviewPlanView, canReadWorking: boolean): OverviewShownFollowUp[];
export function visibleFollowUps(view: OverviewPlanView, canReadWorking: boolean): OverviewShownFollowUp[] {
  return canReadWorking
    ? view.followUps
    : view.published.map((p) => ({ ...p, state: 'approved' as const, published: true }));
}

/** The latest visible follow-up of each initiative. */
export function latestFollowUps(
  view: OverviewPlanView,
  canReadWorking: boolean,
): Map<number, OverviewShownFollowUp> {
  return latestByInitiative(visibleFollowUps(view, canReadWorking), (f) =>
    periodOrder(TERTIAL_SCHEME, { year: f.periodYear, period: f.period }),
  );
}
