import { LIST_KEYS, builtInFields, listDef, type ListKey } from '@devplan/core';
import { fitsConversion, type ColumnMap, type Conversion } from './columns.js';
import type { EntityMapping } from './mapper.js';
import * as mappings from './mappings.js';
import { CREATE_KEY } from '../repositories/list-repository.js';

// The run-time twin of the compile-time check (./mappings.type-test.ts): every mapping against the list schema
// of @devplan/core, both ways. It also covers what the types cannot see: the columns `derived` writes when it
// is not annotated, and schema fields no mapping reads or writes.

/** A mapping of any entity, as the module exports them. */
type AnyMapping = EntityMapping<Record<string, unknown>>;

/** Every mapping the module exports (anything with a list and columns), by export name. */
const MAPPINGS: [string, AnyMapping][] = Object.entries(mappings).filter(
  (entry): entry is [string, AnyMapping] =>
    typeof entry[1] === 'object' && entry[1] !== null && 'list' in entry[1] && 'columns' in entry[1],
);

/**
 * Schema fields that no mapping reads or writes (neither a mapped column nor derived), each with the reason
 * and the place that uses it. Empty today: every field is mapped or derived. A field added to the schema
 * for a purpose other than an entity property (e.g. one only a query filters on, or one written by a flow
 * outside this package) belongs here, with a comment saying who reads or writes it.
 */
const UNMAPPED_ALLOWED: Partial<Record<ListKey, readonly string[]>> = {};

/** A value of the right shape for a column's conversion, so `derived` computes every column it can. */
function sampleValue(as: Conversion): unknown {
  switch (as) {
    case 'number':
    case 'lookup':
    case 'user':
      return 7;
    case 'date':
      return '2026-03-31';
    case 'datetime':
      return '2026-03-31T10:00:00.000Z';
    case 'lines':
      return ['a'];
    case 'json':
      return {};
    case 'boolean':
      return true;
    case 'text':
      return 'T2';
  }
}

/** The columns a mapping maps to entity properties. */
function mappedColumns(mapping: AnyMapping): string[] {
  return (Object.values(mapping.columns) as ColumnMap[]).map((c) => c.field);
}

/** The columns a mapping derives, from an entity with every mapped property set. */
function derivedColumns(mapping: AnyMapping): string[] {
  const columns = Object.entries(mapping.columns) as [string, ColumnMap][];
  const entity = Object.fromEntries(columns.map(([prop, column]) => [prop, sampleValue(column.as)]));
  return Object.keys(mapping.derived?.(entity) ?? {});
}

/** Each mapped or derived column that is not a column of the list, or not of a kind its conversion fits. */
function problems(mapping: AnyMapping): string[] {
  const def = listDef(mapping.list);
  const known = [...def.fields, ...builtInFields(def)];
  const out: string[] = [];
  for (const [prop, column] of Object.entries(mapping.columns) as [string, ColumnMap][]) {
    const field = known.find((f) => f.name === column.field);
    if (!field) out.push(`${mapping.list}.${column.field} (${prop}) is not a column of the list`);
    else if (!fitsConversion(column.as, field))
      out.push(`${mapping.list}.${column.field} (${prop}) is a ${field.kind}, not read as ${column.as}`);
  }
  for (const name of derivedColumns(mapping))
    if (!known.some((f) => f.name === name)) out.push(`${mapping.list}.${name} (derived) is not a column`);
  return out;
}

describe('the mappings against the list schema', () => {
  it('finds one mapping for every list of the schema that holds items', () => {
    // The reader views library holds files only, written and read whole (`ReaderSnapshotWriter`), not as items.
    const withItems = LIST_KEYS.filter((key) => key !== 'ReaderViews' && key !== 'TabViews');
    expect(MAPPINGS.map(([, m]) => m.list).sort()).toEqual([...withItems].sort());
  });

  it('maps only columns the list has, each with a conversion that fits its kind', () => {
    expect(MAPPINGS.flatMap(([, m]) => problems(m))).toEqual([]);
  });

  it('reports a column the list lacks and a column read with the wrong conversion', () => {
    const wrong = {
      list: 'FollowUps',
      columns: {
        planId: { field: 'Plan', as: 'text' },
        due: { field: 'Due', as: 'date' },
        submittedAt: { field: 'SubmittedAt', as: 'date' },
      },
      derived: () => ({ Nonexistent: 1 }),
    } as unknown as AnyMapping;
    expect(problems(wrong)).toEqual([
      'FollowUps.Plan (planId) is a Lookup, not read as text',
      'FollowUps.Due (due) is not a column of the list',
      'FollowUps.SubmittedAt (submittedAt) is a DateTime, not read as date',
      'FollowUps.Nonexistent (derived) is not a column',
    ]);
  });

  it('reads or writes every field of the schema, or says in the allow-list who does', () => {
    const unmapped: string[] = [];
    for (const [, mapping] of MAPPINGS) {
      const used = new Set([...mappedColumns(mapping), ...derivedColumns(mapping)]);
      const allowed = UNMAPPED_ALLOWED[mapping.list] ?? [];
      for (const field of listDef(mapping.list).fields)
        // Every list's idempotency key is written by ListRepository.addValidated on each create, not mapped.
        if (field.name !== CREATE_KEY && !used.has(field.name) && !allowed.includes(field.name))
          unmapped.push(`${mapping.list}.${field.name}`);
    }
    expect(unmapped).toEqual([]);
  });

  it('allows only fields the schema has and no mapping uses, so the allow-list cannot go stale', () => {
    for (const [list, names] of Object.entries(UNMAPPED_ALLOWED) as [ListKey, readonly string[]][]) {
      const mapping = MAPPINGS.find(([, m]) => m.list === list)?.[1];
      const used = mapping ? [...mappedColumns(mapping), ...derivedColumns(mapping)] : [];
      for (const name of names) {
        expect([list, name, listDef(list).fields.some((f) => f.name === name)]).toEqual([list, name, true]);
        expect([list, name, used.includes(name)]).toEqual([list, name, false]);
      }
    }
  });

  it('writes each column from one property only', () => {
    for (const [name, mapping] of MAPPINGS) {
      const columns = [...mappedColumns(mapping), ...derivedColumns(mapping)];
      expect([name, columns.filter((c, i) => columns.indexOf(c) !== i)]).toEqual([name, []]);
    }
  });
});

describe('which conversions fit which kinds of field', () => {
  it('reads lookups and people only through their Id, and dates by whether they keep the time of day', () => {
    expect(fitsConversion('lookup', { kind: 'Lookup' })).toBe(true);
    expect(fitsConversion('text', { kind: 'Lookup' })).toBe(false);
    expect(fitsConversion('user', { kind: 'User' })).toBe(true);
    expect(fitsConversion('number', { kind: 'User' })).toBe(false);
    expect(fitsConversion('date', { kind: 'DateTime', dateOnly: true })).toBe(true);
    expect(fitsConversion('date', { kind: 'DateTime' })).toBe(false);
    expect(fitsConversion('datetime', { kind: 'DateTime', dateOnly: true })).toBe(false);
    expect(fitsConversion('number', { kind: 'DateTime' })).toBe(false);
    expect(fitsConversion('lines', { kind: 'Text' })).toBe(false);
    expect(fitsConversion('text', { kind: 'Choice' })).toBe(true);
  });
});
