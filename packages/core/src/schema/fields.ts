import type { BUILT_IN_FIELDS, ListSchema } from './lists.js';
import type { FieldKind, ListKey } from './types.js';

// Types computed from the list schema (./lists.ts), so that code naming a column is checked against the one
// place the column is declared. They cost nothing at run time.

/** The definition of list `L`, with its literal types. */
export type ListSchemaOf<L extends ListKey> = Extract<ListSchema, { key: L }>;

/** The fields the schema declares on list `L` (what provisioning creates), with their literal types. */
export type FieldOf<L extends ListKey> = ListSchemaOf<L>['fields'][number];

/**
 * The internal names of the fields the schema declares on list `L`, optionally only those of the given kinds:
 * `FieldNameOf<'FollowUps'>` is `'Plan' | 'Initiative' | 'PeriodYear' | …`, `FieldNameOf<'FollowUps', 'User'>`
 * is `'SubmittedBy'`.
 */
export type FieldNameOf<L extends ListKey, K extends FieldKind = FieldKind> = Extract<
  FieldOf<L>,
  { kind: K }
>['name'];

/** SharePoint's own columns list `L` has that the app maps (`BUILT_IN_FIELDS`: file columns only in libraries). */
export type BuiltInFieldOf<L extends ListKey> = L extends ListKey // one list at a time when L is a union
  ? ListSchemaOf<L> extends { template: 101 }
    ? (typeof BUILT_IN_FIELDS)[number]
    : Exclude<(typeof BUILT_IN_FIELDS)[number], { libraryOnly: true }>
  : never;

/** Every column of list `L` the app may read or write: the schema's fields and SharePoint's built-in ones. */
export type ColumnOf<L extends ListKey> = FieldOf<L> | BuiltInFieldOf<L>;

/** The internal names of the columns of list `L` (optionally only of the given kinds), built-ins included. */
export type ColumnNameOf<L extends ListKey, K extends FieldKind = FieldKind> = Extract<
  ColumnOf<L>,
  { kind: K }
>['name'];
