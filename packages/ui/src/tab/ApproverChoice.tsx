import { Button, Field, makeStyles, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Initiative, UserRef } from '@devplan/core/domain';
import { useTab } from './data.js';
import { useT } from './i18n.js';
import { ErrorNotice, useOperation } from './operation.js';
import { PersonSelect } from './PersonSelect.js';
import { usePageStyles } from './styles.js';

const useStyles = makeStyles({
  select: { minWidth: 'min(16rem, 100%)' },
});

/** Whether the signed-in person is a plan administrator, asked of the app server once (null while asking). */
export function useAdministrator(): { administrator: boolean | null; error: unknown } {
  const { port } = useTab();
  const operation = useOperation();
  const [administrator, setAdministrator] = useState<boolean | null>(null);
  const { run } = operation;
  useEffect(() => {
    void run(async () => setAdministrator(await port.isAdministrator())).then(() =>
      setAdministrator((known) => known ?? false),
    );
  }, [port, run]);
  return { administrator, error: operation.error };
}

/**
 * The approver of an initiative on its edit page. Plan administrators choose one among the site's people and
 * save it through the app server (which checks their role again and audits the change); everyone else sees
 * who it is and that an administrator names the approver, since members could otherwise approve their own
 * work by naming themselves.
 */
export function ApproverChoice(props: { initiative: Initiative; users: readonly UserRef[] }) {
  const tr = useT();
  const styles = usePageStyles();
  const own = useStyles();
  const { port, replace } = useTab();
  const { administrator, error } = useAdministrator();
  const saving = useOperation();
  const [choice, setChoice] = useState(String(props.initiative.approverId ?? ''));
  const [saved, setSaved] = useState(false);
  const current = props.initiative.approver?.title ?? tr('tab.initiative.noApprover');

  const save = async () => {
    setSaved(false);
    const approverId = choice === '' ? null : Number(choice);
    const updated = await saving.run(() => port.assignApprover(props.initiative.id, approverId));
    if (updated) {
      replace('initiatives', updated);
      setSaved(true);
    }
  };

  return (
    <section aria-labelledby="approver-heading" className={styles.section}>
      <h2 id="approver-heading" className={styles.subheading}>
        {tr('tab.field.approver')}
      </h2>
      <ErrorNotice error={error} />
      {administrator === null && !error && <Spinner size="tiny" label={tr('tab.loading.administrator')} />}
      {administrator === false && (
        <p id="initiative-approverId" tabIndex={-1} className={styles.text}>
          {tr('tab.approver.current', { name: current })} {tr('tab.approver.memberHint')}
        </p>
      )}
      {administrator === true && (
        <>
          <p className={styles.text}>{tr('tab.approver.adminHint')}</p>
          <div className={styles.row}>
            <Field label={tr('tab.field.approver')} className={own.select}>
              <PersonSelect
                id="initiative-approverId"
                value={choice}
                people={props.users}
                onChange={setChoice}
              />
            </Field>
            <Button
              disabledFocusable={saving.busy || choice === String(props.initiative.approverId ?? '')}
              onClick={() => void save()}
            >
              {tr('tab.approver.save')}
            </Button>
          </div>
          {saved && (
            <MessageBar intent="success">
              <MessageBarBody>{tr('tab.approver.saved')}</MessageBarBody>
            </MessageBar>
          )}
          <ErrorNotice error={saving.error} />
        </>
      )}
    </section>
  );
}
