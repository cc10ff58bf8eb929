import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { Plan } from '@devplan/core/domain';
import type { PlansPort } from '@devplan/core';
import { useOverview } from '../data.js';
import { SubmitForm, useFieldIssues } from '../form.js';
import { useT } from '../i18n.js';
import { ErrorNotice, useOperation } from '../operation.js';
import { usePageStyles } from '../styles.js';

/**
 * The plan's own details for plan administrators while the plan is on its way: name, case number, summary,
 * principles (one per line) and the requested budget, saved at the ETag read (someone else's save first is
 * told, nothing is overwritten).
 */
export function PlanDetailsForm(props: {
  port: PlansPort;
  plan: Plan;
  onSaved(message: string): Promise<void>;
}) {
  const tr = useT();
  const styles = usePageStyles();
  const { refresh } = useOverview();
  const operation = useOperation();
  const issues = useFieldIssues();
  const [title, setTitle] = useState(props.plan.title);
  const [caseNumber, setCaseNumber] = useState(props.plan.caseNumber);
  const [summary, setSummary] = useState(props.plan.summary);
  const [principles, setPrinciples] = useState(props.plan.principles.join('\n'));
  const [budget, setBudget] = useState(
    props.plan.budgetRequested === null ? '' : String(props.plan.budgetRequested),
  );

  const save = async () => {
    issues.show([]);
    const saved = await operation.run(
      () =>
        props.port.updatePlan({
          planId: props.plan.id,
          etag: props.plan.etag,
          title,
          caseNumber,
          summary,
          principles: principles
            .split('\n')
            .map((p) => p.trim())
            .filter(Boolean),
          budgetRequested: budget.trim() === '' ? null : Number(budget.replace(',', '.')),
        }),
      { onValidation: issues.show },
    );
    if (!saved) return;
    await refresh();
    await props.onSaved(tr('plans.details.saved'));
  };

  return (
    <SubmitForm busy={operation.busy} onSubmit={() => void save()}>
      <h2 className={styles.subheading}>{tr('plans.details.heading')}</h2>
      <Field label={tr('plans.new.title')} required {...issues.field('title')}>
        <Input id="plan-title" value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={tr('plans.new.caseNumber')} required {...issues.field('caseNumber')}>
          <Input id="plan-case" value={caseNumber} onChange={(_, d) => setCaseNumber(d.value)} />
        </Field>
        <Field label={tr('plans.details.budget')} {...issues.field('budgetRequested')}>
          <Input
            id="plan-budget"
            inputMode="decimal"
            value={budget}
            onChange={(_, d) => setBudget(d.value)}
          />
        </Field>
      </div>
      <Field label={tr('plans.details.summary')} {...issues.field('summary')}>
        <Textarea
          id="plan-summary"
          value={summary}
          resize="vertical"
          onChange={(_, d) => setSummary(d.value)}
        />
      </Field>
      <Field label={tr('plans.details.principles')} {...issues.field('principles')}>
        <Textarea
          id="plan-principles"
          value={principles}
          resize="vertical"
          onChange={(_, d) => setPrinciples(d.value)}
        />
      </Field>
      <ErrorNotice error={operation.error} />
      <div>
        <Button type="submit" disabledFocusable={operation.busy}>
          {tr('plans.details.save')}
        </Button>
      </div>
    </SubmitForm>
  );
}
