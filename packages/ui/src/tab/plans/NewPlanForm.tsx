import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { newCreateKey, type Id, type Initiative, type Plan } from '@devplan/core/domain';
import type { PlansPort, PlanYearAnswer } from '@devplan/core';
import { SubmitForm, useFieldIssues } from '../form.js';
import { useT } from '../i18n.js';
import { ErrorNotice, useOperation } from '../operation.js';
import { usePageStyles } from '../styles.js';

const useStyles = makeStyles({
  field: { maxWidth: '32rem' },
  carry: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    minWidth: 0,
  },
  carryList: { listStyle: 'none', margin: 0, padding: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
});

/** The initiatives of the plan a new one starts from (read when it is chosen); done and cancelled ones are not offered. */
function useSourceInitiatives(port: PlansPort, planId: Id | null) {
  const operation = useOperation();
  const [initiatives, setInitiatives] = useState<Initiative[]>([]);
  const { run } = operation;
  useEffect(() => {
    setInitiatives([]);
    if (planId === null) return;
    void run(async () => {
      const all = await port.initiatives(planId);
      setInitiatives(all.filter((i) => i.status !== 'done' && i.status !== 'cancelled'));
    });
  }, [port, planId, run]);
  return { initiatives, operation };
}

/**
 * A new plan year (plan administrators): the year, name and case number, and either an empty plan or one that
 * starts from an earlier plan, with the initiatives that continue chosen one by one. One create key per form,
 * so pressing again after a failure resumes the same plan instead of making another.
 */
export function NewPlanForm(props: {
  port: PlansPort;
  plans: readonly Plan[];
  onCreated(answer: PlanYearAnswer): Promise<void>;
}) {
  const tr = useT();
  const own = useStyles();
  const styles = usePageStyles();
  const operation = useOperation();
  const newest = props.plans.reduce<Plan | null>((n, p) => (!n || p.planYear > n.planYear ? p : n), null);
  const [year, setYear] = useState(String((newest?.planYear ?? new Date().getFullYear()) + 1));
  const [title, setTitle] = useState(tr('plans.new.titleDefault', { year }));
  const [caseNumber, setCaseNumber] = useState('');
  const [from, setFrom] = useState(newest ? String(newest.id) : '');
  const [carry, setCarry] = useState<Set<Id>>(new Set());
  const issues = useFieldIssues();
  const createKey = useMemo(() => newCreateKey(), []);
  const source = useSourceInitiatives(props.port, from ? Number(from) : null);

  const toggle = (id: Id, on: boolean) =>
    setCarry((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const create = async () => {
    issues.show([]);
    const answer = await operation.run(
      () =>
        props.port.createPlanYear(
          {
            planYear: Number(year),
            title,
            caseNumber,
            fromPlanId: from ? Number(from) : null,
            carry: from ? source.initiatives.filter((i) => carry.has(i.id)).map((i) => i.id) : [],
          },
          createKey,
        ),
      { onValidation: issues.show },
    );
    if (answer) await props.onCreated(answer);
  };

  return (
    <SubmitForm busy={operation.busy} onSubmit={() => void create()}>
      <h2 className={styles.subheading}>{tr('plans.new.heading')}</h2>
      <div className={styles.row}>
        <Field label={tr('plans.new.year')} required {...issues.field('planYear')}>
          <Input
            id="new-plan-year"
            type="number"
            min={2000}
            max={2100}
            value={year}
            onChange={(_, d) => {
              setYear(d.value);
              setTitle(tr('plans.new.titleDefault', { year: d.value }));
            }}
          />
        </Field>
        <Field label={tr('plans.new.caseNumber')} required {...issues.field('caseNumber')}>
          <Input
            id="new-plan-case"
            value={caseNumber}
            placeholder="STK-2026-1187"
            onChange={(_, d) => setCaseNumber(d.value)}
          />
        </Field>
      </div>
      <Field label={tr('plans.new.title')} required className={own.field} {...issues.field('title')}>
        <Input id="new-plan-title" value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={tr('plans.new.from')} className={own.field} {...issues.field('fromPlanId')}>
        <Select id="new-plan-from" value={from} onChange={(_, d) => setFrom(d.value)}>
          <option value="">{tr('plans.new.fromNothing')}</option>
          {props.plans.map((p) => (
            <option key={p.id} value={String(p.id)}>
              {tr('plans.new.fromPlan', { year: p.planYear })}
            </option>
          ))}
        </Select>
      </Field>
      {from && (
        <fieldset className={own.carry} aria-describedby="new-plan-carry-help">
          <legend>{tr('plans.new.carry')}</legend>
          <p id="new-plan-carry-help" className={styles.muted}>
            {tr('plans.new.carryHelp')}
          </p>
          {source.operation.busy && <Spinner size="tiny" label={tr('loading.page')} />}
          <ErrorNotice error={source.operation.error} />
          <div className={own.actions}>
            <Button size="small" onClick={() => setCarry(new Set(source.initiatives.map((i) => i.id)))}>
              {tr('plans.new.carryAll')}
            </Button>
            <Button size="small" onClick={() => setCarry(new Set())}>
              {tr('plans.new.carryNone')}
            </Button>
            <span role="status">
              {tr('plans.new.carryCount', {
                count: source.initiatives.filter((i) => carry.has(i.id)).length,
              })}
            </span>
          </div>
          <ul className={own.carryList}>
            {source.initiatives.map((i) => (
              <li key={i.id}>
                <Checkbox
                  checked={carry.has(i.id)}
                  onChange={(_, d) => toggle(i.id, d.checked === true)}
                  label={i.title}
                />
              </li>
            ))}
          </ul>
          {issues.issues['carry'] && <p role="alert">{issues.field('carry').validationMessage}</p>}
        </fieldset>
      )}
      <ErrorNotice error={operation.error} />
      {operation.busy && <Spinner size="tiny" label={tr('plans.new.busy', { year })} />}
      <div>
        <Button type="submit" appearance="primary" disabledFocusable={operation.busy}>
          {tr('plans.new.submit')}
        </Button>
      </div>
    </SubmitForm>
  );
}
