import '@pnp/sp/items/index.js';
import '@pnp/sp/security/list.js';
import {
  DomainError,
  localize,
  NotFoundError,
  ValidationError,
  type AuditEntry,
  type Id,
  type AuditChangeDetails,
  type AuditFieldChange,
} from '@devplan/core';
import {
  activityMapping,
  effectMapping,
  followUpMapping,
  fromItem,
  focusAreaMapping,
  initiativeMapping,
  selectFor,
  spCall,
  versionFromEtag,
  type EntityMapping,
  type Repositories,
  type SpItem,
} from '@devplan/sharepoint';
import type { Actor } from '../approvals/identity.js';
import { mayEditList } from '../auth/roles.js';

/** The lists whose edits in the tab are audited. */
export const AUDITED_LISTS = ['FocusAreas', 'Initiatives', 'Activities', 'Effects', 'FollowUps'] as const;
/** A list whose edits are audited. */
export type AuditedList = (typeof AUDITED_LISTS)[number];

/** What the tab asks to audit after a save or delete. `baseline`: record the current state before a first edit. */
export interface ChangeRequest {
  list: AuditedList;
  itemId: Id;
  deleted: boolean;
  baseline: boolean;
  /** For a deleted activity or effect: the initiative it belonged to (checked against what was audited). */
  initiativeId: Id | null;
}

/** What was done: an entry added, or none needed (already audited). */
export interface ChangeAnswer {
  status: 'recorded' | 'unchanged';
  entryId: Id | null;
  /** What was recorded (`create`, `update`, …); absent when nothing was. */
  action?: string;
}

/** Why a change was not audited; `status` is the HTTP status the route answers with. */
export class AuditRefusedError extends DomainError {
  override readonly name = 'AuditRefusedError';
  constructor(
    code: 'notEditor' | 'notDeleted' | 'notAudited' | 'notMember',
    status: number,
    details?: Record<string, unknown>,
  ) {
    super(`audit.${code}`, localize(`tab.auditApi.${code}`), status, details);
  }
}

const MAPPINGS: Record<AuditedList, EntityMapping<Record<string, unknown>>> = {
  FocusAreas: focusAreaMapping as unknown as EntityMapping<Record<string, unknown>>,
  Initiatives: initiativeMapping as unknown as EntityMapping<Record<string, unknown>>,
  Activities: activityMapping as unknown as EntityMapping<Record<string, unknown>>,
  Effects: effectMapping as unknown as EntityMapping<Record<string, unknown>>,
  FollowUps: followUpMapping as unknown as EntityMapping<Record<string, unknown>>,
};

/**
 * An initiative's parts (activities, effects, follow-ups) are audited on the initiative: its page finds them
 * with one indexed query, deleted ones included, and a follow-up's own trail stays the approval steps.
 */
const ON_INITIATIVE: ReadonlySet<AuditedList> = new Set(['Activities', 'Effects', 'FollowUps']);

const SKIPPED = new Set(['id', 'etag', 'created', 'modified', 'planId', 'sortOrder']);

/** Reads and checks the body of `POST /api/audit/changes`. */
export function parseChangeRequest(body: Record<string, unknown>): ChangeRequest {
  const issues: { path: string; code: string; message: ReturnType<typeof localize> }[] = [];
  const list = body['list'];
  if (typeof list !== 'string' || !(AUDITED_LISTS as readonly string[]).includes(list))
    issues.push({ path: 'list', code: 'invalidChoice', message: localize('validation.invalidChoice') });
  const positive = (value: unknown, path: string, optional: boolean): Id | null => {
    if (optional && (value === undefined || value === null)) return null;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
    issues.push({ path, code: 'notInteger', message: localize('validation.notInteger') });
    return null;
  };
  const itemId = positive(body['itemId'], 'itemId', false);
  const initiativeId = positive(body['initiativeId'], 'initiativeId', true);
  for (const flag of ['deleted', 'baseline'])
    if (body[flag] !== undefined && typeof body[flag] !== 'boolean')
      issues.push({ path: flag, code: 'invalidType', message: localize('validation.invalidType') });
  const unknown = Object.keys(body).filter(
    (k) => !['list', 'itemId', 'initiativeId', 'deleted', 'baseline'].includes(k),
  );
  for (const k of unknown)
    issues.push({ path: k, code: 'unknownField', message: localize('validation.unknownField') });
  if (issues.length) throw new ValidationError(issues);
  return {
    list: list as AuditedList,
    itemId: itemId!,
    initiativeId,
    deleted: body['deleted'] === true,
    baseline: body['baseline'] === true,
  };
}

