import { Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  checkMeasurement,
  newCreateKey,
  type Effect,
  type FieldIssue,
  type Measurement,
  type MeasurementDraft,
} from '@devplan/core/domain';
import { useTab } from '../data.js';
import { useT } from '../i18n.js';
import { FormActions } from '../form.js';
import { ErrorNotice, useOperation } from '../operation.js';
import { today } from '../readiness.js';

const FIELDS = ['value', 'measuredAt', 'comment'] as const;

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '32rem',
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
});

/** The id of a measurement form's field (for labels, focus and tests). */
export function measurementFieldId(effectId: number, field: (typeof FIELDS)[number]): string {
  return `measurement-${effectId}-${field}`;
}

/**
 * Records a measurement of an effect: value (a number in the effect's unit), date and comment. Everything is
 * checked before anything is sent (unit, real date, not in the future, not before the baseline), with the
 * message next to its field in the user's language; the data layer checks the same again.
 */
export function MeasurementForm(props: {
  effect: Effect;
  onSaved(measurement: Measurement): void;
  onCancel(): void;
}) {
  const tr = useT();
  const styles = useStyles();
  const { port } = useTab();
  const operation = useOperation();
  const { effect } = props;
  const [draft, setDraft] = useState<MeasurementDraft>({ value: '', measuredAt: today(), comment: '' });
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  // One key per measurement being written: a repeated save after an error finds the first write.
  const [createKey, setCreateKey] = useState(newCreateKey);
  const dirty = draft.value.trim() !== '' || draft.comment.trim() !== '';
  const focusPending = useRef(false);
  const unit = effect.unit.trim();

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const first = FIELDS.find((f) => issues[f]);
    if (first) document.getElementById(measurementFieldId(effect.id, first))?.focus();
  }, [issues, effect.id]);

  const show = (list: FieldIssue[]) => {
    const byField: Record<string, FieldIssue> = {};
    for (const issue of list) byField[issue.path] ??= issue;
    focusPending.current = true;
    setIssues(byField);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkMeasurement(effect, draft, today());
    if (!checked.ok) {
      show(checked.issues);
      return;
    }
    setIssues({});
    const saved = await operation.run(() => port.addMeasurement(checked.value, createKey), {
      onValidation: show,
    });
    if (saved) {
      setCreateKey(newCreateKey());
      props.onSaved(saved);
    }
  };

  const set = (field: keyof MeasurementDraft) => (value: string) =>
    setDraft((d) => ({ ...d, [field]: value }));
  const message = (field: string) => (issues[field] ? tr.pick(issues[field]!.message) : undefined);
  const state = (field: string) => (issues[field] ? 'error' : 'none');
  const count = Object.keys(issues).length;
  const headingId = `measurement-${effect.id}-heading`;

  return (
    <form
      className={styles.form}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={headingId}
      aria-busy={operation.busy}
    >
      <h4 id={headingId} className={styles.heading}>
        {tr('effects.form.heading', { title: effect.title })}
      </h4>
      {count > 0 && <p role="alert">{tr('effects.form.fixErrors', { count })}</p>}
      <Field
        label={unit ? tr('effects.field.valueIn', { unit }) : tr('effects.field.value')}
        required
        hint={unit ? tr('effects.hint.value', { unit }) : tr('effects.hint.valueNoUnit')}
        validationState={state('value')}
        validationMessage={message('value')}
      >
        <Input
          id={measurementFieldId(effect.id, 'value')}
          inputMode="decimal"
          value={draft.value}
          onChange={(_, d) => set('value')(d.value)}
        />
      </Field>
      <Field
        label={tr('effects.field.measuredAt')}
        required
        hint={tr('effects.hint.measuredAt')}
        validationState={state('measuredAt')}
        validationMessage={message('measuredAt')}
      >
        <Input
          id={measurementFieldId(effect.id, 'measuredAt')}
          type="date"
          value={draft.measuredAt}
          max={today()}
          min={effect.baselineDate ?? undefined}
          onChange={(_, d) => set('measuredAt')(d.value)}
        />
      </Field>
      <Field
        label={tr('effects.field.comment')}
        validationState={state('comment')}
        validationMessage={message('comment')}
      >
        <Textarea
          id={measurementFieldId(effect.id, 'comment')}
          value={draft.comment}
          resize="vertical"
          onChange={(_, d) => set('comment')(d.value)}
        />
      </Field>
      <ErrorNotice error={operation.error} />
      <FormActions
        className={styles.actions}
        busy={operation.busy}
        dirty={dirty}
        save="effects.action.save"
        saving="effects.action.saving"
        cancel="effects.action.cancel"
        onCancel={props.onCancel}
      />
    </form>
  );
}
