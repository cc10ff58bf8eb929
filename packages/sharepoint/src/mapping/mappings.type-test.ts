// Compile-time tests of the mappings' column check (`ColumnMap`, `EntityMapping` in ./mapper.ts). This file is
// part of the package's build (unlike `*.test.ts`, which tsc skips), so `npx tsc -b` proves every
// `@ts-expect-error` below still is an error: if the check ever stopped catching one of these mistakes, the
// directive would be unused and the build would fail. Types only: nothing here runs.
import type { FollowUp, Initiative, ListKey } from '@devplan/core';
import type { ColumnMap, DerivedColumns, EntityMapping, UserRefKey } from './mapper.js';

/** Compiles only if `T` is a valid column mapping on list `L`. */
type Column<L extends ListKey, T extends ColumnMap<L>> = T;
/** Compiles only if `T` is a valid column table of an `E` stored in list `L`. */
type Columns<E, L extends ListKey, T extends EntityMapping<E, L>['columns']> = T;
/** Compiles only if `T` is a valid column mapping of an initiative (a `userRef` must hold a person). */
type InitiativeColumn<T extends ColumnMap<'Initiatives', UserRefKey<Initiative>>> = T;
/** Compiles only if `K` are columns a mapping on list `L` may derive and write. */
type Derived<L extends ListKey, K extends keyof DerivedColumns<L>> = K;

// What the mappings do compiles: a lookup, a person with the property that receives it, a date-only date, a
// timestamp, a Note as lines, a built-in column, a library's file column, and derived keys.
type _Lookup = Column<'FollowUps', { field: 'Plan'; as: 'lookup' }>;
type _User = Columns<FollowUp, 'FollowUps', { submittedById: { field: 'SubmittedBy'; as: 'user' } }>;
type _UserRef = InitiativeColumn<{ field: 'Owner'; as: 'user'; userRef: 'owner' }>;
type _Date = Column<'Activities', { field: 'Due'; as: 'date' }>;
type _Timestamp = Column<'FollowUps', { field: 'SubmittedAt'; as: 'datetime' }>;
type _Lines = Column<'Initiatives', { field: 'Administrations'; as: 'lines' }>;
type _Title = Column<'Plans', { field: 'Title'; as: 'text' }>;
type _File = Column<'Reports', { field: 'FileLeafRef'; as: 'text' }>;
type _Derived = Derived<'FollowUps', 'Title' | 'UniqueKey' | 'PlanPeriod'>;

// A column the list does not have.
// @ts-expect-error: FollowUps has no column Nonexistent.
type _Missing = Columns<FollowUp, 'FollowUps', { summary: { field: 'Nonexistent'; as: 'text' } }>;
// @ts-expect-error: a column of another list (Plans has no Initiative).
type _OtherList = Column<'Plans', { field: 'Initiative'; as: 'lookup' }>;
// @ts-expect-error: the file columns belong to document libraries only.
type _FileOnList = Column<'Plans', { field: 'FileRef'; as: 'text' }>;

// A column of the wrong kind.
// @ts-expect-error: a lookup read as text would read the lookup object, not `PlanId`.
type _LookupAsText = Column<'FollowUps', { field: 'Plan'; as: 'text' }>;
// @ts-expect-error: a person read as a number would miss the `Id` suffix (`SubmittedById`).
type _UserAsNumber = Column<'FollowUps', { field: 'SubmittedBy'; as: 'number' }>;
// @ts-expect-error: people are named without the suffix; the mapper adds `Id` (this would read SubmittedByIdId).
type _UserWithId = Column<'FollowUps', { field: 'SubmittedById'; as: 'user' }>;
// @ts-expect-error: a date read as a number.
type _DateAsNumber = Column<'Activities', { field: 'Due'; as: 'number' }>;
// @ts-expect-error: a date-only column read as a timestamp.
type _DateAsTimestamp = Column<'Activities', { field: 'Due'; as: 'datetime' }>;
// @ts-expect-error: a timestamp read as a date-only day.
type _TimestampAsDate = Column<'FollowUps', { field: 'SubmittedAt'; as: 'date' }>;
// @ts-expect-error: lines need a multi-line Note, not a single-line Text.
type _TextAsLines = Column<'Initiatives', { field: 'ResponsibleUnit'; as: 'lines' }>;
// @ts-expect-error: the person must land on a property of the entity that holds a person.
type _UnknownUserRef = InitiativeColumn<{ field: 'Owner'; as: 'user'; userRef: 'ownerId' }>;

// A derived column the list does not have.
// @ts-expect-error: Plans has no UniqueKey.
type _DerivedMissing = Derived<'Plans', 'UniqueKey'>;
