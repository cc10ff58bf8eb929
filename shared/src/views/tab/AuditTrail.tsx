import type { AuditEntry } from '../../domain/index.js';
import type { StringKey } from '../../i18n/index.js';
import { ACTIVITY_FIELDS, EFFECT_FIELDS, INITIATIVE_FIELDS } from './editors.js';
import { FOLLOW_UP_FIELDS } from './FollowUpForm.js';
import { displayValue, type FieldSpec } from './form.js';
import { formatDate, useT, type Translator } from './i18n.js';
import { usePageStyles } from './styles.js';

/** One changed field of an audited edit, as the app server recorded it. */
export interface AuditFieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * `Details` of an AuditLog entry the app server writes for an edit made in the tab (`POST /api/audit/changes`):
 * which item (entries of the initiative's activities, effects and follow-ups are kept on the initiative, so
 * deleted ones stay in its trail), the item's version, its title, and the fields that changed against the
 * last audited state. `baseline` entries record an item's state before its first edit in the tab.
 */
export interface AuditChangeDetails {
  list: 'Initiatives' | 'Activities' | 'Effects' | 'FollowUps';
  itemId: number;
  /** The item's version the entry stands for (0 for a deletion). */
  version: number;
  title: string;
  changes: AuditFieldChange[];
  /** The audited state after the change (what the next change is compared with); null after a deletion. */
  state: Record<string, unknown> | null;
}

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
              at: formatDate(tr.locale, e.at, true),
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
