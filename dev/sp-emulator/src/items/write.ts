import { CODE_DUPLICATE, ConflictError, FieldValidationError } from '../errors/sp-errors.js';
import { isReference, type FieldDef } from '../model/fields.js';
import { newGuid, nowIso } from '../model/ids.js';
import type { ItemRecord } from '../model/lists.js';
import type { Store } from '../storage/store.js';
import { indexEntriesForItem, indexEntriesOf } from './index-values.js';
import type { ListSchema } from './schema.js';
import {
  changesFromBody,
  defaultValueOf,
  emptyValueOf,
  isEmptyValue,
  type FieldChange,
} from './write-values.js';

function checkRequired(field: FieldDef, value: unknown): void {
  if (field.required && isEmptyValue(value)) {
    throw new FieldValidationError(
      `The required field '${field.title}' (${field.internalName}) has no value. You must specify a value for this required field.`,
    );
  }
}

function checkReferences(store: Store, changes: readonly FieldChange[]): void {
  for (const { field, value } of changes) {
    if (!isReference(field) || value === null) continue;
    const ids = Array.isArray(value) ? (value as number[]) : [value as number];
    if (ids.length === 0) continue;
    if (field.kind === 'Lookup') {
      const target = field.lookupListId ? store.lists.byId(field.lookupListId) : undefined;
      if (!target) {
        throw new FieldValidationError(
          `The lookup list of field '${field.title}' (${field.internalName}) does not exist.`,
        );
      }
      const found = store.items.existingIds(target.id, ids);
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length > 0) {
        throw new FieldValidationError(
          `Invalid look-up value. A look-up field contains invalid data: item ${missing.join(', ')} given for field '${field.title}' (${field.internalName}) does not exist in list '${target.title}'.`,
        );
      }
    } else {
      const found = store.principals.byIds(ids);
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length > 0) {
        throw new FieldValidationError(
          `Invalid look-up value. A look-up field contains invalid data: the user or group id ${missing.join(', ')} given for field '${field.title}' (${field.internalName}) is not in the site's users.`,
        );
      }
    }
  }
}

function checkUnique(
  store: Store,
  schema: ListSchema,
  fields: readonly FieldDef[],
  data: Record<string, unknown>,
  rowId: number,
): void {
  for (const field of fields) {
    if (!field.enforceUniqueValues) continue;
    for (const entry of indexEntriesOf(field, data[field.internalName])) {
      if (store.items.findIndexed(schema.list.id, field.internalName, entry.value, rowId).length > 0) {
        throw new ConflictError(
          `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${field.internalName}].`,
          CODE_DUPLICATE,
        );
      }
    }
  }
}

/**
 * The one write path of a new item, for a request body and for a file alike: defaults for the writable
 * fields, `values` (the columns the caller sets) over them, the caller's `check` of the result (if any), the
 * unique columns, then the item with a new id, version 1, Created/Modified and Author/Editor. Nothing is
 * written when a check throws.
 */
function insertItem(
  store: Store,
  schema: ListSchema,
  values: Record<string, unknown>,
  userId: number,
  check?: (data: Record<string, unknown>) => void,
): ItemRecord {
  const now = nowIso();
  const data: Record<string, unknown> = {};
  for (const field of schema.fields) {
    if (field.readOnly) continue;
    const fallback = defaultValueOf(field);
    data[field.internalName] = fallback === undefined ? emptyValueOf(field) : fallback;
  }
  Object.assign(data, values);
  check?.(data);
  checkUnique(store, schema, schema.fields, data, -1);
  data.Created = now;
  data.Modified = now;
  data.Author = userId;
  data.Editor = userId;
  data.GUID = newGuid();
  const id = store.lists.allocateItemId(schema.list.id);
  const rowId = store.items.insert(schema.list.id, id, 1, data);
  store.items.setIndex(schema.list.id, rowId, indexEntriesForItem(schema, data));
  store.lists.touchItems(schema.list.id, 1, now, false);
  return { rowId, id, version: 1, data };
}

/** The one write path of a changed item: Modified and Editor set on `data`, stored as the item's next version. */
function saveVersion(
  store: Store,
  schema: ListSchema,
  item: ItemRecord,
  data: Record<string, unknown>,
  userId: number,
): ItemRecord {
  const now = nowIso();
  data.Modified = now;
  data.Editor = userId;
  const version = item.version + 1;
  store.items.update(item.rowId, version, data);
  store.items.setIndex(schema.list.id, item.rowId, indexEntriesForItem(schema, data));
  store.lists.touchItems(schema.list.id, 0, now, false);
  return { ...item, version, data };
}

/** Creates an item from a request body (validated; nothing is written on error). */
export function createItem(
  store: Store,
  schema: ListSchema,
  body: Record<string, unknown>,
  userId: number,
): ItemRecord {
  const changes = changesFromBody(schema, body);
  const values: Record<string, unknown> = {};
  for (const { field, value } of changes) values[field.internalName] = value;
  return insertItem(store, schema, values, userId, (data) => {
    for (const field of schema.fields) if (!field.readOnly) checkRequired(field, data[field.internalName]);
    checkReferences(store, changes);
  });
}

/** Applies a MERGE/PATCH body to an item (validated; nothing is written on error); returns the new version. */
export function updateItem(
  store: Store,
  schema: ListSchema,
  item: ItemRecord,
  body: Record<string, unknown>,
  userId: number,
): ItemRecord {
  const changes = changesFromBody(schema, body);
  const data: Record<string, unknown> = { ...item.data };
  for (const { field, value } of changes) {
    checkRequired(field, value);
    data[field.internalName] = value;
  }
  checkReferences(store, changes);
  checkUnique(
    store,
    schema,
    changes.map((c) => c.field),
    data,
    item.rowId,
  );
  return saveVersion(store, schema, item, data, userId);
}

/** Deletes an item. */
export function deleteItem(store: Store, schema: ListSchema, item: ItemRecord): void {
  store.items.delete(item.rowId);
  store.lists.touchItems(schema.list.id, -1, nowIso(), true);
}

/**
 * Stores a new item whose values the emulator itself prepares (a file or folder of a document library): the
 * given values, defaults for the other writable fields. Required columns are not enforced, as SharePoint does
 * not enforce them on uploads; unique columns are.
 */
export function createSystemItem(
  store: Store,
  schema: ListSchema,
  values: Record<string, unknown>,
  userId: number,
): ItemRecord {
  return insertItem(store, schema, values, userId);
}

/** Saves values the emulator sets on an item (a file's new content and size): a new version, Modified and Editor. */
export function updateSystemItem(
  store: Store,
  schema: ListSchema,
  item: ItemRecord,
  values: Record<string, unknown>,
  userId: number,
): ItemRecord {
  return saveVersion(store, schema, item, { ...item.data, ...values }, userId);
}