/**
 * The audited state of an item: its fields as a person reads them (people by name), without the keys
 * SharePoint manages (id, ETag, timestamps) and the plan lookup.
 */
export function snapshot(entity: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (SKIPPED.has(key) || value === undefined) continue;
    if (value && typeof value === 'object' && !Array.isArray(value)) continue; // expanded people
    const ref = key.endsWith('Id') ? entity[key.slice(0, -2)] : undefined;
    out[key] =
      ref && typeof ref === 'object' && 'title' in ref ? ((ref as { title: string }).title ?? value) : value;
  }
  return out;
}

/** The fields that differ between two audited states (`before` null: a new item, every filled field), its initiative left out. */
export function diffStates(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): AuditFieldChange[] {
  const empty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length);
  // The initiative an item belongs to is where its entries are kept, not a change of its own.
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])].filter(
    (k) => k !== 'initiativeId',
  );
  return keys
    .filter((k) =>
      before === null
        ? !empty(after[k])
        : JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null),
    )
    .map((field) => ({ field, before: before?.[field] ?? null, after: after[field] ?? null }));
}

function titleOf(list: AuditedList, entity: Record<string, unknown>): string {
  if (list === 'FollowUps')
    return `${String(entity['period'] ?? '')} ${String(entity['periodYear'] ?? '')}`.trim();
  return String(entity['title'] ?? '');
}

/**
 * Appends the AuditLog entries of edits made in the tab, as the app's own identity (the only identity that
 * may write AuditLog). The caller's claim is never trusted: the item is read as the app, the entry is written
 * only when SharePoint names the caller as the item's last editor, and what changed is computed against the
 * last audited state. One entry per item version (a repeated request answers `unchanged`). A deletion is
 * audited when the item is gone, the caller may edit the list, and the item's earlier state is on record.
 */
export class ChangeAuditor {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Audits one change for `actor` (resolved from their validated token). Only members (who may edit the list)
   * are heard, and that is checked before the item is looked at: a reader gets the same 403 whether the item
   * exists or not, so the answer reveals nothing about drafts they cannot read.
   */
  async record(request: ChangeRequest, actor: Actor): Promise<ChangeAnswer> {
    if (!(await mayEditList(this.repos.site, request.list, actor.upn)))
      throw new AuditRefusedError('notMember', 403);
    if (request.deleted) return this.recordDeletion(request, actor);
    const { entity, editorId, editorName } = await this.read(request.list, request.itemId);
    const version = versionFromEtag(entity['etag'] as string | undefined);
    const keyId = this.keyOf(request.list, request.itemId, entity);
    const history = await this.history(request.list, request.itemId, keyId);
    const state = snapshot(entity);
    const last = [...history].reverse().find((e) => e.details.state);
    if (request.baseline) {
      // Only before an item's first audited edit: the state as SharePoint holds it, in its editor's name.
      if (history.length > 0) return { status: 'unchanged', entryId: null };
      return this.append(request.list, keyId, 'baseline', editorName, {
        list: request.list,
        itemId: request.itemId,
        version,
        title: titleOf(request.list, entity),
        changes: [],
        state,
      });
    }
    if (history.some((e) => e.details.version === version && e.action !== 'delete'))
      return { status: 'unchanged', entryId: null };
    if (editorId !== actor.siteUserId)
      throw new AuditRefusedError('notEditor', 403, { list: request.list, itemId: request.itemId, version });
    const created = !last && version <= 1;
    return this.append(request.list, keyId, created ? 'create' : 'update', editorName, {
      list: request.list,
      itemId: request.itemId,
      version,
      title: titleOf(request.list, entity),
      changes: diffStates(last ? (last.details.state as Record<string, unknown>) : null, state),
      state,
    });
  }

