import { BadRequestError } from '../errors/sp-errors.js';
import { fieldOrPropertyDoesNotExist } from '../items/schema.js';
import { evaluateFilter } from '../odata/evaluate.js';
import type { QueryOptions } from '../odata/query-options.js';
import { CollectionValue, ComplexValue, DeferredValue, EntityValue, type ODataValue } from './values.js';

function findProp(entity: EntityValue, name: string): { key: string; value: ODataValue } | undefined {
  const lower = name.toLowerCase();
  for (const source of [entity.props, entity.onDemand]) {
    if (name in source) return { key: name, value: source[name] as ODataValue };
    const key = Object.keys(source).find((k) => k.toLowerCase() === lower);
    if (key !== undefined) return { key, value: source[key] as ODataValue };
  }
  return undefined;
}

/** Reads a property path of an entity for `$filter`/`$orderby` (undefined when absent). */
export function readEntityPath(entity: EntityValue, path: readonly string[]): unknown {
  let current: ODataValue | undefined = entity;
  for (const part of path) {
    if (current instanceof EntityValue) current = findProp(current, part)?.value;
    else if (current instanceof ComplexValue) {
      const key = Object.keys(current.props).find((k) => k.toLowerCase() === part.toLowerCase());
      current = key === undefined ? undefined : current.props[key];
    } else return undefined;
  }
  if (current instanceof CollectionValue || current instanceof DeferredValue) return undefined;
  return current;
}

/**
 * Applies `$select` to an entity: named properties (case-insensitive), nested paths into expanded entities.
 * Names in `derived` are properties of derived types (e.g. MaxLength of SP.FieldText): SharePoint allows them on a
 * base-type collection and leaves them out where the entity's type lacks them.
 */
export function selectEntity(
  entity: EntityValue,
  select: readonly string[][] | undefined,
  derived: ReadonlySet<string> = new Set(),
): EntityValue {
  if (!select || select.length === 0) return entity;
  const all = select.some((p) => p.length === 1 && p[0] === '*');
  const out: Record<string, ODataValue> = all ? { ...entity.props } : {};
  const nested = new Map<string, string[][]>();
  for (const path of select) {
    if (path.length === 1 && path[0] === '*') continue;
    const hit = findProp(entity, path[0] as string);
    if (!hit) {
      if (path.length === 1 && derived.has((path[0] as string).toLowerCase())) continue;
      throw fieldOrPropertyDoesNotExist(path[0] as string);
    }
    if (path.length === 1 || hit.value === null) {
      // an expanded navigation that is empty (a root web's ParentWeb) stays null whatever is selected below it
      out[hit.key] = hit.value;
      continue;
    }
    if (!(hit.value instanceof EntityValue || hit.value instanceof CollectionValue)) {
      throw new BadRequestError(
        `The query to field '${path.join('/')}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${hit.key}.`,
      );
    }
    const list = nested.get(hit.key) ?? [];
    list.push(path.slice(1));
    nested.set(hit.key, list);
  }
  for (const [key, paths] of nested) {
    const value = (findProp(entity, key) as { value: ODataValue }).value;
    out[key] =
      value instanceof EntityValue
        ? selectEntity(value, paths)
        : new CollectionValue(
            (value as CollectionValue).edmType,
            (value as CollectionValue).items.map((v) =>
              v instanceof EntityValue ? selectEntity(v, paths) : v,
            ),
          );
  }
  return entity.withProps(out);
}

/** Properties of the derived field types (SP.FieldText, SP.FieldChoice, …), lower-cased. */
export const FIELD_DERIVED_PROPERTIES: ReadonlySet<string> = new Set(
  [
    'MaxLength',
    'Choices',
    'FillInChoice',
    'EditFormat',
    'Mappings',
    'MinimumValue',
    'MaximumValue',
    'AllowMultipleValues',
    'LookupField',
    'LookupList',
    'LookupWebId',
    'PrimaryFieldId',
    'RelationshipDeleteBehavior',
    'IsRelationship',
    'DisplayFormat',
    'SelectionMode',
    'SelectionGroup',
    'NumberOfLines',
    'RichText',
    'AllowHyperlink',
    'AppendOnly',
    'RestrictedMode',
    'UnlimitedLengthInDocumentLibrary',
    'DateTimeCalendarType',
    'FriendlyDisplayFormat',
    'CurrencyLocaleId',
    'ShowAsPercentage',
    'Presence',
    'AllowDisplay',
    'OutputType',
    'Formula',
  ].map((n) => n.toLowerCase()),
);

function compareForSort(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'string' && typeof b === 'string')
    return a.localeCompare(b, 'sv', { sensitivity: 'base' });
  return (a as number) < (b as number) ? -1 : 1;
}

/** Applies `$filter`, `$orderby`, `$skip`, `$top` and `$select` to a small in-memory entity set. */
export function applyCollectionOptions(
  entities: readonly EntityValue[],
  query: QueryOptions,
  derived: ReadonlySet<string> = new Set(),
): EntityValue[] {
  let result = [...entities];
  if (query.filter) {
    const filter = query.filter;
    result = result.filter((e) => evaluateFilter(filter, (path) => readEntityPath(e, path)));
  }
  if (query.orderBy && query.orderBy.length > 0) {
    const terms = query.orderBy;
    result.sort((a, b) => {
      for (const t of terms) {
        const c = compareForSort(readEntityPath(a, t.path), readEntityPath(b, t.path));
        if (c !== 0) return t.descending ? -c : c;
      }
      return 0;
    });
  }
  if (query.skip) result = result.slice(query.skip);
  if (query.top !== undefined) result = result.slice(0, query.top);
  return result.map((e) => selectEntity(e, query.select, derived));
}

/** Lower-cased names of the `$expand` paths (first segments). */
export function expandNames(query: QueryOptions): Set<string> {
  return new Set((query.expand ?? []).map((p) => (p[0] as string).toLowerCase()));
}

/** Throws 400 when `$expand` names something the entity type does not expand. */
export function assertExpandable(query: QueryOptions, allowed: readonly string[], typeName: string): void {
  for (const path of query.expand ?? []) {
    const name = path.join('/');
    if (path.length !== 1 || !allowed.includes((path[0] as string).toLowerCase())) {
      throw new BadRequestError(`The $expand '${name}' is not supported on ${typeName} by the emulator.`);
    }
  }
}
