import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  MessageBarTitle,
  Select,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import {
  FOLLOW_UP_STATUSES,
  latestClosedPeriod,
  TERTIAL_SCHEME,
  transition,
  type ApprovalDecision,
  type FollowUp,
} from '@devplan/core/domain';
import { formatDateTime, periodLabel } from '@devplan/core/format';
import { followUpPatch, followUpSubmission, validate } from '@devplan/core/validation';
import { useCloseThenNavigate } from './ConfirmDialog.js';
import { useTab } from './data.js';
import {
  ConfirmDiscard,
  ConflictDialog,
  FormField,
  fromForm,
  useEntityForm,
  type EntityForm,
  type FieldSpec,
} from './form.js';
import { useT } from './i18n.js';
import { ErrorNotice, useOperation } from './operation.js';
import { PageHeading } from './PageHeading.js';
import { today } from './readiness.js';
import { routeHash } from './route.js';
import { StatusLabel } from './status.js';
import { usePageStyles } from './styles.js';

/** The content fields of a follow-up. */
export const FOLLOW_UP_FIELDS: readonly FieldSpec[] = [
  {
    name: 'status',
    kind: 'choice',
    label: 'tab.field.status',
    choices: FOLLOW_UP_STATUSES,
    choiceText: 'followUpStatus',
    required: true,
  },
  {
    name: 'progress',
    kind: 'number',
    label: 'tab.field.progress',
    hint: 'tab.hint.progress',
    required: true,
  },
  { name: 'summary', kind: 'note', label: 'tab.field.summary', hint: 'tab.hint.summary', required: true },
  { name: 'risks', kind: 'note', label: 'tab.field.risks' },
  { name: 'nextSteps', kind: 'note', label: 'tab.field.nextSteps' },
  { name: 'effectsSeen', kind: 'note', label: 'tab.field.effectsSeen' },
];

/** The period a new follow-up is written for by default: the latest closed period of the plan year, else the first. */
export function defaultPeriod(planYear: number, on: string): string {
  return latestClosedPeriod(TERTIAL_SCHEME, planYear, on)?.period ?? TERTIAL_SCHEME.periods[0]!.key;
}

/** Props of the follow-up form page. */
export interface FollowUpFormProps {
  id: number;
  onDone(notice: string | null): void;
}

/**
 * The follow-up form: choose the period, then write status, progress, summary, risks, next steps and
 * effects seen; save as draft, or submit for approval (summary required; nothing is saved until valid).
 * A follow-up already submitted or approved is shown read-only with the reason.
 */
export function FollowUpForm(props: FollowUpFormProps) {
  const tr = useT();
  const styles = usePageStyles();
  const { view, plan } = useTab();
  const initiative = view.initiatives.find((i) => i.id === props.id);
  const [period, setPeriod] = useState(() => defaultPeriod(plan.planYear, today()));
  const [pending, setPending] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const existing = view.followUps.find(
    (f) => f.initiativeId === props.id && f.periodYear === plan.planYear && f.period === period,
  );
  if (!initiative) {
    return (
      <div className={styles.page}>
        <PageHeading>{tr('tab.initiative.notFound')}</PageHeading>
      </div>
    );
  }
  const choose = (next: string) => (dirty ? setPending(next) : setPeriod(next));
  return (
    <div className={styles.page}>
      <Link href={routeHash({ page: 'initiative', id: props.id })}>{tr('tab.nav.backToInitiative')}</Link>
      <PageHeading>{tr('tab.followUp.heading', { title: initiative.title })}</PageHeading>
      <Field label={tr('tab.field.period')} hint={tr('tab.hint.period', { year: plan.planYear })}>
        <Select id="followup-period" value={period} onChange={(_, d) => choose(d.value)}>
          {TERTIAL_SCHEME.periods.map((p) => (
            <option key={p.key} value={p.key}>
              {periodLabel(tr.locale, { year: plan.planYear, period: p.key })}
            </option>
          ))}
        </Select>
      </Field>
      <FollowUpContentForm
        key={period}
        initiativeId={props.id}
        period={period}
        existing={existing}
        onDirty={setDirty}
        onDone={props.onDone}
      />
      <ConfirmDiscard
        open={pending !== null}
        onKeep={() => setPending(null)}
        onDiscard={() => {
          setPeriod(pending ?? period);
          setPending(null);
          setDirty(false);
        }}
      />
    </div>
  );
}

