import type { AuditChangeDetails, AuditEntry, AuditFieldChange } from '@devplan/core/domain';
import { formatDateTime, periodLabel } from '@devplan/core/format';
import type { StringKey } from '@devplan/core/i18n';
import { ACTIVITY_FIELDS, EFFECT_FIELDS, INITIATIVE_FIELDS } from './editors.js';
import { FOLLOW_UP_FIELDS } from './FollowUpForm.js';
import { displayValue, type FieldSpec } from './form.js';
import { useT, type Translator } from './i18n.js';
import { usePageStyles } from './styles.js';

const SPECS: Record<string, readonly FieldSpec[]> = {
  Initiatives: INITIATIVE_FIELDS,
  Activities: ACTIVITY_FIELDS,
  Effects: EFFECT_FIELDS,
  FollowUps: FOLLOW_UP_FIELDS,
};

/** The actions the trail names in words; any other is shown as recorded. */
const ACTIONS = new Set([
  'create',
  'update',
  'delete',
  'submit',
  'approve',
  'sendBack',
  'publish',
  'cardSent',
  'reminder',
  'escalation',
  'channel',
  'approverAssigned',
  'approverChangeReverted',
  'invalidSubmissionReverted',
  'legacySealed',
  'ownerReminder',
  'forgedDecisionRemoved',
  'forgedPublicationRemoved',
  'import',
]);

/** Names an item of a list by its id (a focus area by its name, a follow-up by its period), when it is known. */
export type ItemName = (list: string, id: number) => string | undefined;

/** How a recorded field's value reads: from the value, and the names of the plan's items. */
type ValueText = (tr: Translator, v: unknown, nameOf: ItemName) => string;

/**
 * Fields recorded beside the form's own: their label and how their value reads (people are recorded by name,
 * so the approver reads as recorded; a focus area by its name).
 */
const RECORDED_FIELDS: Record<string, { label: StringKey; value?: ValueText }> = {
  periodYear: { label: 'tab.field.periodYear' },
  period: { label: 'tab.field.period', value: (tr, v) => periodLabel(tr.locale, String(v)) },
  state: { label: 'tab.field.state', value: (tr, v) => tr(`followUpState.${String(v)}` as StringKey) },
  submittedAt: { label: 'tab.field.submittedAt', value: (tr, v) => formatDateTime(tr.locale, String(v)) },
  approverId: { label: 'tab.field.approver' },
  focusAreaId: {
    label: 'tab.field.focusArea',
    value: (_tr, v, nameOf) => nameOf('FocusAreas', Number(v)) ?? String(v),
  },
};

/**
 * Fields the trail does not show: who did it is the entry's actor (e.g. who submitted), and where an item was
 * carried forward from is told by its earlier years.
 */
const HIDDEN_FIELDS = new Set(['submittedById', 'carriedFromId']);

/** The actor as recorded, with the app's own identity in words. */
function actorText(tr: Translator, actor: string): string {
  return actor === 'app' ? tr('tab.audit.app') : actor;
}

/** The details of an audited tab edit, or null for other entries (decisions, imports). */
export function changeDetails(entry: AuditEntry): AuditChangeDetails | null {
  const d = entry.details as Partial<AuditChangeDetails>;
  return typeof d.list === 'string' && typeof d.itemId === 'number' && Array.isArray(d.changes)
    ? (d as AuditChangeDetails)
    : null;
}

function describeChange(tr: Translator, list: string, change: AuditFieldChange, nameOf: ItemName): string {
  const spec = SPECS[list]?.find((s) => s.name === change.field);
  if (!spec) {
    const recorded = RECORDED_FIELDS[change.field];
    const value = (v: unknown) =>
      v === null || v === undefined || v === ''
        ? '–'
        : recorded?.value
          ? recorded.value(tr, v, nameOf)
          : String(v);
    const label = recorded ? tr(recorded.label) : change.field;
    return `${label}: ${value(change.before)} → ${value(change.after)}`;
  }
  // People are recorded by name, so show them as text rather than as a site user id.
  const shown: FieldSpec = spec.kind === 'user' ? { ...spec, kind: 'text' } : spec;
  return `${tr(spec.label)}: ${displayValue(tr, shown, change.before)} → ${displayValue(tr, shown, change.after)}`;
}

const noName: ItemName = () => undefined;

/**
 * The initiative's audit trail, oldest first: who did what and when, and for edits which fields changed how.
 * `nameOf` names the items an entry is about (a follow-up by its period) instead of their ids.
 */
export function AuditTrail(props: { entries: readonly AuditEntry[]; nameOf?: ItemName }) {
  const tr = useT();
  const styles = usePageStyles();
  const nameOf = props.nameOf ?? noName;
  const shown = props.entries.filter((e) => e.action !== 'baseline');
  if (shown.length === 0) return <p className={styles.text}>{tr('tab.audit.none')}</p>;
  return (
    <ul className={styles.list}>
      {shown.map((e) => {
        const change = changeDetails(e);
        const changes = (change?.changes ?? []).filter((c) => !HIDDEN_FIELDS.has(c.field));
        const list = change?.list ?? e.listName;
        const listText = tr(`list.${list}` as StringKey);
        const action = ACTIONS.has(e.action) ? tr(`tab.audit.action.${e.action}` as StringKey) : e.action;
        const itemId = change?.itemId ?? e.itemId;
        const title = change?.title || nameOf(list, itemId);
        const what = title ? `${listText}: ${title}` : `${listText} ${itemId}`;
        return (
          <li key={e.id}>
            {tr('tab.audit.entry', {
              at: formatDateTime(tr.locale, e.at),
              actor: actorText(tr, e.actor),
              action,
              what,
            })}
            {changes.length > 0 && (
              <ul className={styles.list}>
                {changes.map((c) => (
                  <li key={c.field}>{describeChange(tr, list, c, nameOf)}</li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
