import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import { newCreateKey, type FieldIssue, type Stored, type UserRef } from '@devplan/core/domain';
import { formatDate } from '@devplan/core/format';
import type { StringKey } from '@devplan/core/i18n';
import { validate } from '@devplan/core/validation';
import { useCloseThenNavigate, type CloseThenNavigate } from './ConfirmDialog.js';
import { useT, type Translator } from './i18n.js';
import { ErrorNotice, useOperation, type Operation } from './operation.js';
import { usePageStyles } from './styles.js';

/** How a form field is edited. */
export type FieldKind = 'text' | 'note' | 'number' | 'date' | 'choice' | 'user' | 'lines';

/** One editable field of an entity. */
export interface FieldSpec {
  name: string;
  kind: FieldKind;
  label: StringKey;
  hint?: StringKey;
  required?: boolean;
  /** For choices: the values, and the string-table prefix of their texts (`activityStatus`). */
  choices?: readonly string[];
  choiceText?: string;
}

/** Form values: every field as the text its control holds. */
export type FormValues = Record<string, string>;

/** An entity's values as form texts. */
export function toForm(entity: object, specs: readonly FieldSpec[]): FormValues {
  const source = entity as Record<string, unknown>;
  return Object.fromEntries(
    specs.map((s) => {
      const v = source[s.name];
      if (Array.isArray(v)) return [s.name, v.join('\n')];
      return [s.name, v === null || v === undefined ? '' : String(v)];
    }),
  );
}

/** Form texts back to typed values: numbers parsed (text kept when not a number, so validation names it), '' → null for optional numbers, dates and people. */
export function fromForm(values: FormValues, specs: readonly FieldSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of specs) {
    if (!(s.name in values)) continue;
    const raw = values[s.name] ?? '';
    if (s.kind === 'number' || s.kind === 'user') {
      const trimmed = raw.trim().replace(',', '.');
      out[s.name] =
        trimmed === ''
          ? s.required
            ? undefined
            : null
          : Number.isNaN(Number(trimmed))
            ? raw
            : Number(trimmed);
    } else if (s.kind === 'date') out[s.name] = raw === '' ? null : raw;
    else if (s.kind === 'lines')
      out[s.name] = raw
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    else out[s.name] = raw;
  }
  return out;
}

/** Issues keyed by their field (the first per field). */
export function issuesByField(issues: readonly FieldIssue[]): Record<string, FieldIssue> {
  const out: Record<string, FieldIssue> = {};
  for (const issue of issues) {
    const field = issue.path.split('.')[0] ?? issue.path;
    out[field] ??= issue;
  }
  return out;
}

/** The field issues of a small hand-made form, and what each Fluent `Field` shows for them. */
export interface FieldIssues {
  /** The first issue of each field. */
  issues: Record<string, FieldIssue>;
  /** Replaces the issues (an empty list clears them). */
  show(list: readonly FieldIssue[]): void;
  /** The `validationState` and `validationMessage` of a field's `Field`, in the current language. */
  field(name: string): { validationState: 'error' | 'none'; validationMessage: string | undefined };
}

/** Issues shown next to their fields, for forms not built by `useEntityForm`. */
export function useFieldIssues(): FieldIssues {
  const tr = useT();
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  const show = useCallback((list: readonly FieldIssue[]) => setIssues(issuesByField(list)), []);
  const field = (name: string) => {
    const issue = issues[name];
    return issue
      ? { validationState: 'error' as const, validationMessage: tr.pick(issue.message) }
      : { validationState: 'none' as const, validationMessage: undefined };
  };
  return { issues, show, field };
}

/**
 * A form of the tab's own (not built by `useEntityForm`): browser validation off (the messages come from the
 * core, next to their fields), busy while `busy`, and `onSubmit` without the page reloading.
 */
export function SubmitForm(props: {
  busy: boolean;
  onSubmit(): void;
  className?: string;
  children: ReactNode;
}) {
  const styles = usePageStyles();
  return (
    <form
      className={props.className ?? styles.section}
      noValidate
      aria-busy={props.busy}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      {props.children}
    </form>
  );
}

/** The text a field's value shows (choices by their text, people by name, dates as the language writes them). */
export function displayValue(
  tr: Translator,
  spec: FieldSpec,
  value: unknown,
  users: readonly UserRef[] = [],
): string {
  if (value === null || value === undefined || value === '') return tr('tab.value.empty');
  if (Array.isArray(value)) return value.length ? value.join(', ') : tr('tab.value.empty');
  if (spec.kind === 'choice' && spec.choiceText)
    return tr(`${spec.choiceText}.${String(value)}` as StringKey);
  if (spec.kind === 'user')
    return users.find((u) => u.id === Number(value))?.title ?? tr('tab.value.person', { id: String(value) });
  if (spec.kind === 'date') return formatDate(tr.locale, String(value));
  return String(value);
}

const useFieldStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '48rem' },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

/** One labelled control with its hint and its validation message next to it. */
export function FormField(props: {
  formId: string;
  spec: FieldSpec;
  value: string;
  issue?: FieldIssue;
  users?: readonly UserRef[];
  disabled?: boolean;
  onChange(value: string): void;
}) {
  const tr = useT();
  const { spec, formId } = props;
  const id = `${formId}-${spec.name}`;
  const change = (value: string) => props.onChange(value);
  let control: ReactNode;
  switch (spec.kind) {
    case 'note':
      control = (
        <Textarea
          id={id}
          value={props.value}
          resize="vertical"
          rows={4}
          onChange={(_, d) => change(d.value)}
        />
      );
      break;
    case 'lines':
      control = (
        <Textarea
          id={id}
          value={props.value}
          resize="vertical"
          rows={3}
          onChange={(_, d) => change(d.value)}
        />
      );
      break;
    case 'choice':
    case 'user':
      control = (
        <Select id={id} value={props.value} onChange={(_, d) => change(d.value)}>
          {!spec.required && <option value="">{tr('tab.value.none')}</option>}
          {spec.kind === 'choice'
            ? (spec.choices ?? []).map((c) => (
                <option key={c} value={c}>
                  {spec.choiceText ? tr(`${spec.choiceText}.${c}` as StringKey) : c}
                </option>
              ))
            : (props.users ?? []).map((u) => (
                <option key={u.id} value={String(u.id)}>
                  {u.title}
                </option>
              ))}
        </Select>
      );
      break;
    case 'number':
      control = (
        <Input id={id} inputMode="decimal" value={props.value} onChange={(_, d) => change(d.value)} />
      );
      break;
    case 'date':
      control = <Input id={id} type="date" value={props.value} onChange={(_, d) => change(d.value)} />;
      break;
    default:
      control = <Input id={id} value={props.value} onChange={(_, d) => change(d.value)} />;
  }
  return (
    <Field
      label={tr(spec.label)}
      required={spec.required ?? false}
      hint={spec.hint ? tr(spec.hint) : undefined}
      validationState={props.issue ? 'error' : 'none'}
      validationMessage={props.issue ? tr.pick(props.issue.message) : undefined}
    >
      {control}
    </Field>
  );
}

/** A conflict: what the server holds now, and the change the user tried to save. */
export interface Conflict<E> {
  server: E;
  mine: Record<string, unknown>;
}

/** The state and actions of an entity edit form with validation and conflict handling. */
export interface EntityForm<E> {
  formId: string;
  values: FormValues;
  issues: Record<string, FieldIssue>;
  conflict: Conflict<E> | null;
  base: E;
  operation: Operation;
  setValue(name: string, value: string): void;
  /** Validates and saves; calls `onSaved`. */
  submit(event?: FormEvent): Promise<void>;
  /** Validates and saves without calling `onSaved`; resolves to the saved entity, or undefined. */
  save(): Promise<E | undefined>;
  /** Shows issues next to their fields and focuses the first. */
  showIssues(issues: FieldIssue[]): void;
  reload(): void;
  reapply(): Promise<void>;
  dirty: boolean;
  /** The conflict dialog's closing: `onSaved` after a reapply waits for it, so the page is left only once it is gone. */
  conflictClosing: CloseThenNavigate;
}

/** Focuses the first invalid field, so keyboard and screen-reader users land on what to fix. */
export function focusFirstInvalid(
  formId: string,
  specs: readonly { name: string }[],
  issues: Record<string, unknown>,
): void {
  const first = specs.find((s) => issues[s.name]);
  if (first) document.getElementById(`${formId}-${first.name}`)?.focus();
}

/**
 * An edit form over one entity read at an ETag: saves only the changed fields, validates them with the
 * schema first (nothing is sent until valid), and on a stale ETag re-reads the item so the conflict
 * dialog can show what changed and let the user reload or reapply.
 */
