import { useCallback, useEffect, useState } from 'react';
import { DomainError, type Locale, type PlanView } from '@devplan/core/domain';
import type { PlanChoice } from './settings.js';
import type { PlanSource } from '@devplan/core/ports';

/** Where loading the plan stands. */
export type PlanViewState =
  | { kind: 'loading' }
  | { kind: 'empty' }
  | { kind: 'loaded'; view: PlanView }
  | { kind: 'failed'; error: Error };

/** The message of a failure in the reader's language (product errors carry both languages). */
export function errorMessage(error: Error, locale: Locale): string {
  return error instanceof DomainError ? error.reason[locale] : error.message;
}

/**
 * Loads the chosen plan from `source`. This is the one place the reader view catches a failure: it becomes
 * the `failed` state, which the view shows with a retry button.
 */
export function usePlanView(
  source: PlanSource,
  choice: PlanChoice,
): { state: PlanViewState; retry: () => void } {
  const [state, setState] = useState<PlanViewState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let active = true;
    setState({ kind: 'loading' });
    source.load(choice).then(
      (view) => {
        if (active) setState(view ? { kind: 'loaded', view } : { kind: 'empty' });
      },
      (error: unknown) => {
        if (active)
          setState({ kind: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      active = false;
    };
  }, [source, choice, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
