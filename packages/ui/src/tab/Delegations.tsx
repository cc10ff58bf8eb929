import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { addDays, type FieldIssue, type UserRef } from '@devplan/core/domain';
import { formatDate } from '@devplan/core/format';
import type { DelegationView, PersonDelegations } from '@devplan/core';
import { localize } from '@devplan/core/i18n';
import { ConfirmDialog } from './ConfirmDialog.js';
import { useTab } from './data.js';
import { issuesByField } from './form.js';
import { useT } from './i18n.js';
import { ErrorNotice, useOperation } from './operation.js';
import { PersonSelect } from './PersonSelect.js';
import { today } from './readiness.js';
import { usePageStyles } from './styles.js';

const useStyles = makeStyles({ field: { maxWidth: '20rem' } });

/** The signed-in person's delegations and the site's people (to choose a deputy), read from the app server. */
function useDelegations() {
  const { port } = useTab();
  const operation = useOperation();
  const [delegations, setDelegations] = useState<PersonDelegations | null>(null);
  const [people, setPeople] = useState<UserRef[]>([]);
  const { run } = operation;
  const load = useCallback(async () => {
    await run(async () => {
      const [mine, users] = await Promise.all([port.delegations(), port.siteUsers()]);
      setDelegations(mine);
      setPeople(users);
    });
  }, [port, run]);
  useEffect(() => {
    void load();
  }, [load]);
  return { delegations, people, operation, reload: load };
}

/**
 * Deputies in "Mitt arbete": an approver names a deputy for a range of days (Stockholm days), sees their
 * current and coming deputies and ends one early after confirming; a deputy sees for whom and when they
 * decide. The app server checks every step (only approvers, never themselves, no overlap) and audits it.
 */
export function DelegationsSection() {
  const tr = useT();
  const styles = usePageStyles();
  const { session, port } = useTab();
  const { delegations, people, operation, reload } = useDelegations();
  const change = useOperation();
  const [notice, setNotice] = useState<string | null>(null);
  const [ending, setEnding] = useState<DelegationView | null>(null);

  if (delegations === null) {
    return operation.busy ? (
      <Spinner size="tiny" label={tr('tab.delegation.loading')} />
    ) : (
      <ErrorNotice error={operation.error} />
    );
  }
  if (!delegations.approver && delegations.received.length === 0) return null;
  const period = (d: DelegationView) => `${formatDate(tr.locale, d.start)} – ${formatDate(tr.locale, d.end)}`;

  const end = async () => {
    const target = ending;
    setEnding(null);
    if (!target) return;
    setNotice(null);
    const done = await change.run(async () => {
      await port.endDelegation(target.id, target.etag);
      return true;
    });
    if (done) setNotice(tr('tab.delegation.ended', { name: target.deputy.name }));
    await reload();
  };

  return (
    <section aria-labelledby="mine-deputies" className={styles.section}>
      <h2 id="mine-deputies" className={styles.subheading}>
        {tr('tab.delegation.heading')}
      </h2>
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorNotice error={change.error} />
      {delegations.received.length > 0 && (
        <ul className={styles.list}>
          {delegations.received.map((d) => (
            <li key={d.id}>
              {tr(d.active ? 'tab.delegation.receivedActive' : 'tab.delegation.received', {
                name: d.approver.name,
                period: period(d),
              })}
            </li>
          ))}
        </ul>
      )}
      {delegations.approver && (
        <>
          {delegations.given.length === 0 ? (
            <p className={styles.text}>{tr('tab.delegation.none')}</p>
          ) : (
            <ul className={styles.list}>
              {delegations.given.map((d) => (
                <li key={d.id}>
                  {tr(d.active ? 'tab.delegation.givenActive' : 'tab.delegation.given', {
                    name: d.deputy.name,
                    period: period(d),
                  })}{' '}
                  <Button size="small" onClick={() => setEnding(d)} disabledFocusable={change.busy}>
                    {tr('tab.delegation.end')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <DelegationForm
            people={people.filter((p) => p.id !== session.user.id)}
            onDone={async (message) => {
              setNotice(message);
              await reload();
            }}
          />
        </>
      )}
      <ConfirmDialog
        open={ending !== null}
        id="end-delegation"
        title={tr('tab.delegation.endTitle')}
        confirmLabel={tr('tab.delegation.end')}
        busy={change.busy}
        onConfirm={() => void end()}
        onCancel={() => setEnding(null)}
      >
        {ending
          ? tr('tab.delegation.endText', {
              name: ending.deputy.name,
              day: formatDate(tr.locale, addDays(today(), -1)),
            })
          : ''}
      </ConfirmDialog>
    </section>
  );
}

/** Names a deputy: a person of the site and a range of days; the messages sit next to their fields. */
function DelegationForm(props: { people: readonly UserRef[]; onDone(message: string): Promise<void> }) {
  const tr = useT();
  const own = useStyles();
  const styles = usePageStyles();
  const { port } = useTab();
  const operation = useOperation();
  const [deputy, setDeputy] = useState('');
  const [start, setStart] = useState(today());
  const [end, setEnd] = useState(addDays(today(), 7));
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  const message = (field: string) => (issues[field] ? tr.pick(issues[field]!.message) : undefined);
  const state = (field: string) => (issues[field] ? 'error' : 'none');

  const save = async () => {
    if (!deputy) {
      setIssues({
        deputyId: { path: 'deputyId', code: 'required', message: localize('tab.delegation.chooseDeputy') },
      });
      return;
    }
    setIssues({});
    const done = await operation.run(
      async () => {
        await port.delegate(Number(deputy), start, end);
        return true;
      },
      { onValidation: (list) => setIssues(issuesByField(list)) },
    );
    if (done) {
      const name = props.people.find((p) => String(p.id) === deputy)?.title ?? '';
      setDeputy('');
      await props.onDone(
        tr('tab.delegation.saved', {
          name,
          period: `${formatDate(tr.locale, start)} – ${formatDate(tr.locale, end)}`,
        }),
      );
    }
  };

  return (
    <form
      className={styles.section}
      noValidate
      aria-busy={operation.busy}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 className={styles.minor}>{tr('tab.delegation.new')}</h3>
      <Field
        label={tr('tab.delegation.deputy')}
        className={own.field}
        validationState={state('deputyId')}
        validationMessage={message('deputyId')}
      >
        <PersonSelect id="delegation-deputy" value={deputy} people={props.people} onChange={setDeputy} />
      </Field>
      <div className={styles.row}>
        <Field
          label={tr('tab.delegation.start')}
          validationState={state('start')}
          validationMessage={message('start')}
        >
          <Input id="delegation-start" type="date" value={start} onChange={(_, d) => setStart(d.value)} />
        </Field>
        <Field
          label={tr('tab.delegation.endDate')}
          validationState={state('end')}
          validationMessage={message('end')}
        >
          <Input id="delegation-end" type="date" value={end} onChange={(_, d) => setEnd(d.value)} />
        </Field>
      </div>
      <ErrorNotice error={operation.error} />
      <div>
        <Button type="submit" appearance="primary" disabledFocusable={operation.busy}>
          {tr('tab.delegation.save')}
        </Button>
      </div>
    </form>
  );
}
