import { parseFilter } from '../odata/filter-parser.js';
import type { MemberNode } from '../odata/filter-ast.js';
import type { FieldDef } from '../model/fields.js';
import type { PathTarget } from './paths.js';
import { indexClauses, withinThreshold } from './threshold.js';

function field(internalName: string, kind: FieldDef['kind'], indexed: boolean): FieldDef {
  return {
    id: internalName,
    internalName,
    staticName: internalName,
    entityPropertyName: internalName,
    title: internalName,
    description: '',
    kind,
    required: false,
    indexed,
    enforceUniqueValues: false,
    hidden: false,
    readOnly: false,
    builtIn: false,
    multi: false,
    defaultValue: null,
    group: '',
    extra: {},
  };
}

const FIELDS: Record<string, FieldDef> = {
  Initiative: field('Initiative', 'Lookup', true),
  PeriodYear: field('PeriodYear', 'Number', true),
  Summary: field('Summary', 'Text', false),
};

function resolve(member: MemberNode): PathTarget {
  const [head, sub] = member.path as [string, string | undefined];
  if (head === 'ID') return { kind: 'id' };
  if (head === 'InitiativeId' || sub === 'Id') return { kind: 'refId', field: FIELDS.Initiative as FieldDef };
  return { kind: 'value', field: FIELDS[head] as FieldDef };
}

describe('the list view threshold rule', () => {
  const base = {
    itemCount: 6000,
    threshold: 5000,
    hasFilter: false,
    orderServedByIndex: true,
    clauseCounts: [],
  };

  it('allows anything on a list at or under the threshold', () => {
    expect(withinThreshold({ ...base, itemCount: 5000, hasFilter: true, orderServedByIndex: false })).toBe(
      true,
    );
  });

  it('allows a paged read ordered by ID past the threshold', () => {
    expect(withinThreshold(base)).toBe(true);
  });

  it('refuses ordering by a field without an index past the threshold', () => {
    expect(withinThreshold({ ...base, orderServedByIndex: false })).toBe(false);
  });

  it('allows a filter with an indexed clause matching at most the threshold', () => {
    expect(withinThreshold({ ...base, hasFilter: true, clauseCounts: [5001, 12] })).toBe(true);
  });

  it('refuses a filter whose indexed clauses all match more than the threshold', () => {
    expect(withinThreshold({ ...base, hasFilter: true, clauseCounts: [5001] })).toBe(false);
  });

  it('refuses a filter without an indexed clause', () => {
    expect(withinThreshold({ ...base, hasFilter: true, clauseCounts: [] })).toBe(false);
  });

  it('finds the indexed clauses AND-ed at the top level of a filter', () => {
    const filter = parseFilter("Initiative/Id eq 4 and PeriodYear ge 2026 and Summary eq 'x' and ID lt 100");
    expect(indexClauses(filter, resolve)).toEqual([
      { field: 'Initiative', op: '=', value: 4 },
      { field: 'PeriodYear', op: '>=', value: 2026 },
      { field: 'ID', op: '<', value: 100 },
    ]);
  });

  it('does not count clauses under or, not, ne or null', () => {
    const filter = parseFilter(
      '(InitiativeId eq 4 or PeriodYear eq 1) and PeriodYear ne 3 and InitiativeId eq null',
    );
    expect(indexClauses(filter, resolve)).toEqual([]);
  });

  it('reads a literal written before the field the other way round', () => {
    expect(indexClauses(parseFilter('2026 le PeriodYear'), resolve)).toEqual([
      { field: 'PeriodYear', op: '>=', value: 2026 },
    ]);
  });
});