export function useEntityForm<E extends Stored>(options: {
  formId: string;
  entity: E;
  specs: readonly FieldSpec[];
  schema: z.ZodType;
  /** Writes the change; `createKey` is this form's one key for a create, the same on every attempt. */
  save(patch: Record<string, unknown>, etag: string, createKey: string): Promise<E>;
  reread(): Promise<E>;
  onSaved(entity: E): void;
  /** Send every field, not only the changed ones (creating a new item). */
  saveAll?: boolean;
}): EntityForm<E> {
  const { specs, formId } = options;
  const [base, setBase] = useState<E>(options.entity);
  const [values, setValues] = useState<FormValues>(() => toForm(options.entity, specs));
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  const [conflict, setConflict] = useState<Conflict<E> | null>(null);
  const operation = useOperation();
  // One key per form: saving a new item again after an error (its first answer lost) finds the first write.
  const [createKey] = useState(newCreateKey);
  const focusPending = useRef(false);
  const conflictClosing = useCloseThenNavigate(conflict !== null);

  useEffect(() => {
    if (focusPending.current) {
      focusPending.current = false;
      focusFirstInvalid(formId, specs, issues);
    }
  }, [issues, formId, specs]);

  const changed = useCallback(
    (from: E, current: FormValues) => {
      const before = toForm(from, specs);
      const names = specs.filter((s) => current[s.name] !== before[s.name]);
      return fromForm(Object.fromEntries(names.map((s) => [s.name, current[s.name] ?? ''])), names);
    },
    [specs],
  );

  const showIssues = (list: FieldIssue[]) => {
    focusPending.current = true;
    setIssues(issuesByField(list));
  };

  const write = async (patch: Record<string, unknown>, etag: string): Promise<E | undefined> => {
    const saved = await operation.run(() => options.save(patch, etag, createKey), {
      onValidation: showIssues,
      onConflict: () => {
        void operation.run(async () => setConflict({ server: await options.reread(), mine: patch }));
      },
    });
    if (saved) {
      setBase(saved);
      setValues(toForm(saved, specs));
    }
    return saved;
  };

  const save = async (): Promise<E | undefined> => {
    const patch = options.saveAll ? fromForm(values, specs) : changed(base, values);
    const checked = validate(options.schema, patch);
    if (!checked.ok) {
      showIssues(checked.issues);
      return undefined;
    }
    setIssues({});
    if (!options.saveAll && Object.keys(patch).length === 0) return base;
    return write(patch, base.etag);
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const saved = await save();
    if (saved) options.onSaved(saved);
  };

  return {
    formId,
    values,
    issues,
    conflict,
    base,
    operation,
    dirty: Object.keys(changed(base, values)).length > 0,
    conflictClosing,
    setValue: (name, value) => setValues((v) => ({ ...v, [name]: value })),
    submit,
    save,
    showIssues,
    reload: () => {
      if (!conflict) return;
      setBase(conflict.server);
      setValues(toForm(conflict.server, specs));
      setConflict(null);
    },
    reapply: async () => {
      if (!conflict) return;
      const { server, mine } = conflict;
      setBase(server);
      setValues({
        ...toForm(server, specs),
        ...toForm(
          mine,
          specs.filter((s) => s.name in mine),
        ),
      });
      setConflict(null);
      const saved = await write(mine, server.etag);
      if (saved) conflictClosing.after(() => options.onSaved(saved));
    },
  };
}

const useConflictStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', marginTop: tokens.spacingVerticalS },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * "Someone else saved first": shows, per field, the value when the user opened the form, the value saved
 * by the other person, and the user's own change; the user reloads (drops theirs) or reapplies theirs on top.
 */
