import { Button, Link } from '@fluentui/react-components';
import { ColumnHeads, TableScroll } from './TableScroll.js';
import { useState } from 'react';
import type { Activity, Initiative } from '@devplan/core/domain';
import { formatDate } from '@devplan/core/format';
import { ConfirmDialog } from './ConfirmDialog.js';
import { OnDemandStatus } from './OnDemandStatus.js';
import { useActivities, useTab } from './data.js';
import { useT } from './i18n.js';
import { ErrorNotice, useOperation } from './operation.js';
import { routeHash, type Route } from './route.js';
import { StatusLabel } from './status.js';
import { usePageStyles } from './styles.js';

/**
 * The activities of an initiative as a table. Members add activities, edit them, and delete them after
 * confirming; a deletion is guarded by the ETag read, so an activity changed meanwhile is not deleted.
 */
export function ActivitiesSection(props: {
  initiative: Initiative;
  navigate(route: Route): void;
  onNotice(message: string | null): void;
}) {
  const tr = useT();
  const styles = usePageStyles();
  const { view, session, port, remove } = useTab();
  const operation = useOperation();
  const [deleting, setDeleting] = useState<Activity | null>(null);
  const read = useActivities();
  const { initiative } = props;
  const activities = view.activities.filter((a) => a.initiativeId === initiative.id);
  const none = tr('tab.value.empty');
  const canEdit = session.canEdit;

  const confirmDelete = async () => {
    const target = deleting;
    if (!target) return;
    // Close the dialog first (focus goes back to the page); the row's buttons show the work under way.
    setDeleting(null);
    const done = await operation.run(async () => {
      await port.deleteActivity(target.id, target.etag);
      return true;
    });
    if (done) {
      remove('activities', target.id);
      props.onNotice(tr('tab.saved.activityDeleted', { title: target.title }));
    }
  };

  return (
    <section aria-labelledby="activities" className={styles.section}>
      <h2 id="activities" className={styles.subheading}>
        {tr('list.Activities')}
      </h2>
      <ErrorNotice error={operation.error} />
      <OnDemandStatus state={read} label="tab.loading.activities" />
      {!read.ready ? null : activities.length === 0 ? (
        <p className={styles.text}>{tr('tab.initiative.noActivities')}</p>
      ) : (
        <TableScroll label={tr('list.Activities')}>
          <table className={styles.table}>
            <ColumnHeads
              labels={[
                tr('tab.field.activity'),
                tr('tab.field.status'),
                tr('tab.field.due'),
                tr('tab.field.responsible'),
                ...(canEdit ? [tr('tab.col.actions')] : []),
              ]}
            />
            <tbody>
              {activities.map((a) => (
                <tr key={a.id}>
                  <th scope="row" className={styles.td}>
                    {a.title}
                  </th>
                  <td className={styles.td}>
                    <StatusLabel status={{ kind: 'activityStatus', value: a.status }} />
                  </td>
                  <td className={styles.td}>{formatDate(tr.locale, a.due) || none}</td>
                  <td className={styles.td}>{a.responsible || none}</td>
                  {canEdit && (
                    <td className={styles.td}>
                      <span className={styles.row}>
                        <Link
                          href={routeHash({ page: 'editActivity', id: initiative.id, activityId: a.id })}
                          aria-label={`${tr('tab.action.edit')}: ${a.title}`}
                        >
                          {tr('tab.action.edit')}
                        </Link>
                        <Button
                          size="small"
                          appearance="subtle"
                          aria-label={`${tr('tab.action.delete')}: ${a.title}`}
                          disabled={operation.busy}
                          onClick={() => setDeleting(a)}
                        >
                          {tr('tab.action.delete')}
                        </Button>
                      </span>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {canEdit && (
        <div>
          <Button onClick={() => props.navigate({ page: 'newActivity', id: initiative.id })}>
            {tr('tab.activity.add')}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={deleting !== null}
        id="delete-activity"
        title={tr('tab.activity.deleteTitle')}
        confirmLabel={tr('tab.activity.deleteConfirm')}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      >
        <p>{tr('tab.activity.deleteText', { title: deleting?.title ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
