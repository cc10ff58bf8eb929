import { Button, Spinner } from '@fluentui/react-components';
import type { StringKey } from '@devplan/core/i18n';
import { useTab, type ActivitiesState } from './data.js';
import { useT } from './i18n.js';
import { ErrorNotice } from './operation.js';

/**
 * Where the on-demand read of the plan's activities stands: a spinner with `label` while it runs, the error and
 * a way to try again when it failed, nothing once they are read. Announced politely.
 */
export function ActivitiesStatus(props: { state: ActivitiesState; label: StringKey }) {
  const tr = useT();
  const { loadActivities } = useTab();
  const { state } = props;
  return (
    <div aria-live="polite">
      {state.loading && <Spinner size="tiny" label={tr(props.label)} />}
      {!!state.error && (
        <>
          <ErrorNotice error={state.error} />
          <Button onClick={loadActivities}>{tr('tab.action.retry')}</Button>
        </>
      )}
    </div>
  );
}
