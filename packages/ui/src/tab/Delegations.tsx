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
import { addDays, type UserRef } from '@devplan/core/domain';
import { formatDate } from '@devplan/core/format';
import type { DelegationView, PersonDelegations } from '@devplan/core';
import { localize, type StringKey, type StringParams } from '@devplan/core/i18n';
import { ConfirmDialog } from './ConfirmDialog.js';
import { useOverview } from './data.js';
import { SubmitForm, useFieldIssues } from './form.js';
import { useT, type Translator } from './i18n.js';
import { ErrorNotice, useOperation } from './operation.js';
import { PersonSelect } from './PersonSelect.js';
import { today } from './readiness.js';
import { ReminderPolicySection } from './ReminderPolicy.js';
import { usePageStyles } from './styles.js';

const useStyles = makeStyles({ field: { maxWidth: '20rem' } });

/** An approver whose deputies a plan administrator manages; null: the signed-in person's own. */
type ForApprover = { id: number; name: string } | null;

/** The texts that differ when a plan administrator acts for an approver (`tab.delegation.admin.*`). */
type DelegationText = 'none' | 'given' | 'givenActive' | 'new' | 'saved' | 'endText' | 'ended';

/** A delegation text for the person's own deputies, or the administrator's for `approver`. */
function delegationText(
  tr: Translator,
  approver: ForApprover,
  key: DelegationText,
  params: StringParams = {},
) {
  if (!approver) return tr(`tab.delegation.${key}` as StringKey, params);
  return tr(`tab.delegation.admin.${key}`, { ...params, approver: approver.name });
}

/**
 * The signed-in person's delegations (with the approvers, for a plan administrator) and the site's people (to
 * choose a deputy), read from the app server.
 */
