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
import type { PlanReminderPolicyView } from '@devplan/core';
import { PLAN_REMINDER_DAYS } from '@devplan/core/domain';
import type { StringKey } from '@devplan/core/i18n';
import { useOverview } from './data.js';
import { SubmitForm, useFieldIssues, type FieldIssues } from './form.js';
import { useT } from './i18n.js';
import { ErrorNotice, useOperation } from './operation.js';
import { usePageStyles } from './styles.js';

const useStyles = makeStyles({ days: { maxWidth: '16rem' } });

/** A day count as typed: empty is none (the app's default). */
const daysOf = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/** One count of days, its issue next to it. */
function DaysField(props: {
  name: 'remindAfterDays' | 'escalateAfterDays';
  label: StringKey;
  value: string;
  issues: FieldIssues;
  onChange(value: string): void;
}) {
  const tr = useT();
  const own = useStyles();
  return (
    <Field label={tr(props.label)} className={own.days} {...props.issues.field(props.name)}>
      <Input
        id={`reminders-${props.name}`}
        type="number"
        min={PLAN_REMINDER_DAYS.min}
        max={PLAN_REMINDER_DAYS.max}
        value={props.value}
        onChange={(_, d) => props.onChange(d.value)}
      />
    </Field>
  );
}

/**
 * "Påminnelser för planen", for plan administrators: after how many days a follow-up of the shown plan that
 * waits for a decision is sent to the approver again and then to their deputies, and which days apply now
 * (the plan's own or the app's default). Saved through the app server, which checks the administrator and
 * the input, writes it with the app's identity and audits it.
 */
export function ReminderPolicySection() {
  const tr = useT();
  const styles = usePageStyles();
  const { port, plan } = useOverview();
  const loading = useOperation();
  const saving = useOperation();
  const [policy, setPolicy] = useState<PlanReminderPolicyView | null>(null);
  const [remind, setRemind] = useState('');
  const [escalate, setEscalate] = useState('');
  const issues = useFieldIssues();
  const [saved, setSaved] = useState(false);
  const { run } = loading;

  /** Reads the plan's days; `fill` puts them in the fields (not after a failed save: the typed days stay). */
  const read = useCallback(
    async (fill: boolean) => {
      const found = await run(() => port.reminderPolicy(plan.id));
      if (!found) return;
      setPolicy(found);
      if (fill) {
        setRemind(found.remindAfterDays?.toString() ?? '');
        setEscalate(found.escalateAfterDays?.toString() ?? '');
      }
    },
    [port, plan.id, run],
  );
  useEffect(() => {
    void read(true);
  }, [read]);

  const save = async () => {
    if (!policy) return;
    setSaved(false);
    issues.show([]);
    const days = { remindAfterDays: daysOf(remind), escalateAfterDays: daysOf(escalate) };
    const stored = await saving.run(() => port.setReminderPolicy(plan.id, days, policy.etag), {
      onValidation: issues.show,
    });
    if (stored) {
      setPolicy(stored);
      setSaved(true);
    } else {
      // Someone may have changed the plan meanwhile: read its ETag again so the next save can go through.
      await read(false);
    }
  };

  const applies = policy?.applies;
  return (
    <section aria-labelledby="plan-reminders" className={styles.section}>
      <h2 id="plan-reminders" className={styles.subheading}>
        {tr('tab.reminders.heading')}
      </h2>
      <p className={styles.text}>{tr('tab.reminders.intro', { plan: plan.title })}</p>
      {loading.busy && !policy && <Spinner size="tiny" label={tr('tab.reminders.loading')} />}
      <ErrorNotice error={loading.error} />
      {applies && (
        <p className={styles.text} aria-live="polite">
          {tr(applies.source === 'plan' ? 'tab.reminders.appliesPlan' : 'tab.reminders.appliesServer', {
            remind: applies.remindAfterDays,
            escalate: applies.escalateAfterDays,
          })}
        </p>
      )}
      {policy && (
        <SubmitForm busy={saving.busy} onSubmit={() => void save()}>
          <p className={styles.text}>{tr('tab.reminders.hint')}</p>
          <div className={styles.row}>
            <DaysField
              name="remindAfterDays"
              label="tab.reminders.remind"
              value={remind}
              issues={issues}
              onChange={setRemind}
            />
            <DaysField
              name="escalateAfterDays"
              label="tab.reminders.escalate"
              value={escalate}
              issues={issues}
              onChange={setEscalate}
            />
          </div>
          <ErrorNotice error={saving.error} />
          {saved && (
            <MessageBar intent="success">
              <MessageBarBody>{tr('tab.reminders.saved')}</MessageBarBody>
            </MessageBar>
          )}
          <div>
            <Button type="submit" appearance="primary" disabledFocusable={saving.busy}>
              {tr('tab.reminders.save')}
            </Button>
          </div>
        </SubmitForm>
      )}
    </section>
  );
}