  /**
   * Audits a change the app made itself for someone (a plan administrator naming an approver, which members
   * may not write): the item as the app reads it now against its last audited state, under `action` and in
   * `actorName`'s name, once per item version. Only `change.fields` are named as changed; when the item has
   * no audited state yet, `change.before` gives their earlier values. Later edits in the tab are then compared
   * with this state.
   */
  async recordAppChange(
    list: AuditedList,
    itemId: Id,
    action: string,
    actorName: string,
    change: { fields: readonly string[]; before: Record<string, unknown> },
  ): Promise<ChangeAnswer> {
    const { entity } = await this.read(list, itemId);
    const version = versionFromEtag(entity['etag'] as string | undefined);
    const keyId = this.keyOf(list, itemId, entity);
    const history = await this.history(list, itemId, keyId);
    if (history.some((e) => e.details.version === version && e.action !== 'delete'))
      return { status: 'unchanged', entryId: null };
    const last = [...history].reverse().find((e) => e.details.state);
    const state = snapshot(entity);
    return this.append(list, keyId, action, actorName, {
      list,
      itemId,
      version,
      title: titleOf(list, entity),
      changes: diffStates(
        last ? (last.details.state as Record<string, unknown>) : { ...state, ...change.before },
        state,
      ).filter((c) => change.fields.includes(c.field)),
      state,
    });
  }

  private async recordDeletion(request: ChangeRequest, actor: Actor): Promise<ChangeAnswer> {
    const gone = await this.read(request.list, request.itemId).then(
      () => false,
      (error: unknown) => {
        if (error instanceof NotFoundError || (error instanceof DomainError && error.status === 404))
          return true;
        throw error;
      },
    );
    if (!gone) throw new AuditRefusedError('notDeleted', 409, { list: request.list, itemId: request.itemId });
    const keyId = ON_INITIATIVE.has(request.list) ? request.initiativeId : request.itemId;
    if (keyId === null) throw new AuditRefusedError('notAudited', 409, { list: request.list });
    const history = await this.history(request.list, request.itemId, keyId);
    if (history.some((e) => e.action === 'delete')) return { status: 'unchanged', entryId: null };
    const last = [...history].reverse().find((e) => e.details.state);
    if (!last) throw new AuditRefusedError('notAudited', 409, { list: request.list, itemId: request.itemId });
    const details = last.details as unknown as AuditChangeDetails;
    return this.append(request.list, keyId, 'delete', actor.displayName, {
      list: request.list,
      itemId: request.itemId,
      version: details.version,
      title: details.title,
      changes: [],
      state: null,
    });
  }

  /** The item as the app reads it, with its last editor (one request). */
  private async read(list: AuditedList, id: Id) {
    const mapping = MAPPINGS[list];
    const { select, expand } = selectFor(mapping);
    const item = (await spCall({ listName: list, itemId: id }, () =>
      this.repos.site
        .list(list)
        .items.getById(id)
        .select(...select, 'EditorId', 'Editor/Id', 'Editor/Title')
        .expand(...expand, 'Editor')(),
    )) as SpItem;
    const editor = item['Editor'] as { Id?: number; Title?: string } | undefined;
    return {
      entity: fromItem(mapping, item),
      editorId: Number(item['EditorId'] ?? editor?.Id),
      editorName: editor?.Title ?? String(item['EditorId'] ?? ''),
    };
  }

  /** The AuditLog item id entries of this list's item are kept under. */
  private keyOf(list: AuditedList, id: Id, entity: Record<string, unknown>): Id {
    return ON_INITIATIVE.has(list) ? Number(entity['initiativeId']) : id;
  }

  /** The audited edits of one item, oldest first (one query by the indexed ItemId). */
  private async history(list: AuditedList, itemId: Id, keyId: Id): Promise<AuditEntry[]> {
    const keyList = ON_INITIATIVE.has(list) ? 'Initiatives' : list;
    const entries = await this.repos.audit.forItem(keyList, keyId);
    return entries.filter((e) => e.details['list'] === list && e.details['itemId'] === itemId);
  }

  private async append(
    list: AuditedList,
    keyId: Id,
    action: string,
    actor: string,
    details: AuditChangeDetails,
  ): Promise<ChangeAnswer> {
    const entry = await this.repos.audit.add({
      action,
      listName: ON_INITIATIVE.has(list) ? 'Initiatives' : list,
      itemId: keyId,
      actor,
      at: this.clock().toISOString(),
      details: details as unknown as Record<string, unknown>,
      source: 'tab',
      // One entry per event: the baseline and the deletion once per item, an edit once per item version.
      entryKey:
        action === 'baseline' || action === 'delete'
          ? `${list}:${details.itemId}:${action}`
          : `${list}:${details.itemId}@${details.version}`,
    });
    return { status: 'recorded', entryId: entry.id, action };
  }
}
