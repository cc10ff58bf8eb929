import {
  Button,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DecisionOutcome, FieldIssue, FollowUp, FollowUpState } from '@devplan/core/domain';
import { formatDate, formatDateTime, periodLabel } from '@devplan/core/format';
import { approvalDecisionInput, validate } from '@devplan/core/validation';
import { ConfirmDialog } from './ConfirmDialog.js';
import { useHeldView, useOverview } from './data.js';
import { issuesByField } from './form.js';
import { useT } from './i18n.js';
import { ErrorNotice, useOperation, type OperationHandlers } from './operation.js';
import type { ApprovalAnswer, ApprovalRequest, PendingApproval, TabDataPort } from '@devplan/core';
import { routeHash } from './route.js';
import { StatusLabel } from './status.js';
import { usePageStyles } from './styles.js';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    maxWidth: '48rem',
  },
  items: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalM },
});

/** The follow-ups waiting for the signed-in person's decision, read from the app server, and a way to read them again. */
export function usePendingApprovals() {
  const { port } = useOverview();
  const operation = useOperation();
  const [pending, setPending] = useState<PendingApproval[] | null>(null);
  const { run } = operation;
  const load = useCallback(async () => {
    await run(async () => setPending(await port.pendingApprovals()));
  }, [port, run]);
  useEffect(() => {
    void load();
  }, [load]);
  return { pending, operation, reload: load };
}

/** How long the tab waits for a recorded decision to be completed before it reads the plan anyway. */
const COMPLETION_PATIENCE_MS = 15_000;

/**
 * Reads the follow-up until its state is `state` (the decision completed), every 300 ms at first and less often
 * after, at most `COMPLETION_PATIENCE_MS`; a failed read ends the wait (the page's read after it shows the truth).
 */
