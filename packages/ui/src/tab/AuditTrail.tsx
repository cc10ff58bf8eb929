import type { AuditChangeDetails, AuditEntry, AuditFieldChange } from '@devplan/core/domain';
import { formatDateTime } from '@devplan/core/format';
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

const ACTIONS: Record<string, StringKey> = {
  create: 'tab.audit.action.create',
  update: 'tab.audit.action.update',
  delete: 'tab.audit.action.delete',
  submit: 'tab.audit.action.submit',
  approve: 'tab.audit.action.approve',
  sendBack: 'tab.audit.action.sendBack',
  publish: 'tab.audit.action.publish',
};

/** The details of an audited tab edit, or null for other entries (decisions, imports). */
export function changeDetails(entry: AuditEntry): AuditChangeDetails | null {
  const d = entry.details as Partial<AuditChangeDetails>;
  return typeof d.list === 'string' && typeof d.itemId === 'number' && Array.isArray(d.changes)
    ? (d as AuditChangeDetails)
    : null;
}

function describeChange(tr: Translator, list: string, change: AuditFieldChange): string {
  const spec = SPECS[list]?.find((s) => s.name === change.field);
  if (!spec) return `${change.field}: ${String(change.before ?? '–')} → ${String(change.after ?? '–')}`;
  // People are recorded by name, so show them as text rather than as a site user id.
  const shown: FieldSpec = spec.kind === 'user' ? { ...spec, kind: 'text' } : spec;
  return `${tr(spec.label)}: ${displayValue(tr, shown, change.before)} → ${displayValue(tr, shown, change.after)}`;
}

/** The initiative's audit trail, oldest first: who did what and when, and for edits which fields changed how. */
export function AuditTrail(props: { entries: readonly AuditEntry[] }) {
  const tr = useT();
  const styles = usePageStyles();
  const shown = props.entries.filter((e) => e.action !== 'baseline');
  if (shown.length === 0) return <p className={styles.text}>{tr('tab.audit.none')}</p>;
  return (
    <ul className={styles.list}>
      {shown.map((e) => {
        const change = changeDetails(e);
        const list = change?.list ?? e.listName;
        const listText = tr(`list.${list}` as StringKey);
        const action = ACTIONS[e.action] ? tr(ACTIONS[e.action]!) : e.action;
        const what = change?.title
          ? `${listText}: ${change.title}`
          : `${listText} ${change?.itemId ?? e.itemId}`;
        return (
          <li key={e.id}>
            {tr('tab.audit.entry', {
              at: formatDateTime(tr.locale, e.at),
              actor: e.actor,
              action,
              what,
            })}
            {change && change.changes.length > 0 && (
              <ul className={styles.list}>
                {change.changes.map((c) => (
                  <li key={c.field}>{describeChange(tr, list, c)}</li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
