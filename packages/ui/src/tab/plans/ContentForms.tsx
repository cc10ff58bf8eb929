import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { newCreateKey, type FocusArea } from '@devplan/core/domain';
import { useTab } from '../data.js';
import { SubmitForm, useFieldIssues } from '../form.js';
import { useT } from '../i18n.js';
import { ErrorNotice, useOperation } from '../operation.js';
import { usePageStyles } from '../styles.js';

/** The sort order after the last of `items` (steps of ten, so a later move has room). */
export function nextSortOrder(items: readonly { sortOrder: number }[]): number {
  return items.reduce((max, i) => Math.max(max, i.sortOrder), -10) + 10;
}

/** Adds an initiative (by its name; the rest is filled in on its page) to a focus area of the shown plan. */
export function NewInitiativeForm(props: { area: FocusArea; onDone(message: string): Promise<void> }) {
  const tr = useT();
  const styles = usePageStyles();
  const { plan, view, port } = useTab();
  const operation = useOperation();
  const issues = useFieldIssues();
  const [title, setTitle] = useState('');
  const [createKey, setCreateKey] = useState(() => newCreateKey());
  const id = `new-initiative-${props.area.id}`;

  const add = async () => {
    issues.show([]);
    const siblings = view.initiatives.filter((i) => i.focusAreaId === props.area.id);
    const added = await operation.run(
      () =>
        port.addInitiative(
          { planId: plan.id, focusAreaId: props.area.id, title, sortOrder: nextSortOrder(siblings) },
          createKey,
        ),
      { onValidation: issues.show },
    );
    if (!added) return;
    setTitle('');
    setCreateKey(newCreateKey());
    await props.onDone(tr('plans.content.initiativeAdded', { title: added.title }));
  };

  return (
    <SubmitForm busy={operation.busy} onSubmit={() => void add()}>
      <Field
        label={tr('plans.content.newInitiative', { area: props.area.title })}
        required
        {...issues.field('title')}
      >
        <Input id={id} value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <ErrorNotice error={operation.error} />
      <div className={styles.row}>
        <Button type="submit" size="small" disabledFocusable={operation.busy}>
          {tr('plans.content.addInitiative')}
        </Button>
      </div>
    </SubmitForm>
  );
}

/** Adds a focus area, with its long-term shift, after the shown plan's last area. */
export function NewAreaForm(props: { onDone(message: string): Promise<void> }) {
  const tr = useT();
  const styles = usePageStyles();
  const { plan, view, port } = useTab();
  const operation = useOperation();
  const issues = useFieldIssues();
  const [title, setTitle] = useState('');
  const [shift, setShift] = useState('');
  const [createKey, setCreateKey] = useState(() => newCreateKey());

  const add = async () => {
    issues.show([]);
    const added = await operation.run(
      () =>
        port.addFocusArea(
          { planId: plan.id, title, longTermShift: shift, sortOrder: nextSortOrder(view.focusAreas) },
          createKey,
        ),
      { onValidation: issues.show },
    );
    if (!added) return;
    setTitle('');
    setShift('');
    setCreateKey(newCreateKey());
    await props.onDone(tr('plans.content.areaAdded', { title: added.title }));
  };

  return (
    <SubmitForm busy={operation.busy} onSubmit={() => void add()}>
      <h3 className={styles.minor}>{tr('plans.content.newArea')}</h3>
      <Field label={tr('plans.content.areaTitle')} required {...issues.field('title')}>
        <Input id="new-area-title" value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={tr('plans.content.longTermShift')} {...issues.field('longTermShift')}>
        <Textarea
          id="new-area-shift"
          value={shift}
          resize="vertical"
          onChange={(_, d) => setShift(d.value)}
        />
      </Field>
      <ErrorNotice error={operation.error} />
      <div>
        <Button type="submit" disabledFocusable={operation.busy}>
          {tr('plans.content.addArea')}
        </Button>
      </div>
    </SubmitForm>
  );
}

/** Changes a focus area's name and long-term shift at the ETag read (someone else's save first is told). */
export function EditAreaForm(props: { area: FocusArea; onDone(message: string | null): Promise<void> }) {
  const tr = useT();
  const styles = usePageStyles();
  const { port } = useTab();
  const operation = useOperation();
  const issues = useFieldIssues();
  const [title, setTitle] = useState(props.area.title);
  const [shift, setShift] = useState(props.area.longTermShift);
  const id = `edit-area-${props.area.id}`;

  const save = async () => {
    issues.show([]);
    const saved = await operation.run(
      () => port.updateFocusArea(props.area.id, { title, longTermShift: shift }, props.area.etag),
      { onValidation: issues.show },
    );
    if (saved) await props.onDone(tr('plans.content.areaSaved', { title: saved.title }));
  };

  return (
    <SubmitForm busy={operation.busy} onSubmit={() => void save()}>
      <Field label={tr('plans.content.areaTitle')} required {...issues.field('title')}>
        <Input id={`${id}-title`} value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={tr('plans.content.longTermShift')} {...issues.field('longTermShift')}>
        <Textarea id={`${id}-shift`} value={shift} resize="vertical" onChange={(_, d) => setShift(d.value)} />
      </Field>
      <ErrorNotice error={operation.error} />
      <div className={styles.row}>
        <Button type="submit" appearance="primary" size="small" disabledFocusable={operation.busy}>
          {tr('plans.content.saveArea')}
        </Button>
        <Button size="small" onClick={() => void props.onDone(null)}>
          {tr('plans.content.cancel')}
        </Button>
      </div>
    </SubmitForm>
  );
}