export function ConflictDialog<E extends Stored>(props: {
  form: EntityForm<E>;
  specs: readonly FieldSpec[];
  users?: readonly UserRef[];
}) {
  const tr = useT();
  const styles = useConflictStyles();
  const hidden = usePageStyles();
  const { base } = props.form;
  // Once opened, the dialog stays mounted and closes through `open`, so Fluent gives back what it hid from
  // assistive technology; while closing it shows the conflict it was opened for.
  const last = useRef<Conflict<E> | null>(null);
  if (props.form.conflict) last.current = props.form.conflict;
  const conflict = last.current;
  if (!conflict) return null;
  const before = base as unknown as Record<string, unknown>;
  const server = conflict.server as unknown as Record<string, unknown>;
  const rows = props.specs.filter(
    (s) =>
      s.name in conflict.mine ||
      JSON.stringify(before[s.name] ?? null) !== JSON.stringify(server[s.name] ?? null),
  );
  const show = (spec: FieldSpec, value: unknown) => displayValue(tr, spec, value, props.users);
  return (
    <Dialog
      open={props.form.conflict !== null}
      modalType="alert"
      surfaceMotion={props.form.conflictClosing.surfaceMotion}
    >
      <DialogSurface aria-describedby="conflict-intro">
        <DialogBody>
          <DialogTitle>{tr('tab.conflict.title')}</DialogTitle>
          <DialogContent>
            <p id="conflict-intro">{tr('tab.conflict.intro')}</p>
            <table className={styles.table}>
              <caption className={hidden.visuallyHidden}>{tr('tab.conflict.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className={styles.cell}>
                    {tr('tab.conflict.field')}
                  </th>
                  <th scope="col" className={styles.cell}>
                    {tr('tab.conflict.before')}
                  </th>
                  <th scope="col" className={styles.cell}>
                    {tr('tab.conflict.theirs')}
                  </th>
                  <th scope="col" className={styles.cell}>
                    {tr('tab.conflict.mine')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((spec) => (
                  <tr key={spec.name}>
                    <th scope="row" className={styles.cell}>
                      {tr(spec.label)}
                    </th>
                    <td className={styles.cell}>{show(spec, before[spec.name])}</td>
                    <td className={styles.cell}>{show(spec, server[spec.name])}</td>
                    <td className={styles.cell}>
                      {spec.name in conflict.mine
                        ? show(spec, conflict.mine[spec.name])
                        : tr('tab.conflict.unchanged')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void props.form.reapply()}>
              {tr('tab.conflict.reapply')}
            </Button>
            <Button onClick={props.form.reload}>{tr('tab.conflict.reload')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** A whole edit form: fields, error notice, save and cancel, and the conflict dialog. */
export function EntityFormView<E extends Stored>(props: {
  form: EntityForm<E>;
  specs: readonly FieldSpec[];
  users?: readonly UserRef[];
  saveLabel: StringKey;
  onCancel(): void;
}) {
  const tr = useT();
  const styles = useFieldStyles();
  const { form } = props;
  return (
    <form
      className={styles.form}
      onSubmit={(e) => void form.submit(e)}
      noValidate
      aria-busy={form.operation.busy}
    >
      {Object.keys(form.issues).length > 0 && (
        <p role="alert">{tr('tab.form.fixErrors', { count: Object.keys(form.issues).length })}</p>
      )}
      {props.specs.map((spec) => (
        <FormField
          key={spec.name}
          formId={form.formId}
          spec={spec}
          value={form.values[spec.name] ?? ''}
          issue={form.issues[spec.name]}
          users={props.users}
          onChange={(v) => form.setValue(spec.name, v)}
        />
      ))}
      <ErrorNotice error={form.operation.error} />
      <FormActions
        className={styles.actions}
        busy={form.operation.busy}
        dirty={form.dirty}
        save={props.saveLabel}
        saving="tab.form.saving"
        cancel="tab.form.cancel"
        onCancel={props.onCancel}
      />
      <ConflictDialog form={form} specs={props.specs} users={props.users} />
    </form>
  );
}

/**
 * A form's save and cancel buttons: save submits the form and is disabled (labelled `saving`) while `busy`;
 * cancel leaves through `onCancel` at once when nothing is `dirty`, else asks first (`ConfirmDiscard`) and
 * closes that question before it leaves.
 */
export function FormActions(props: {
  /** The class of the row of buttons (the form's own layout). */
  className: string;
  busy: boolean;
  dirty: boolean;
  save: StringKey;
  saving: StringKey;
  cancel: StringKey;
  onCancel(): void;
}) {
  const tr = useT();
  const [confirming, setConfirming] = useState(false);
  const discardClosing = useCloseThenNavigate(confirming);
  return (
    <>
      <div className={props.className}>
        <Button type="submit" appearance="primary" disabled={props.busy}>
          {props.busy ? tr(props.saving) : tr(props.save)}
        </Button>
        <Button type="button" onClick={() => (props.dirty ? setConfirming(true) : props.onCancel())}>
          {tr(props.cancel)}
        </Button>
      </div>
      <ConfirmDiscard
        open={confirming}
        closing={discardClosing}
        onDiscard={() => {
          setConfirming(false);
          discardClosing.after(props.onCancel);
        }}
        onKeep={() => setConfirming(false)}
      />
    </>
  );
}

/** Asks before unsaved changes are thrown away (leaving a form with changes). */
export function ConfirmDiscard(props: {
  open: boolean;
  /** The caller's `useCloseThenNavigate(open)`: `onDiscard` should close first and leave through its `after`. */
  closing?: CloseThenNavigate;
  onDiscard(): void;
  onKeep(): void;
}) {
  const tr = useT();
  const own = useCloseThenNavigate(props.open);
  // Mounted from the first time it opens, then closed through `open` (see ConflictDialog).
  const opened = useRef(false);
  if (props.open) opened.current = true;
  if (!opened.current) return null;
  return (
    <Dialog
      open={props.open}
      modalType="alert"
      surfaceMotion={(props.closing ?? own).surfaceMotion}
      onOpenChange={(_, d) => (d.open ? undefined : props.onKeep())}
    >
      <DialogSurface aria-describedby="discard-text">
        <DialogBody>
          <DialogTitle>{tr('tab.discard.title')}</DialogTitle>
          <DialogContent>
            <p id="discard-text">{tr('tab.discard.text')}</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onKeep}>
              {tr('tab.discard.keep')}
            </Button>
            <Button onClick={props.onDiscard}>{tr('tab.discard.discard')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