function FollowUpContentForm(props: {
  initiativeId: number;
  period: string;
  existing: FollowUp | undefined;
  onDirty(dirty: boolean): void;
  onDone(notice: string | null): void;
}) {
  const tr = useT();
  const styles = usePageStyles();
  const { port, plan, session, replace } = useTab();
  const { existing } = props;
  const blank: FollowUp = {
    id: 0,
    etag: '',
    planId: plan.id,
    initiativeId: props.initiativeId,
    periodYear: plan.planYear,
    period: props.period,
    status: 'onTrack',
    progress: 0,
    summary: '',
    risks: '',
    nextSteps: '',
    effectsSeen: '',
    state: 'draft',
    submittedById: null,
    submittedAt: null,
    version: 0,
  };
  const isNew = !existing;
  const form: EntityForm<FollowUp> = useEntityForm<FollowUp>({
    formId: 'followup',
    entity: existing ?? blank,
    specs: FOLLOW_UP_FIELDS,
    schema: followUpPatch,
    saveAll: isNew,
    save: (patch, etag, createKey): Promise<FollowUp> =>
      form.base.id === 0
        ? port.addFollowUp(
            {
              planId: plan.id,
              initiativeId: props.initiativeId,
              periodYear: plan.planYear,
              period: props.period,
              ...(patch as { status: FollowUp['status']; progress: number }),
            },
            createKey,
          )
        : port.updateFollowUp(form.base.id, patch, etag),
    reread: (): Promise<FollowUp> => port.getFollowUp(form.base.id),
    onSaved: (saved) => {
      replace('followUps', saved);
      props.onDone(tr('tab.saved.followUpDraft'));
    },
  });
  const { dirty } = form;
  const [confirming, setConfirming] = useState(false);
  const discardClosing = useCloseThenNavigate(confirming);
  const { onDirty } = props;
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  const editable = transition(form.base.state, 'edit');
  if (!editable.ok) {
    return (
      <section aria-labelledby="followup-readonly" className={styles.section}>
        <h2 id="followup-readonly" className={styles.subheading}>
          <StatusLabel status={{ kind: 'followUpState', value: form.base.state }} />
        </h2>
        <p className={styles.text}>{tr.pick(editable.reason)}</p>
        <dl className={styles.dl}>
          {FOLLOW_UP_FIELDS.map((s) => (
            <div key={s.name} style={{ display: 'contents' }}>
              <dt className={styles.dt}>{tr(s.label)}</dt>
              <dd className={styles.dd}>
                {s.name === 'status' ? (
                  <StatusLabel status={{ kind: 'followUpStatus', value: form.base.status }} />
                ) : s.name === 'progress' ? (
                  tr('tab.percent', { value: form.base.progress })
                ) : (
                  String((form.base as unknown as Record<string, unknown>)[s.name] ?? '') ||
                  tr('tab.value.empty')
                )}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    );
  }

  const submitForApproval = async () => {
    const checked = validate(followUpSubmission, fromForm(form.values, FOLLOW_UP_FIELDS));
    if (!checked.ok) {
      form.showIssues(checked.issues);
      return;
    }
    const saved = await form.save();
    if (!saved) return;
    replace('followUps', saved);
    const submitted = await form.operation.run(
      () => port.submitFollowUp(saved.id, saved.etag, session.user.id),
      {
        onValidation: form.showIssues,
      },
    );
    if (submitted) {
      replace('followUps', submitted);
      props.onDone(tr('tab.saved.followUpSubmitted'));
    }
  };

  return (
    <form
      className={styles.section}
      noValidate
      aria-busy={form.operation.busy}
      onSubmit={(e) => {
        e.preventDefault();
        void submitForApproval();
      }}
    >
      <p className={styles.text}>
        {isNew ? tr('tab.followUp.new') : tr('tab.followUp.existing')}{' '}
        <StatusLabel status={{ kind: 'followUpState', value: form.base.state }} />
      </p>
      {form.base.state === 'sentBack' && <SentBackNotice followUpId={form.base.id} />}
      {Object.keys(form.issues).length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody role="alert">
            {tr('tab.form.fixErrors', { count: Object.keys(form.issues).length })}
          </MessageBarBody>
        </MessageBar>
      )}
      {FOLLOW_UP_FIELDS.map((spec) => (
        <FormField
          key={spec.name}
          formId={form.formId}
          spec={spec}
          value={form.values[spec.name] ?? ''}
          issue={form.issues[spec.name]}
          onChange={(v) => form.setValue(spec.name, v)}
        />
      ))}
      <ErrorNotice error={form.operation.error} />
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={form.operation.busy}>
          {tr('tab.followUp.submit')}
        </Button>
        <Button type="button" disabled={form.operation.busy} onClick={() => void form.submit()}>
          {tr('tab.followUp.saveDraft')}
        </Button>
        <Button type="button" onClick={() => (dirty ? setConfirming(true) : props.onDone(null))}>
          {tr('tab.form.cancel')}
        </Button>
      </div>
      <ConflictDialog form={form} specs={FOLLOW_UP_FIELDS} />
      <ConfirmDiscard
        open={confirming}
        closing={discardClosing}
        onKeep={() => setConfirming(false)}
        onDiscard={() => {
          setConfirming(false);
          discardClosing.after(() => props.onDone(null));
        }}
      />
    </form>
  );
}

/** The last send-back of a follow-up, read when the form opens (null while reading or when there is none). */
function useLastSendBack(followUpId: number): { decision: ApprovalDecision | null; error: unknown } {
  const { port } = useTab();
  const operation = useOperation();
  const [decision, setDecision] = useState<ApprovalDecision | null>(null);
  const { run } = operation;
  useEffect(() => {
    void run(async () => {
      const decisions = await port.followUpDecisions(followUpId);
      setDecision(decisions.find((d) => d.decision === 'sentBack') ?? null);
    });
  }, [port, run, followUpId]);
  return { decision, error: operation.error };
}

const useNoticeStyles = makeStyles({ comment: { whiteSpace: 'pre-wrap' } });

/**
 * On top of a sent-back follow-up's form: who sent it back, when (Swedish time) and their comment, so the
 * person fixing it sees what to fix without leaving the form.
 */
function SentBackNotice(props: { followUpId: number }) {
  const tr = useT();
  const styles = useNoticeStyles();
  const { decision, error } = useLastSendBack(props.followUpId);
  if (!decision) return <ErrorNotice error={error} />;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {tr('tab.followUp.sentBackBy', {
            name: decision.decidedBy?.title ?? tr('tab.value.empty'),
            at: formatDateTime(tr.locale, decision.decidedAt),
          })}
        </MessageBarTitle>
        <span className={styles.comment}>{decision.comment}</span> {tr('tab.followUp.sentBackHint')}
      </MessageBarBody>
    </MessageBar>
  );
}