function useDelegations() {
  const { port } = useOverview();
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
 * decide. A plan administrator also chooses any approver and does the same for them, and sets the plan's
 * reminder days. The app server checks every step (only approvers, never themselves, no overlap, only
 * administrators for others) and audits it.
 */
export function DelegationsSection() {
  const tr = useT();
  const styles = usePageStyles();
  const { session } = useOverview();
  const { delegations, people, operation, reload } = useDelegations();
  const [notice, setNotice] = useState<string | null>(null);

  if (delegations === null) {
    return operation.busy ? (
      <Spinner size="tiny" label={tr('tab.delegation.loading')} />
    ) : (
      <ErrorNotice error={operation.error} />
    );
  }
  // The server lists the approvers only to a plan administrator.
  const approvers = delegations.approvers;
  if (!delegations.approver && delegations.received.length === 0 && !approvers) return null;
  const period = (d: DelegationView) => `${formatDate(tr.locale, d.start)} – ${formatDate(tr.locale, d.end)}`;

  return (
    <>
      <section aria-labelledby="mine-deputies" className={styles.section}>
        <h2 id="mine-deputies" className={styles.subheading}>
          {tr('tab.delegation.heading')}
        </h2>
        {notice && (
          <MessageBar intent="success">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
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
          <DeputyManager
            approver={null}
            given={delegations.given}
            people={people.filter((p) => p.id !== session.user.id)}
            idPrefix="delegation"
            onChanged={async (message) => {
              setNotice(message);
              await reload();
            }}
          />
        )}
        {approvers && (
          <ApproverDeputies approvers={approvers.filter((a) => a.id !== session.user.id)} people={people} />
        )}
      </section>
      {approvers && <ReminderPolicySection />}
    </>
  );
}

/**
 * A plan administrator's choice of an approver, and that approver's deputies: named and ended here by the same
 * rules as the approver's own (the server checks that the caller is an administrator and audits in their name).
 */
function ApproverDeputies(props: { approvers: { id: number; name: string }[]; people: readonly UserRef[] }) {
  const tr = useT();
  const own = useStyles();
  const styles = usePageStyles();
  const { port } = useOverview();
  const operation = useOperation();
  const [choice, setChoice] = useState('');
  const [theirs, setTheirs] = useState<PersonDelegations | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { run } = operation;
  const approver = props.approvers.find((a) => String(a.id) === choice) ?? null;

  const load = useCallback(
    async (id: string) => {
      setTheirs(null);
      if (!id) return;
      await run(async () => setTheirs(await port.delegations(Number(id))));
    },
    [port, run],
  );

  return (
    <section aria-labelledby="admin-deputies" className={styles.section}>
      <h3 id="admin-deputies" className={styles.minor}>
        {tr('tab.delegation.admin.heading')}
      </h3>
      {props.approvers.length === 0 ? (
        <p className={styles.text}>{tr('tab.delegation.admin.noApprovers')}</p>
      ) : (
        <>
          <p className={styles.text}>{tr('tab.delegation.admin.hint')}</p>
          <Field label={tr('tab.delegation.admin.approver')} className={own.field}>
            <PersonSelect
              id="delegation-approver"
              value={choice}
              people={props.approvers.map((a) => ({ id: a.id, title: a.name }))}
              onChange={(value) => {
                setChoice(value);
                setNotice(null);
                void load(value);
              }}
            />
          </Field>
        </>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {operation.busy && <Spinner size="tiny" label={tr('tab.delegation.admin.loading')} />}
      <ErrorNotice error={operation.error} />
      {approver && theirs && (
        <DeputyManager
          approver={approver}
          given={theirs.given}
          people={props.people.filter((p) => p.id !== approver.id)}
          idPrefix="admin-delegation"
          onChanged={async (message) => {
            setNotice(message);
            await load(choice);
          }}
        />
      )}
    </section>
  );
}

/**
 * One approver's current and coming deputies, each with a button to end it early (after confirming), and the
 * form naming a new one: the signed-in approver's own (`approver` null) or, for a plan administrator, another's.
 */
function DeputyManager(props: {
  approver: ForApprover;
  given: readonly DelegationView[];
  people: readonly UserRef[];
  /** Makes the form's and dialog's ids unique on the page. */
  idPrefix: string;
  /** After a change (or a failed end): what to say (null: nothing), and read the deputies again. */
  onChanged(message: string | null): Promise<void>;
}) {
  const tr = useT();
  const styles = usePageStyles();
  const { port } = useOverview();
  const change = useOperation();
  const [ending, setEnding] = useState<DelegationView | null>(null);
  const { approver } = props;
  const text = (key: DelegationText, params?: StringParams) => delegationText(tr, approver, key, params);
  const period = (d: DelegationView) => `${formatDate(tr.locale, d.start)} – ${formatDate(tr.locale, d.end)}`;

  const end = async () => {
    const target = ending;
    setEnding(null);
    if (!target) return;
    const done = await change.run(async () => {
      await port.endDelegation(target.id, target.etag, approver?.id);
      return true;
    });
    await props.onChanged(done ? text('ended', { name: target.deputy.name }) : null);
  };

  return (
    <>
      <ErrorNotice error={change.error} />
      {props.given.length === 0 ? (
        <p className={styles.text}>{text('none')}</p>
      ) : (
        <ul className={styles.list}>
          {props.given.map((d) => (
            <li key={d.id}>
              {text(d.active ? 'givenActive' : 'given', { name: d.deputy.name, period: period(d) })}{' '}
              <Button size="small" onClick={() => setEnding(d)} disabledFocusable={change.busy}>
                {tr('tab.delegation.end')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <DelegationForm
        approver={approver}
        people={props.people}
        idPrefix={props.idPrefix}
        onDone={props.onChanged}
      />
      <ConfirmDialog
        open={ending !== null}
        id={`${props.idPrefix}-end`}
        title={tr('tab.delegation.endTitle')}
        confirmLabel={tr('tab.delegation.end')}
        busy={change.busy}
        onConfirm={() => void end()}
        onCancel={() => setEnding(null)}
      >
        {ending
          ? text('endText', { name: ending.deputy.name, day: formatDate(tr.locale, addDays(today(), -1)) })
          : ''}
      </ConfirmDialog>
    </>
  );
}

/** Names a deputy: a person of the site and a range of days; the messages sit next to their fields. */
function DelegationForm(props: {
  approver: ForApprover;
  people: readonly UserRef[];
  idPrefix: string;
  onDone(message: string): Promise<void>;
}) {
  const tr = useT();
  const own = useStyles();
  const styles = usePageStyles();
  const { port } = useOverview();
  const operation = useOperation();
  const [deputy, setDeputy] = useState('');
  const [start, setStart] = useState(today());
  const [end, setEnd] = useState(addDays(today(), 7));
  const issues = useFieldIssues();
  const { approver, idPrefix } = props;
  // Sub-headings one level below the section they sit in (the administrator's part is itself an h3).
  const Heading = approver ? 'h4' : 'h3';

  const save = async () => {
    if (!deputy) {
      issues.show([{ path: 'deputyId', code: 'required', message: localize('tab.delegation.chooseDeputy') }]);
      return;
    }
    issues.show([]);
    const done = await operation.run(
      async () => {
        await port.delegate(Number(deputy), start, end, approver?.id);
        return true;
      },
      { onValidation: issues.show },
    );
    if (done) {
      const name = props.people.find((p) => String(p.id) === deputy)?.title ?? '';
      setDeputy('');
      await props.onDone(
        delegationText(tr, approver, 'saved', {
          name,
          period: `${formatDate(tr.locale, start)} – ${formatDate(tr.locale, end)}`,
        }),
      );
    }
  };

  return (
    <SubmitForm busy={operation.busy} onSubmit={() => void save()}>
      <Heading className={styles.minor}>{delegationText(tr, approver, 'new')}</Heading>
      {issues.issues['approverId'] && (
        <MessageBar intent="error">
          <MessageBarBody>{issues.field('approverId').validationMessage}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={tr('tab.delegation.deputy')} className={own.field} {...issues.field('deputyId')}>
        <PersonSelect id={`${idPrefix}-deputy`} value={deputy} people={props.people} onChange={setDeputy} />
      </Field>
      <div className={styles.row}>
        <Field label={tr('tab.delegation.start')} {...issues.field('start')}>
          <Input id={`${idPrefix}-start`} type="date" value={start} onChange={(_, d) => setStart(d.value)} />
        </Field>
        <Field label={tr('tab.delegation.endDate')} {...issues.field('end')}>
          <Input id={`${idPrefix}-end`} type="date" value={end} onChange={(_, d) => setEnd(d.value)} />
        </Field>
      </div>
      <ErrorNotice error={operation.error} />
      <div>
        <Button type="submit" appearance="primary" disabledFocusable={operation.busy}>
          {tr('tab.delegation.save')}
        </Button>
      </div>
    </SubmitForm>
  );
}