async function untilCompleted(port: TabDataPort, followUpId: number, state: FollowUpState): Promise<void> {
  const until = Date.now() + COMPLETION_PATIENCE_MS;
  for (let pause = 300; Date.now() < until; pause = Math.min(pause * 1.5, 2000)) {
    try {
      if ((await port.getFollowUp(followUpId)).state === state) return;
    } catch (error) {
      console.warn(`[approvals] the decided follow-up could not be read: ${(error as Error).message}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/**
 * Approve or send back from the tab (for approvers and their active deputies): each waiting follow-up with
 * its content, a comment (required to send back, checked next to the field before anything is sent), and a
 * confirmation. The app server records the decision with the signed-in person's token and answers why when
 * it may not (already decided, not theirs, changed meanwhile); the list and the plan are read again after.
 */
export function PendingApprovals(props: {
  /** Only this initiative's follow-ups (the initiative page); all when absent (the personal view). */
  initiativeId?: number;
  headingId: string;
  /** Shown when nothing waits (the initiative page shows nothing at all then). */
  emptyText?: string;
}) {
  const tr = useT();
  const styles = usePageStyles();
  const own = useStyles();
  const { port, refresh } = useOverview();
  const { pending, operation, reload } = usePendingApprovals();
  const decision = useOperation();
  const [notice, setNotice] = useState<string | null>(null);
  // One confirmation for the list, kept mounted: a decided item leaves the list while its dialog closes.
  const [asking, setAsking] = useState<{
    request: ApprovalRequest;
    subject: string;
    handlers: OperationHandlers;
  } | null>(null);

  const shown = (pending ?? []).filter(
    (p) => props.initiativeId === undefined || p.initiativeId === props.initiativeId,
  );
  const texts = useWaitingTexts(shown);

  const decide = async (request: ApprovalRequest, handlers: OperationHandlers) => {
    setNotice(null);
    let invalid = false;
    const answer = await decision.run(() => port.decideFollowUp(request), {
      onValidation: (issues) => {
        invalid = true;
        handlers.onValidation?.(issues);
      },
    });
    if (invalid) return undefined;
    if (answer) setNotice(noticeOf(answer, request.decision));
    // The server answers once the decision is recorded and completes it (state, publication, audit) from a
    // queue within seconds: wait until the follow-up shows it, so the plan read next shows it too.
    if (answer?.status === 'recorded') await untilCompleted(port, request.followUpId, answer.followUpState);
    // Read again after every decision, recorded or refused: a refused one is usually out of date.
    await Promise.all([reload(), refresh()]);
    return answer;
  };

  const noticeOf = (answer: ApprovalAnswer, outcome: DecisionOutcome) =>
    answer.status === 'repeated'
      ? tr('tab.approval.repeated')
      : outcome === 'approved'
        ? tr('tab.approval.approved')
        : tr('tab.approval.sentBack');

  const confirm = async () => {
    if (!asking) return;
    setAsking(null);
    await decide(asking.request, asking.handlers);
  };

  const quiet = !notice && !decision.error && !operation.error && !asking;
  if (props.initiativeId !== undefined && shown.length === 0 && quiet) return null;

  return (
    <section aria-labelledby={props.headingId} className={styles.section}>
      <h2 id={props.headingId} className={styles.subheading}>
        {tr('tab.mine.pending')}
      </h2>
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorNotice error={decision.error} />
      <ErrorNotice error={operation.error} />
      <ErrorNotice error={texts.error} />
      {pending === null && operation.busy && <Spinner size="tiny" label={tr('tab.loading.approvals')} />}
      {pending !== null && shown.length === 0 && props.emptyText && (
        <p className={styles.text}>{props.emptyText}</p>
      )}
      {shown.length > 0 && (
        <ul className={own.items}>
          {shown.map((p) => (
            <li key={`${p.followUpId}@${p.version}`} className={own.item}>
              <DecisionForm
                pending={p}
                followUp={texts.byId.get(p.followUpId)}
                reading={texts.reading}
                busy={decision.busy}
                ask={(request, subject, handlers) => setAsking({ request, subject, handlers })}
                linked={props.initiativeId === undefined}
              />
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={asking !== null}
        id={`confirm-decision-${props.headingId}`}
        title={
          asking?.request.decision === 'sentBack'
            ? tr('tab.approval.confirmSendBack')
            : tr('tab.approval.confirmApprove')
        }
        confirmLabel={
          asking?.request.decision === 'sentBack' ? tr('tab.approval.sendBack') : tr('tab.approval.approve')
        }
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(null)}
      >
        <p>{asking?.subject}</p>
        <p>{tr('tab.approval.confirmText')}</p>
      </ConfirmDialog>
    </section>
  );
}

/**
 * The waiting follow-ups' texts: from the view the page holds (the initiative's part on its page), the rest read
 * in one request (the personal view paints from the overview's columns, which have no texts).
 */
function useWaitingTexts(shown: readonly PendingApproval[]): {
  byId: ReadonlyMap<number, FollowUp>;
  reading: boolean;
  error: unknown;
} {
  const { port } = useOverview();
  const held = useHeldView();
  const [read, setRead] = useState<{ key: string; followUps?: FollowUp[]; error?: unknown } | null>(null);
  const heldIds = new Set(held?.followUps.map((f) => f.id));
  const key = shown
    .filter((p) => !heldIds.has(p.followUpId))
    .map((p) => `${p.followUpId}@${p.version}`)
    .join(',');
  useEffect(() => {
    if (!key) return;
    let current = true;
    const ids = key.split(',').map((k) => Number(k.split('@')[0]));
    port.getFollowUps(ids).then(
      (followUps) => current && setRead({ key, followUps }),
      (error: unknown) => current && setRead({ key, error }),
    );
    return () => {
      current = false;
    };
  }, [key, port]);
  const answer = read?.key === key ? read : null;
  const byId = new Map<number, FollowUp>();
  for (const f of answer?.followUps ?? []) byId.set(f.id, f);
  for (const f of held?.followUps ?? []) byId.set(f.id, f);
  return { byId, reading: key !== '' && !answer, error: answer?.error ?? null };
}

/** One waiting follow-up: what it says, the comment, and the two decisions (each confirmed first). */
function DecisionForm(props: {
  pending: PendingApproval;
  /** Its texts, once read (none when they could not be). */
  followUp: FollowUp | undefined;
  /** Whether its texts are being read. */
  reading: boolean;
  /** Links to the initiative page (in the personal view). */
  linked: boolean;
  busy: boolean;
  /** Asks for confirmation of a valid decision. */
  ask(request: ApprovalRequest, subject: string, handlers: OperationHandlers): void;
}) {
  const tr = useT();
  const styles = usePageStyles();
  const { view } = useOverview();
  const { pending, followUp } = props;
  const [comment, setComment] = useState('');
  const [issue, setIssue] = useState<FieldIssue | null>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const initiative = view.initiatives.find((i) => i.id === pending.initiativeId);
  const period = periodLabel(tr.locale, { year: pending.periodYear, period: pending.period });
  const fieldId = `decision-comment-${pending.followUpId}`;
  const none = tr('tab.value.empty');
  const subject = tr('tab.approval.subject', { initiative: initiative?.title ?? none, period });

  const showIssues = (issues: FieldIssue[]) => {
    setIssue(issuesByField(issues)['comment'] ?? issues[0] ?? null);
    commentRef.current?.focus();
  };

  const ask = (outcome: DecisionOutcome) => {
    const checked = validate(approvalDecisionInput, {
      followUpId: pending.followUpId,
      decision: outcome,
      comment,
    });
    if (!checked.ok) {
      showIssues(checked.issues);
      return;
    }
    setIssue(null);
    props.ask(
      {
        followUpId: pending.followUpId,
        version: pending.version,
        decision: outcome,
        comment: comment.trim(),
      },
      subject,
      { onValidation: showIssues },
    );
  };

  return (
    <>
      <h3 className={styles.minor}>{subject}</h3>
      {pending.onBehalfOf && (
        <p className={styles.text}>{tr('tab.approval.onBehalfOf', { name: pending.onBehalfOf })}</p>
      )}
      {pending.submittedAt && pending.remindAt && pending.escalateAt && (
        <p className={styles.text}>
          {tr('tab.approval.schedule', {
            submitted: formatDateTime(tr.locale, pending.submittedAt),
            remind: formatDate(tr.locale, pending.remindAt),
            escalate: formatDate(tr.locale, pending.escalateAt),
          })}
        </p>
      )}
      {props.linked && (
        <Link href={routeHash({ page: 'initiative', id: pending.initiativeId })}>
          {tr('tab.approval.openInitiative', { initiative: initiative?.title ?? none })}
        </Link>
      )}
      {!followUp && props.reading && <Spinner size="tiny" label={tr('tab.loading.followUp')} />}
      {followUp && (
        <dl className={styles.dl}>
          <dt className={styles.dt}>{tr('tab.field.status')}</dt>
          <dd className={styles.dd}>
            <StatusLabel status={{ kind: 'followUpStatus', value: followUp.status }} />
          </dd>
          <dt className={styles.dt}>{tr('tab.field.progress')}</dt>
          <dd className={styles.dd}>{tr('tab.percent', { value: followUp.progress })}</dd>
          <dt className={styles.dt}>{tr('tab.field.summary')}</dt>
          <dd className={styles.dd}>{followUp.summary || none}</dd>
          <dt className={styles.dt}>{tr('tab.field.risks')}</dt>
          <dd className={styles.dd}>{followUp.risks || none}</dd>
          <dt className={styles.dt}>{tr('tab.field.nextSteps')}</dt>
          <dd className={styles.dd}>{followUp.nextSteps || none}</dd>
        </dl>
      )}
      <Field
        label={tr('tab.approval.comment')}
        hint={tr('tab.approval.commentHint')}
        validationState={issue ? 'error' : 'none'}
        validationMessage={issue ? tr.pick(issue.message) : undefined}
      >
        <Textarea
          id={fieldId}
          ref={commentRef}
          value={comment}
          resize="vertical"
          rows={3}
          onChange={(_, d) => {
            setComment(d.value);
            if (issue) setIssue(null);
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={props.busy} onClick={() => ask('approved')}>
          {tr('tab.approval.approve')}
        </Button>
        <Button disabled={props.busy} onClick={() => ask('sentBack')}>
          {tr('tab.approval.sendBack')}
        </Button>
        {props.busy && <Spinner size="tiny" label={tr('tab.approval.recording')} />}
      </div>
    </>
  );
}
