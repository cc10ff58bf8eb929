import { Button, Spinner } from '@fluentui/react-components';
import type { StringKey } from '@devplan/core/i18n';
import { useOverview, type OnDemandState } from './data.js';
import { useT } from './i18n.js';
import { ErrorNotice } from './operation.js';

/**
 * Where an on-demand read stands (the plan's activities unless `onRetry` says which): a spinner with `label`
 * while it runs, the error and a way to try again when it failed, nothing once it is read. Announced politely.
 */
export function OnDemandStatus(props: { state: OnDemandState; label: StringKey; onRetry?: () => void }) {
  const tr = useT();
  const { loadActivities } = useOverview();
  const { state } = props;
  return (
    <div aria-live="polite">
      {state.loading && <Spinner size="tiny" label={tr(props.label)} />}
      {!!state.error && (
        <>
          <ErrorNotice error={state.error} />
          <Button onClick={props.onRetry ?? loadActivities}>{tr('tab.action.retry')}</Button>
        </>
      )}
    </div>
  );
}
