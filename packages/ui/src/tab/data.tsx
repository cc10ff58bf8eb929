import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import {
  choosePlan,
  isReadable,
  latestByInitiative,
  periodOrder,
  TERTIAL_SCHEME,
  type Activity,
  type Effect,
  type FollowUp,
  type Initiative,
  type Plan,
  type PlanView,
  type PublishedFollowUp,
} from '@devplan/core/domain';
import { useOperation } from './operation.js';
import type { TabDataPort, TabSession } from '@devplan/core';

/** The plan as the tab holds it: the session, the plan chosen and its view. */
export interface LoadedPlan {
  session: TabSession;
  plan: Plan;
  view: PlanView;
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
  /** Reads the whole plan view again. */
  refresh(): Promise<void>;
  /** Whether the plan's activities are in `view.activities` yet (they are read on demand: `useActivities`). */
  activities: ActivitiesState;
  /** Reads the plan's activities into the view, once (again after `refresh`). */
  loadActivities(): void;
  /** Counts the saves and deletes made through `replace` and `remove` (pages re-read what a save changes). */
  edits: number;
  /** The focus area the channel tab was configured for, if any. */
  focusAreaId: number | null;
}

/** Where the on-demand read of the plan's activities stands. */
export interface ActivitiesState {
  ready: boolean;
  loading: boolean;
  /** Why the last read failed, if it did. */
  error: unknown;
}

const TabContext = createContext<TabContextValue | null>(null);

/** Hands the loaded plan to the pages below it. */
export function TabContextProvider(props: { value: TabContextValue; children: ReactNode }) {
  return <TabContext.Provider value={props.value}>{props.children}</TabContext.Provider>;
}

/** The loaded plan and the port (inside `TabContextProvider`). */
export function useTab(): TabContextValue {
  const value = useContext(TabContext);
  if (!value) throw new Error('useTab() outside TabContextProvider');
  return value;
}

/**
 * The plan's activities, read the first time a page needs them (a search of the overview, an initiative's page,
 * the activity editor); the overview paints without them. Returns where the read stands.
 */
export function useActivities(needed = true): ActivitiesState {
  const { activities, loadActivities } = useTab();
  const idle = !activities.ready && !activities.loading && !activities.error;
  useEffect(() => {
    if (needed && idle) loadActivities();
  }, [needed, idle, loadActivities]);
  return activities;
}

/** `loaded` plus what `current` holds that `loaded` does not (added while the read was under way). */
function mergeById<T extends { id: number }>(loaded: readonly T[], current: readonly T[]): T[] {
  const ids = new Set(loaded.map((e) => e.id));
  return [...loaded, ...current.filter((e) => !ids.has(e.id))];
}

const IDLE: ActivitiesState = { ready: false, loading: false, error: null };

/** Loads the session and the plan view (two requests), with loading and error states and a way to retry. */
export function usePlanLoader(port: TabDataPort, planYear: number | null) {
  const operation = useOperation();
  const [loaded, setLoaded] = useState<LoadedPlan | null>(null);
  const [empty, setEmpty] = useState(false);
  const [missing, setMissing] = useState<{ year: number; plans: Plan[] } | null>(null);
  const [activities, setActivities] = useState<ActivitiesState>(IDLE);
  const [edits, setEdits] = useState(0);
  // The plan whose activities are being read (a read for a plan no longer shown is dropped).
  const reading = useRef<number | null>(null);
  const { run } = operation;

  const load = useCallback(async () => {
    await run(async () => {
      const all = await port.session();
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
      const view = await port.planView(plan, session.canReadWorking);
      reading.current = null;
      setActivities(IDLE);
      setLoaded({ session, plan, view });
    });
  }, [port, planYear, run]);

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
        setLoaded((current) =>
          current && current.plan.id === planId
            ? { ...current, view: { ...current.view, activities: mergeById(read, current.view.activities) } }
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

  const replace = useCallback<TabContextValue['replace']>((kind, entity) => {
    setEdits((n) => n + 1);
    setLoaded((current) => {
      if (!current) return current;
      const list = current.view[kind] as { id: number }[];
      const next = list.some((e) => e.id === entity.id)
        ? list.map((e) => (e.id === entity.id ? entity : e))
        : [...list, entity];
      return { ...current, view: { ...current.view, [kind]: next } };
    });
  }, []);

  const remove = useCallback<TabContextValue['remove']>((kind, id) => {
    setEdits((n) => n + 1);
    setLoaded((current) => {
      if (!current) return current;
      const list = current.view[kind] as { id: number }[];
      return { ...current, view: { ...current.view, [kind]: list.filter((e) => e.id !== id) } };
    });
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
    edits,
  };
}

/** A follow-up as the overview shows it: a working one (members) or a published one (readers). */
export type ShownFollowUp = (FollowUp | (PublishedFollowUp & { state: 'approved' })) & {
  published?: boolean;
};

/** The follow-ups the signed-in person may see: working ones for members, published ones for readers. */
export function visibleFollowUps(view: PlanView, canReadWorking: boolean): ShownFollowUp[] {
  return canReadWorking
    ? view.followUps
    : view.published.map((p) => ({ ...p, state: 'approved' as const, published: true }));
}

/** The latest visible follow-up of each initiative. */
export function latestFollowUps(view: PlanView, canReadWorking: boolean): Map<number, ShownFollowUp> {
  return latestByInitiative(visibleFollowUps(view, canReadWorking), (f) =>
    periodOrder(TERTIAL_SCHEME, { year: f.periodYear, period: f.period }),
  );
}
