import type { ColumnOf, FieldDef, FieldKind, ListKey } from '@devplan/core';

/** How one entity property is stored in a list column. */
export type Conversion =
  | 'text' // Text/Note/Choice: string, '' when empty
  | 'lines' // string[] stored one per line in a Note column
  | 'number' // Number: number | null
  | 'date' // date-only DateTime: 'YYYY-MM-DD' | null, written at noon UTC so no time zone moves the day
  | 'datetime' // DateTime: ISO timestamp | null
  | 'lookup' // Lookup: stored as `<Field>Id`
  | 'user' // User: stored as `<Field>Id`, expanded to a UserRef on `userRef`
  | 'json' // Note holding JSON
  | 'boolean'; // Boolean: true or false (false when empty)

/**
 * The kinds of schema field each conversion reads and writes correctly. `date` also needs a date-only field
 * and `datetime` one with a time of day (`DATE_ONLY`). Both the compile-time check (`ColumnMap`) and the
 * run-time one (`fitsConversion`) come from this table.
 */
export const CONVERSION_KINDS = {
  text: ['Text', 'Note', 'Choice'],
  lines: ['Note'],
  number: ['Number', 'Currency'],
  date: ['DateTime'],
  datetime: ['DateTime'],
  lookup: ['Lookup'],
  user: ['User'],
  json: ['Note'],
  boolean: ['Boolean'],
} as const satisfies Record<Conversion, readonly FieldKind[]>;

/** Whether a conversion needs a date-only DateTime (true), one with a time of day (false), or either (absent). */
export const DATE_ONLY: { readonly [C in Conversion]?: boolean } = { date: true, datetime: false };

/** The columns of list `L` that conversion `C` may map, by the rules of `CONVERSION_KINDS` and `DATE_ONLY`. */
export type ColumnFor<L extends ListKey, C extends Conversion> = C extends 'date'
  ? Extract<ColumnOf<L>, { kind: 'DateTime'; dateOnly: true }>
  : C extends 'datetime'
    ? Exclude<Extract<ColumnOf<L>, { kind: 'DateTime' }>, { dateOnly: true }>
    : Extract<ColumnOf<L>, { kind: (typeof CONVERSION_KINDS)[C][number] }>;

/**
 * One column of a mapping: the internal name of a column of list `L` (its schema fields and SharePoint's
 * built-ins) and how the value converts. The name must be one of the list's columns of a kind the conversion
 * fits, or the code does not compile: `{ field: 'Plan', as: 'text' }` on a lookup, `{ field: 'Owner', as:
 * 'number' }` on a person (read as `OwnerId` only through `as: 'user'`), or `{ field: 'Due', as: 'number' }`
 * on a date are type errors. Lookups and people are named without the `Id` suffix: the mapper reads and writes
 * `<Field>Id` for them and expands `<Field>` for the person.
 * `P` is the entity's properties that hold a person (`UserRefKey`), which `userRef` must be one of.
 */
export type ColumnMap<L extends ListKey = ListKey, P extends string = string> = {
  [C in Conversion]: {
    field: ColumnFor<L, C>['name'];
    as: C;
    /** For users: the entity property that receives the expanded person. */
    userRef?: C extends 'user' ? P : never;
  };
}[Conversion];

/** Whether a conversion reads and writes a field of this kind correctly (the run-time twin of `ColumnMap`). */
export function fitsConversion(as: Conversion, field: Pick<FieldDef, 'kind' | 'dateOnly'>): boolean {
  const kinds: readonly FieldKind[] = CONVERSION_KINDS[as];
  const dateOnly = DATE_ONLY[as];
  return kinds.includes(field.kind) && (dateOnly === undefined || Boolean(field.dateOnly) === dateOnly);
}
