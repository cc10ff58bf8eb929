import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { ConcurrencyError, DomainError, ValidationError, type FieldIssue } from '@devplan/core/domain';
import { useT } from './i18n.js';

/** What the caller does with the two failures a form handles itself; everything else is shown. */
export interface OperationHandlers {
  /** Invalid input: shown next to the fields. */
  onValidation?: (issues: FieldIssue[]) => void;
  /** Someone else saved first: the conflict dialog. */
  onConflict?: (error: ConcurrencyError) => void;
}

/** A running or failed operation, and the function that runs one. */
export interface Operation {
  busy: boolean;
  /** The failure to show (null when none). */
  error: unknown;
  /** Runs `work`; resolves to its result, or to undefined when it failed (the failure is routed, never dropped). */
  run<T>(work: () => Promise<T>, handlers?: OperationHandlers): Promise<T | undefined>;
  clear(): void;
}

const isNamed = <T,>(error: unknown, type: abstract new (...args: never[]) => T, name: string): error is T =>
  error instanceof type || (error instanceof Error && error.name === name);

/**
 * The one place the tab catches failures: validation issues go to the form, a stale ETag to the conflict
 * dialog, and every other failure becomes `error`, which `ErrorNotice` shows.
 */
export function useOperation(): Operation {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async <T,>(work: () => Promise<T>, handlers: OperationHandlers = {}) => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (failure) {
      if (handlers.onValidation && isNamed(failure, ValidationError, 'ValidationError'))
        handlers.onValidation(failure.issues);
      else if (handlers.onConflict && isNamed(failure, ConcurrencyError, 'ConcurrencyError'))
        handlers.onConflict(failure);
      else setError(failure);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, clear };
}

/** Shows a failure in the user's language: a product error's reason, or the raw message of anything else. */
export function ErrorNotice(props: { error: unknown }) {
  const tr = useT();
  if (props.error === null || props.error === undefined) return null;
  const error = props.error;
  const text =
    error instanceof DomainError || (error instanceof Error && 'reason' in error)
      ? tr.pick((error as DomainError).reason)
      : tr('tab.error.unexpected', { message: error instanceof Error ? error.message : String(error) });
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{tr('tab.error.title')}</MessageBarTitle>
        {text}
      </MessageBarBody>
    </MessageBar>
  );
}
