import type { FieldDef } from '../model/fields.js';
import { fold } from '../model/names.js';
import type { IndexEntry } from '../storage/items-repo.js';
import type { ListSchema } from './schema.js';

/** The comparable form of a stored scalar: text folded, booleans as 0/1, other values as they are. */
export function comparable(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return fold(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  return null;
}

/** The index entries of one field's stored value (one per value for multi-valued fields). */
export function indexEntriesOf(field: FieldDef, value: unknown): IndexEntry[] {
  const values = Array.isArray(value) ? value : [value];
  const out: IndexEntry[] = [];
  for (const v of values) {
    const c = comparable(v);
    if (c !== null) out.push({ field: field.internalName, value: c });
  }
  return out;
}

/** All index entries of an item's data for the list's indexed fields. */
export function indexEntriesForItem(schema: ListSchema, data: Record<string, unknown>): IndexEntry[] {
  const out: IndexEntry[] = [];
  for (const field of schema.indexedFields()) out.push(...indexEntriesOf(field, data[field.internalName]));
  return out;
}
