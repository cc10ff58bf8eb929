import { useCallback, useEffect, useState } from 'react';
import { DomainError, type Locale, type ReaderPlanView } from '@devplan/core/domain';
import type { PlanChoice } from './settings.js';
import type { PlanSource } from '@devplan/core/ports';

/** Where the activities of a loaded view stand: read, being read after the first paint, or failed. */
export type OnDemandStatus = 'ready' | 'loading' | 'failed';

/** Where loading the plan stands. */
export type PlanViewState =
  | { kind: 'loading' }
  | { kind: 'empty' }
  | {
      kind: 'loaded';
      view: ReaderPlanView;
      activities: OnDemandStatus;
      /** Where the whole view stands when `view` is its first screen (`view.lead`); 'ready' when it is whole. */
      whole: OnDemandStatus;
      /** Why the whole view could not be read (`whole: 'failed'`). */
      wholeError?: Error;
    }
  | { kind: 'failed'; error: Error };

/** The message of a failure in the reader's language (product errors carry both languages). */
export function errorMessage(error: Error, locale: Locale): string {
  return error instanceof DomainError ? error.reason[locale] : error.message;
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/** A loaded view's state: its activities read after it when pending, its whole read after it when it is a lead. */
function loadedState(view: ReaderPlanView): Extract<PlanViewState, { kind: 'loaded' }> {
  const later = (view.pending ?? []).includes('activities');
  return {
    kind: 'loaded',
    view,
    activities: later ? 'loading' : 'ready',
    whole: view.lead ? 'loading' : 'ready',
  };
}

/**
 * Loads the chosen plan from `source`. This is the one place the reader view catches a failure: the plan's
 * becomes the `failed` state, which the view shows with a retry button; the activities' (read after the first
 * paint when the view has them `pending`, and only while `withActivities`) becomes `activities: 'failed'`, which
 * the initiative cards say, the rest of the view staying. Switching the activities on or off (an editor in the
 * property pane) reads at most the activities, never the plan again. With `linked` (the initiative a link on
 * arrival names), that initiative's part is read first and the plan after it (`part`, until the plan is there).
 * A plan that comes as its first screen (`view.lead`, from the app's snapshot) is painted, and its whole view is
 * read right after (`whole: 'loading'`, then the whole view; `'failed'` keeps the first screen and says so); the
 * activities after that.
 */
export function usePlanView(
  source: PlanSource,
  choice: PlanChoice,
  withActivities = true,
  linked: number | null = null,
): {
  state: PlanViewState;
  retry: () => void;
  /** The linked initiative's part of the plan (`PlanSource.initiative`) while the whole plan is still read. */
  part: ReaderPlanView | null;
} {
  const [state, setState] = useState<PlanViewState>({ kind: 'loading' });
  const [part, setPart] = useState<ReaderPlanView | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let active = true;
    setState({ kind: 'loading' });
    setPart(null);
    // A linked initiative's card paints from its own part while the whole plan is read; should the part fail,
    // the whole read still shows the card (or says why it cannot).
    // The linked initiative's part first, then the plan: the plan's answer (megabytes at thousands of initiatives,
    // the app's snapshot coming fast) would otherwise take the browser's time before the linked card's.
    const first =
      linked !== null && source.initiative
        ? source.initiative(choice, linked).then(
            (view) => {
              if (active) setPart(view);
            },
            (error: unknown) => {
              console.warn(
                `[reader] the linked initiative could not be read first: ${asError(error).message}`,
              );
            },
          )
        : Promise.resolve();
    first
      .then(() => source.load(choice))
      .then((view) => {
        if (!active) return;
        if (!view) return setState({ kind: 'empty' });
        setState(loadedState(view));
      })
      .catch((error: unknown) => {
        if (active) setState({ kind: 'failed', error: asError(error) });
      });
    return () => {
      active = false;
    };
  }, [source, choice, attempt, linked]);

  // The whole view, when the first paint came from its first screen (the lead): read right after it.
  const lead = state.kind === 'loaded' && state.whole === 'loading' ? state.view : null;
  useEffect(() => {
    if (!lead) return;
    let active = true;
    const settle = (next: PlanViewState) =>
      setState((current) => (active && current.kind === 'loaded' && current.view === lead ? next : current));
    const read = source.whole
      ? source.whole(choice)
      : Promise.reject(new Error('This plan source cannot read the whole view.'));
    read.then(
      (view) => settle(view ? loadedState(view) : { kind: 'empty' }),
      (error: unknown) => {
        console.warn(`[reader] the rest of the plan could not be read: ${asError(error).message}`);
        settle({
          kind: 'loaded',
          view: lead,
          activities: 'failed',
          whole: 'failed',
          wholeError: asError(error),
        });
      },
    );
    return () => {
      active = false;
    };
  }, [source, choice, lead]);

  // The activities the view left pending, read once they are shown (after the whole view, when it came as a lead).
  const waiting =
    state.kind === 'loaded' && state.activities === 'loading' && state.whole === 'ready' ? state.view : null;
  useEffect(() => {
    if (!waiting || !withActivities) return;
    let active = true;
    const settle = (next: Extract<PlanViewState, { kind: 'loaded' }>) =>
      setState((current) =>
        active && current.kind === 'loaded' && current.view === waiting ? next : current,
      );
    source.activities(waiting.plan).then(
      (activities) => {
        const pending = waiting.pending?.filter((p) => p !== 'activities') ?? [];
        settle({
          kind: 'loaded',
          view: { ...waiting, activities, pending },
          activities: 'ready',
          whole: 'ready',
        });
      },
      (error: unknown) => {
        console.warn(`[reader] the activities could not be read: ${asError(error).message}`);
        settle({ kind: 'loaded', view: waiting, activities: 'failed', whole: 'ready' });
      },
    );
    return () => {
      active = false;
    };
  }, [source, waiting, withActivities]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry, part: state.kind === 'loading' ? part : null };
}
