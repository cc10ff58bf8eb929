import { Button, Field, Input, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import {
  DECISION_STEPS,
  nextDecisionStep,
  STATUS_AFTER_STEP,
  STEP_BODIES,
  type Decision,
  type DecisionStep,
  type Plan,
} from '@devplan/core/domain';
import { formatDate } from '@devplan/core/format';
import type { PlansPort } from '@devplan/core';
import { decisionText } from '../../common/index.js';
import { ConfirmDialog, useCloseThenNavigate } from '../ConfirmDialog.js';
import { SubmitForm, useFieldIssues } from '../form.js';
import { useT } from '../i18n.js';
import { ErrorNotice, useOperation } from '../operation.js';
import { today } from '../readiness.js';
import { usePageStyles } from '../styles.js';

/**
 * The plan's decision chain: each step recorded (body, date, paragraph) or waiting, and for plan administrators a
 * form for the next step, confirmed before it is recorded (a recorded decision is not changed here).
 */
export function DecisionChain(props: {
  port: PlansPort;
  plan: Plan;
  decisions: readonly Decision[];
  administrator: boolean;
  onRecorded(plan: Plan, message: string): Promise<void>;
}) {
  const tr = useT();
  const styles = usePageStyles();
  const next = nextDecisionStep(props.plan.status);
  const byStep = new Map(props.decisions.filter((d) => d.step).map((d) => [d.step!, d]));
  return (
    <section aria-labelledby="plan-chain" className={styles.section}>
      <h2 id="plan-chain" className={styles.subheading}>
        {tr('plans.chain.heading', { year: props.plan.planYear })}
      </h2>
      <ol className={styles.list}>
        {DECISION_STEPS.map((step) => {
          const decision = byStep.get(step);
          return (
            <li key={step}>
              <strong>{tr(`plans.stepVerb.${step}`)}</strong>
              {': '}
              {decision ? decisionText(tr.locale, decision) : tr('plans.chain.waiting')}
            </li>
          );
        })}
      </ol>
      <p className={styles.text}>
        {next ? tr('plans.chain.next', { step: tr(`plans.stepVerb.${next}`) }) : tr('plans.chain.complete')}
      </p>
      {props.plan.status === 'approved' &&
        props.administrator &&
        today() > `${props.plan.planYear}-12-31` && (
          <CloseYear port={props.port} plan={props.plan} onClosed={props.onRecorded} />
        )}
      {next && props.administrator && (
        <DecisionForm
          key={next}
          port={props.port}
          plan={props.plan}
          step={next}
          onRecorded={props.onRecorded}
        />
      )}
    </section>
  );
}

function DecisionForm(props: {
  port: PlansPort;
  plan: Plan;
  step: DecisionStep;
  onRecorded(plan: Plan, message: string): Promise<void>;
}) {
  const tr = useT();
  const styles = usePageStyles();
  const operation = useOperation();
  const [body, setBody] = useState(STEP_BODIES[props.step]);
  const [date, setDate] = useState(today());
  const [paragraph, setParagraph] = useState('§ ');
  const [outcome, setOutcome] = useState('');
  const [notes, setNotes] = useState('');
  const [confirming, setConfirming] = useState(false);
  // The form goes away once the step is recorded (the next step's takes its place): only after the dialog has closed.
  const closing = useCloseThenNavigate(confirming);
  const issues = useFieldIssues();
  const status = tr(`planStatus.${STATUS_AFTER_STEP[props.step]}`);

  const record = async () => {
    setConfirming(false);
    issues.show([]);
    const answer = await operation.run(
      () =>
        props.port.recordDecision({
          planId: props.plan.id,
          step: props.step,
          body,
          date,
          paragraph,
          outcome,
          notes,
        }),
      { onValidation: issues.show },
    );
    if (answer)
      closing.after(() => void props.onRecorded(answer.plan, tr('plans.decision.recorded', { status })));
  };

  return (
    <SubmitForm busy={operation.busy} onSubmit={() => setConfirming(true)}>
      <h3 className={styles.minor}>
        {tr('plans.decision.heading', { step: tr(`plans.step.${props.step}`) })}
      </h3>
      <Field label={tr('plans.decision.body')} {...issues.field('body')}>
        <Input id="decision-body" value={body} onChange={(_, d) => setBody(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={tr('plans.decision.date')} required {...issues.field('date')}>
          <Input
            id="decision-date"
            type="date"
            value={date}
            max={today()}
            onChange={(_, d) => setDate(d.value)}
          />
        </Field>
        <Field
          label={tr('plans.decision.paragraph')}
          required
          hint={tr('plans.decision.paragraphHint')}
          {...issues.field('paragraph')}
        >
          <Input id="decision-paragraph" value={paragraph} onChange={(_, d) => setParagraph(d.value)} />
        </Field>
      </div>
      <Field label={tr('plans.decision.outcome')} required {...issues.field('outcome')}>
        <Textarea
          id="decision-outcome"
          value={outcome}
          resize="vertical"
          onChange={(_, d) => setOutcome(d.value)}
        />
      </Field>
      <Field label={tr('plans.decision.notes')} {...issues.field('notes')}>
        <Textarea
          id="decision-notes"
          value={notes}
          resize="vertical"
          onChange={(_, d) => setNotes(d.value)}
        />
      </Field>
      <ErrorNotice error={operation.error} />
      <div>
        <Button type="submit" appearance="primary" disabledFocusable={operation.busy}>
          {tr('plans.decision.submit')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        id="record-plan-decision"
        title={tr('plans.decision.heading', { step: tr(`plans.step.${props.step}`) })}
        confirmLabel={tr('plans.decision.submit')}
        busy={operation.busy}
        closing={closing}
        onConfirm={() => void record()}
        onCancel={() => setConfirming(false)}
      >
        {tr('plans.decision.confirm', {
          step: body,
          date: date ? formatDate(tr.locale, date) : '',
          paragraph,
          status,
        })}
      </ConfirmDialog>
    </SubmitForm>
  );
}

/** Closes an approved plan after its year, once confirmed (administrators). */
function CloseYear(props: {
  port: PlansPort;
  plan: Plan;
  onClosed(plan: Plan, message: string): Promise<void>;
}) {
  const tr = useT();
  const styles = usePageStyles();
  const operation = useOperation();
  const [confirming, setConfirming] = useState(false);
  const closing = useCloseThenNavigate(confirming);
  const year = props.plan.planYear;
  const close = async () => {
    setConfirming(false);
    const plan = await operation.run(() => props.port.closePlanYear(props.plan.id, props.plan.etag));
    if (plan) closing.after(() => void props.onClosed(plan, tr('plans.close.done', { year })));
  };
  return (
    <div className={styles.section}>
      <h3 className={styles.minor}>{tr('plans.close.heading')}</h3>
      <p className={styles.text}>{tr('plans.close.text', { year })}</p>
      <ErrorNotice error={operation.error} />
      <div>
        <Button onClick={() => setConfirming(true)} disabledFocusable={operation.busy}>
          {tr('plans.close.button', { year })}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        id="close-plan-year"
        title={tr('plans.close.heading')}
        confirmLabel={tr('plans.close.button', { year })}
        busy={operation.busy}
        closing={closing}
        onConfirm={() => void close()}
        onCancel={() => setConfirming(false)}
      >
        {tr('plans.close.confirm', { year })}
      </ConfirmDialog>
    </div>
  );
}

/** A success line after a change on the page. */
export function Notice(props: { text: string | null }) {
  return props.text ? (
    <MessageBar intent="success">
      <MessageBarBody>{props.text}</MessageBarBody>
    </MessageBar>
  ) : null;
}
