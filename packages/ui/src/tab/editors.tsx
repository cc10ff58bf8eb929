import { Link, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import {
  ACTIVITY_STATUSES,
  EFFECT_DIRECTIONS,
  EFFECT_KINDS,
  INITIATIVE_STATUSES,
  type Activity,
  type Effect,
  type Initiative,
  type UserRef,
} from '@devplan/core/domain';
import {
  activityPatch,
  effectPatch,
  initiativePatch,
  type ActivityInput,
  type EffectInput,
} from '@devplan/core/validation';
import { useActivities, useTab } from './data.js';
import { OnDemandStatus } from './OnDemandStatus.js';
import { EntityFormView, useEntityForm, type FieldSpec } from './form.js';
import { useT } from './i18n.js';
import { ErrorNotice, useOperation } from './operation.js';
import { PageHeading } from './PageHeading.js';
import { ApproverChoice } from './ApproverChoice.js';
import { routeHash, type Route } from './route.js';
import { usePageStyles } from './styles.js';

/** The editable fields of an initiative. */
export const INITIATIVE_FIELDS: readonly FieldSpec[] = [
  { name: 'title', kind: 'text', label: 'tab.field.title', required: true },
  {
    name: 'status',
    kind: 'choice',
    label: 'tab.field.status',
    choices: INITIATIVE_STATUSES,
    choiceText: 'initiativeStatus',
    required: true,
  },
  { name: 'ownerId', kind: 'user', label: 'tab.field.owner' },
  { name: 'responsibleUnit', kind: 'text', label: 'tab.field.responsibleUnit' },
  { name: 'administrations', kind: 'lines', label: 'tab.field.administrations', hint: 'tab.hint.lines' },
  { name: 'principles', kind: 'lines', label: 'tab.field.principles', hint: 'tab.hint.lines' },
  { name: 'start', kind: 'date', label: 'tab.field.start' },
  { name: 'end', kind: 'date', label: 'tab.field.end' },
  { name: 'budget', kind: 'number', label: 'tab.field.budget', hint: 'tab.hint.msek' },
  { name: 'investmentNeed', kind: 'note', label: 'tab.field.investmentNeed' },
  { name: 'criticalFactors', kind: 'note', label: 'tab.field.criticalFactors' },
  { name: 'description', kind: 'note', label: 'tab.field.description' },
  { name: 'goal', kind: 'note', label: 'tab.field.goal' },
];

/** The editable fields of an activity. */
export const ACTIVITY_FIELDS: readonly FieldSpec[] = [
  { name: 'title', kind: 'text', label: 'tab.field.activity', required: true },
  {
    name: 'status',
    kind: 'choice',
    label: 'tab.field.status',
    choices: ACTIVITY_STATUSES,
    choiceText: 'activityStatus',
    required: true,
  },
  { name: 'due', kind: 'date', label: 'tab.field.due' },
  { name: 'responsible', kind: 'text', label: 'tab.field.responsible' },
];

/** The editable fields of an effect (its benefit-realisation plan). */
export const EFFECT_FIELDS: readonly FieldSpec[] = [
  { name: 'title', kind: 'text', label: 'tab.field.effectTitle', required: true },
  {
    name: 'kind',
    kind: 'choice',
    label: 'tab.field.effectKind',
    choices: EFFECT_KINDS,
    choiceText: 'effectKind',
    required: true,
  },
  {
    name: 'direction',
    kind: 'choice',
    label: 'tab.field.direction',
    choices: EFFECT_DIRECTIONS,
    choiceText: 'effectDirection',
    required: true,
  },
  { name: 'description', kind: 'note', label: 'tab.field.description' },
  { name: 'indicator', kind: 'text', label: 'tab.field.indicator', hint: 'tab.hint.indicator' },
  { name: 'method', kind: 'note', label: 'tab.field.method' },
  { name: 'schedule', kind: 'text', label: 'tab.field.schedule' },
  {
    name: 'measureEveryMonths',
    kind: 'number',
    label: 'effects.field.measureEveryMonths',
    hint: 'effects.hint.measureEveryMonths',
  },
  { name: 'unit', kind: 'text', label: 'tab.field.unit' },
  { name: 'baseline', kind: 'number', label: 'tab.field.baseline' },
  { name: 'baselineDate', kind: 'date', label: 'tab.field.baselineDate' },
  { name: 'target', kind: 'number', label: 'tab.field.target' },
  { name: 'targetDate', kind: 'date', label: 'tab.field.targetDate' },
  { name: 'realisedBy', kind: 'text', label: 'tab.field.realisedBy' },
  { name: 'followedUpBy', kind: 'text', label: 'tab.field.followedUpBy' },
];

const BLANK_ACTIVITY: Activity = {
  id: 0,
  etag: '',
  planId: 0,
  initiativeId: 0,
  title: '',
  status: 'notStarted',
  due: null,
  responsible: '',
  sortOrder: 0,
};

/** What every editor page gets from the app. */
export interface EditorProps {
  id: number;
  navigate(route: Route): void;
  /** Called after a save with the message to show on the initiative page. */
  onDone(notice: string | null): void;
}

function NotFound(props: { id: number }) {
  const tr = useT();
  const styles = usePageStyles();
  return (
    <div className={styles.page}>
      <PageHeading>{tr('tab.initiative.notFound')}</PageHeading>
      <Link href={routeHash({ page: 'initiative', id: props.id })}>{tr('tab.nav.backToInitiative')}</Link>
    </div>
  );
}

/** The site's people, for choosing owners and approvers. */
function useSiteUsers(): { users: UserRef[] | null; error: unknown } {
  const { port } = useTab();
  const operation = useOperation();
  const [users, setUsers] = useState<UserRef[] | null>(null);
  const { run } = operation;
  useEffect(() => {
    void run(async () => setUsers(await port.siteUsers()));
  }, [port, run]);
  return { users, error: operation.error };
}

function InitiativeForm(
  inner: EditorProps & { initiative: Initiative; users: UserRef[]; focusField?: string },
) {
  const tr = useT();
  const { port, replace } = useTab();
  const { focusField } = inner;
  useEffect(() => {
    // A readiness link names the missing field: start there.
    const field = focusField ? document.getElementById(`initiative-${focusField}`) : null;
    field?.scrollIntoView?.({ block: 'center' });
    field?.focus();
  }, [focusField]);
  const form = useEntityForm({
    formId: 'initiative',
    entity: inner.initiative,
    specs: INITIATIVE_FIELDS,
    schema: initiativePatch,
    save: (patch, etag) => port.updateInitiative(inner.id, patch, etag),
    reread: () => port.getInitiative(inner.id),
    onSaved: (saved) => {
      replace('initiatives', saved);
      inner.onDone(tr('tab.saved.initiative'));
    },
  });
  return (
    <EntityFormView
      form={form}
      specs={INITIATIVE_FIELDS}
      users={inner.users}
      saveLabel="tab.form.save"
      onCancel={() => inner.onDone(null)}
    />
  );
}

/**
 * Edits an initiative (members): the owner chosen among the site's people; the approver beside it, named by
 * plan administrators only (`ApproverChoice`). `focusField` is focused first.
 */
export function InitiativeEditor(props: EditorProps & { focusField?: string }) {
  const tr = useT();
  const styles = usePageStyles();
  const { view } = useTab();
  const initiative = view.initiatives.find((i) => i.id === props.id);
  const { users, error } = useSiteUsers();
  if (!initiative) return <NotFound id={props.id} />;
  return (
    <div className={styles.page}>
      <Link href={routeHash({ page: 'initiative', id: props.id })}>{tr('tab.nav.backToInitiative')}</Link>
      <PageHeading>{tr('tab.edit.initiative', { title: initiative.title })}</PageHeading>
      <ErrorNotice error={error} />
      {users === null && !error ? (
        <Spinner label={tr('tab.loading.users')} />
      ) : (
        <>
          <InitiativeForm {...props} initiative={initiative} users={users ?? []} />
          <ApproverChoice initiative={initiative} users={users ?? []} />
        </>
      )}
    </div>
  );
}

/**
 * Adds an activity to an initiative (`activityId` null) or edits one of its activities (members), once the plan's
 * activities are read (the form starts from the activity, and a new one is placed after its siblings).
 */
export function ActivityEditor(props: EditorProps & { activityId: number | null }) {
  const styles = usePageStyles();
  const activities = useActivities();
  if (!activities.ready)
    return (
      <div className={styles.page}>
        <OnDemandStatus state={activities} label="tab.loading.activities" />
      </div>
    );
  return <ActivityForm {...props} />;
}

function ActivityForm(props: EditorProps & { activityId: number | null }) {
  const tr = useT();
  const styles = usePageStyles();
  const { view, port, replace, plan } = useTab();
  const isNew = props.activityId === null;
  const siblings = view.activities.filter((a) => a.initiativeId === props.id);
  const activity = isNew ? undefined : siblings.find((a) => a.id === props.activityId);
  const initiative = view.initiatives.find((i) => i.id === props.id);
  const form = useEntityForm({
    formId: 'activity',
    entity: activity ?? { ...BLANK_ACTIVITY, planId: plan.id, initiativeId: props.id },
    specs: ACTIVITY_FIELDS,
    schema: activityPatch,
    saveAll: isNew,
    save: (patch, etag, createKey) =>
      isNew
        ? port.addActivity(
            {
              planId: plan.id,
              initiativeId: props.id,
              sortOrder: Math.max(0, ...siblings.map((a) => a.sortOrder)) + 1,
              ...patch,
            } as ActivityInput,
            createKey,
          )
        : port.updateActivity(props.activityId!, patch, etag),
    reread: () => port.getActivity(props.activityId!),
    onSaved: (saved) => {
      replace('activities', saved);
      props.onDone(tr(isNew ? 'tab.saved.activityAdded' : 'tab.saved.activity'));
    },
  });
  if (!initiative || (!isNew && !activity)) return <NotFound id={props.id} />;
  return (
    <div className={styles.page}>
      <Link href={routeHash({ page: 'initiative', id: props.id })}>{tr('tab.nav.backToInitiative')}</Link>
      <PageHeading>
        {isNew
          ? tr('tab.edit.newActivity', { initiative: initiative.title })
          : tr('tab.edit.activity', { title: activity!.title })}
      </PageHeading>
      <EntityFormView
        form={form}
        specs={ACTIVITY_FIELDS}
        saveLabel="tab.form.save"
        onCancel={() => props.onDone(null)}
      />
    </div>
  );
}

/** Adds or edits an effect of an initiative (members). */
export function EffectEditor(props: EditorProps & { effectId: number | null }) {
  const tr = useT();
  const styles = usePageStyles();
  const { view, port, replace, plan } = useTab();
  const existing = props.effectId === null ? undefined : view.effects.find((e) => e.id === props.effectId);
  const blank: Effect = {
    id: 0,
    etag: '',
    planId: plan.id,
    initiativeId: props.id,
    title: '',
    description: '',
    kind: 'qualitative',
    direction: 'benefit',
    indicator: '',
    method: '',
    schedule: '',
    measureEveryMonths: null,
    unit: '',
    baseline: null,
    baselineDate: null,
    target: null,
    targetDate: null,
    realisedBy: '',
    followedUpBy: '',
  };
  const isNew = props.effectId === null;
  const form = useEntityForm({
    formId: 'effect',
    entity: existing ?? blank,
    specs: EFFECT_FIELDS,
    schema: effectPatch,
    saveAll: isNew,
    save: (patch, etag, createKey) =>
      isNew
        ? port.addEffect({ planId: plan.id, initiativeId: props.id, ...patch } as EffectInput, createKey)
        : port.updateEffect(props.effectId!, patch, etag),
    reread: () => port.getEffect(props.effectId!),
    onSaved: (saved) => {
      replace('effects', saved);
      props.onDone(tr('tab.saved.effect'));
    },
  });
  if (!isNew && !existing) return <NotFound id={props.id} />;
  return (
    <div className={styles.page}>
      <Link href={routeHash({ page: 'initiative', id: props.id })}>{tr('tab.nav.backToInitiative')}</Link>
      <PageHeading>
        {isNew ? tr('tab.edit.newEffect') : tr('tab.edit.effect', { title: existing!.title })}
      </PageHeading>
      <EntityFormView
        form={form}
        specs={EFFECT_FIELDS}
        saveLabel="tab.form.save"
        onCancel={() => props.onDone(null)}
      />
    </div>
  );
}
