import type { ColumnNameOf, ListKey, UserRef } from '@devplan/core';
import type { ColumnMap } from './columns.js';

export type { ColumnMap, Conversion } from './columns.js';

/**
 * Columns a mapping derives from the entity and writes with it: any of list `L`'s columns (schema fields and
 * built-ins such as Title), by internal name as SharePoint writes it.
 */
export type DerivedColumns<L extends ListKey = ListKey> = { [N in ColumnNameOf<L>]?: unknown };

/** The properties of `E` that hold an expanded person (`UserRef`): where a user column's `userRef` may point. */
export type UserRefKey<E> = {
  [K in keyof E & string]-?: NonNullable<E[K]> extends UserRef ? K : never;
}[keyof E & string];

/**
 * How an entity is stored in its list `L`: every mapped property, in one table. Each column must be one of
 * the list's columns in the schema (`@devplan/core`'s `LISTS`) of a kind its conversion fits (`ColumnMap`),
 * so a mapping that names a column the list lacks, or converts it wrongly, does not compile.
 */
export interface EntityMapping<E, L extends ListKey = ListKey> {
  list: L;
  columns: { [K in keyof E]?: ColumnMap<L, UserRefKey<E>> };
  /** Values derived from the entity and written with it (keys, denormalised columns). */
  derived?: (entity: Partial<E>) => DerivedColumns<L>;
  /** False: reads leave out `Created` and `Modified` (a view that shows neither); read by default. */
  stamps?: boolean;
}

/** A list item as SharePoint returns it. */
export type SpItem = Record<string, unknown>;

/** `"\"3\""` → 3; 0 when unknown. */
export function versionFromEtag(etag: string | undefined | null): number {
  const match = /(\d+)/.exec(etag ?? '');
  return match ? Number(match[1]) : 0;
}

function spName(column: ColumnMap): string {
  return column.as === 'lookup' || column.as === 'user' ? `${column.field}Id` : column.field;
}

/** `$select` and `$expand` that read every mapped column (and the people behind user columns). */
export function selectFor<E>(mapping: EntityMapping<E>): { select: string[]; expand: string[] } {
  const select = mapping.stamps === false ? ['Id'] : ['Id', 'Created', 'Modified'];
  const expand: string[] = [];
  for (const column of Object.values(mapping.columns) as ColumnMap[]) {
    select.push(spName(column));
    if (column.as === 'user' && column.userRef) {
      expand.push(column.field);
      select.push(`${column.field}/Id`, `${column.field}/Title`, `${column.field}/EMail`);
    }
  }
  return { select, expand };
}

function readValue(item: SpItem, column: ColumnMap): unknown {
  const raw = item[spName(column)];
  switch (column.as) {
    case 'text':
      return typeof raw === 'string' ? raw : raw == null ? '' : String(raw);
    case 'lines':
      return typeof raw === 'string' && raw.trim()
        ? raw
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
        : [];
    case 'number':
    case 'lookup':
    case 'user':
      return typeof raw === 'number' ? raw : raw == null || raw === '' ? null : Number(raw);
    case 'date':
      return typeof raw === 'string' && raw ? raw.slice(0, 10) : null;
    case 'datetime':
      return typeof raw === 'string' && raw ? new Date(raw).toISOString() : null;
    case 'boolean':
      return raw === true || raw === 1 || raw === '1' || raw === 'true';
    case 'json':
      if (typeof raw !== 'string' || !raw) return {};
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return { unparsed: raw };
      }
  }
}

function writeValue(value: unknown, column: ColumnMap): unknown {
  switch (column.as) {
    case 'lines':
      return Array.isArray(value) ? value.join('\n') : '';
    case 'date':
      return typeof value === 'string' && value ? `${value.slice(0, 10)}T12:00:00Z` : null;
    case 'json':
      return JSON.stringify(value ?? {});
    case 'text':
      return value ?? '';
    default:
      return value ?? null;
  }
}

function userRefOf(raw: unknown): UserRef | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const u = raw as { Id?: number; Title?: string; EMail?: string };
  if (typeof u.Id !== 'number') return undefined;
  return { id: u.Id, title: u.Title ?? '', ...(u.EMail ? { email: u.EMail } : {}) };
}

/** Reads a SharePoint item into an entity. The only place items become domain objects. */
export function fromItem<E>(mapping: EntityMapping<E>, item: SpItem): E {
  const entity: Record<string, unknown> = {
    id: item['Id'] ?? item['ID'],
    etag:
      (item['odata.etag'] as string | undefined) ??
      (item['__metadata'] as { etag?: string } | undefined)?.etag,
    created: item['Created'],
    modified: item['Modified'],
  };
  for (const [prop, column] of Object.entries(mapping.columns) as [string, ColumnMap][]) {
    entity[prop] = readValue(item, column);
    if (column.as === 'user' && column.userRef) {
      const ref = userRefOf(item[column.field]);
      if (ref) entity[column.userRef] = ref;
    }
  }
  return entity as E;
}

/** Writes the given entity properties (only those present) into SharePoint field values. */
export function toFields<E>(mapping: EntityMapping<E>, entity: Partial<E>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [prop, column] of Object.entries(mapping.columns) as [string, ColumnMap][]) {
    if (prop in entity && (entity as Record<string, unknown>)[prop] !== undefined) {
      fields[spName(column)] = writeValue((entity as Record<string, unknown>)[prop], column);
    }
  }
  return { ...fields, ...(mapping.derived?.(entity) ?? {}) };
}
