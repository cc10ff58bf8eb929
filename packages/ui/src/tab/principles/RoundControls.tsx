import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { newCreateKey, type Plan, type PrincipleMatrix, type PrincipleRound } from '@devplan/core/domain';
import type { PrinciplesPort } from '@devplan/core';
import { principleRoundOpening, validate } from '@devplan/core/validation';
import { ConfirmDialog } from '../ConfirmDialog.js';
import { SubmitForm, useFieldIssues } from '../form.js';
import { useT } from '../i18n.js';
import { ErrorNotice, useOperation } from '../operation.js';
import { usePageStyles } from '../styles.js';
import { usePrinciplesStyles } from './styles.js';

/**
 * For plan administrators: close the open round (with how much is given), or, when none is open, name and open
 * the next one; either confirmed first. One round of a plan is open at a time.
 */
export function RoundControls(props: {
  port: PrinciplesPort;
  plan: Plan;
  open: PrincipleRound | null;
  matrix: PrincipleMatrix;
  onChanged(message: string, show: number | null): Promise<void>;
}) {
  const tr = useT();
  const page = usePageStyles();
  const styles = usePrinciplesStyles();
  const operation = useOperation();
  const issues = useFieldIssues();
  const [label, setLabel] = useState('');
  const [createKey, setCreateKey] = useState(newCreateKey);
  const [confirming, setConfirming] = useState(false);
  const { open } = props;

  const openRound = async () => {
    setConfirming(false);
    issues.show([]);
    const answer = await operation.run(
      () => props.port.openRound({ planId: props.plan.id, label }, createKey),
      { onValidation: issues.show },
    );
    if (!answer) return;
    setLabel('');
    setCreateKey(newCreateKey());
    await props.onChanged(tr('principles.admin.opened', { label: answer.round.label }), answer.round.id);
  };
  const closeRound = async (round: PrincipleRound) => {
    setConfirming(false);
    const answer = await operation.run(() => props.port.closeRound({ roundId: round.id, etag: round.etag }));
    if (answer)
      await props.onChanged(tr('principles.admin.closed', { label: answer.round.label }), answer.round.id);
  };

  return (
    <section aria-labelledby="principles-rounds" className={page.section}>
      <h2 id="principles-rounds" className={page.subheading}>
        {tr('principles.admin.heading')}
      </h2>
      {open ? (
        <div>
          <Button onClick={() => setConfirming(true)} disabledFocusable={operation.busy}>
            {tr('principles.admin.close', { label: open.label })}
          </Button>
        </div>
      ) : (
        <SubmitForm
          busy={operation.busy}
          className={`${page.section} ${styles.form}`}
          onSubmit={() => {
            // The name is checked before the question is asked; the server checks everything again.
            const checked = validate(principleRoundOpening, { planId: props.plan.id, label });
            issues.show(checked.ok ? [] : checked.issues);
            if (checked.ok) setConfirming(true);
          }}
        >
          <Field
            label={tr('principles.admin.label')}
            required
            hint={tr('principles.admin.labelHint', { year: props.plan.planYear })}
            {...issues.field('label')}
          >
            <Input
              id="principle-round-label"
              value={label}
              onChange={(_, d) => {
                setLabel(d.value);
                setCreateKey(newCreateKey());
              }}
            />
          </Field>
          <div>
            <Button type="submit" appearance="primary" disabledFocusable={operation.busy}>
              {tr('principles.admin.open')}
            </Button>
          </div>
        </SubmitForm>
      )}
      <ErrorNotice error={operation.error} />
      <ConfirmDialog
        open={confirming}
        id={open ? 'close-principle-round' : 'open-principle-round'}
        title={tr(open ? 'principles.admin.closeTitle' : 'principles.admin.openTitle')}
        confirmLabel={tr(open ? 'principles.admin.closeTitle' : 'principles.admin.open')}
        busy={operation.busy}
        onConfirm={() => void (open ? closeRound(open) : openRound())}
        onCancel={() => setConfirming(false)}
      >
        {open
          ? tr('principles.admin.closeConfirm', {
              label: open.label,
              filled: props.matrix.filled,
              total: props.matrix.total,
            })
          : tr('principles.admin.openConfirm', { label })}
      </ConfirmDialog>
    </section>
  );
}
