/** The kinds of column the lists use (SharePoint field types). */
export type FieldKind =
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Currency'
  | 'DateTime'
  | 'Boolean'
  | 'Choice'
  | 'MultiChoice'
  | 'Lookup'
  | 'User';

/** One column of a list, as code. */
export interface FieldDef {
  /** Internal name: stable, English, used in every query. */
  name: string;
  /** Display name shown in SharePoint (Swedish). */
  title: string;
  kind: FieldKind;
  required?: boolean;
  /** For Text: at most 255. */
  maxLength?: number;
  choices?: readonly string[];
  /** Indexed so that queries on it stay valid past the 5,000-item list view threshold. */
  indexed?: boolean;
  /** SharePoint enforces unique values (needs `indexed`). */
  unique?: boolean;
  /** For Lookup: the key of the list it points at. */
  lookupList?: ListKey;
  /** For DateTime: date only (no time of day). */
  dateOnly?: boolean;
  /** For Number: bounds SharePoint checks. */
  min?: number;
  max?: number;
}

/** A column SharePoint creates itself (see `BUILT_IN_FIELDS`): its internal name and the kind it reads as. */
export interface BuiltInFieldDef {
  name: string;
  kind: FieldKind;
  /** Only document libraries (template 101) have it. */
  libraryOnly?: boolean;
}

/** Who may do what on a list: a role definition name per site group role, or none. */
export type RoleLevel = 'Full Control' | 'Contribute' | 'Read' | null;

/** List permissions for the product's three roles; the app identity always has full control. */
export interface ListPermissions {
  owners: RoleLevel;
  members: RoleLevel;
  visitors: RoleLevel;
}

/** The keys of the product's lists. */
export const LIST_KEYS = [
  'Plans',
  'Decisions',
  'FocusAreas',
  'Initiatives',
  'Activities',
  'FollowUps',
  'ApprovalDecisions',
  'PublishedFollowUps',
  'Effects',
  'Measurements',
  'AuditLog',
  'Conversations',
  'ApprovalCards',
  'ApproverAssignments',
  'Delegations',
  'Reports',
  'ReaderViews',
  'TabViews',
  'PeriodClosures',
  'PrincipleRounds',
  'PrincipleAssessments',
] as const;
/** A key of one of the product's lists. */
export type ListKey = (typeof LIST_KEYS)[number];

/** One list, as code. */
export interface ListDef {
  key: ListKey;
  /** URL segment under `Lists/`, fixed at creation; lists are found by URL, so renaming a title is harmless. */
  url: string;
  /** Swedish display title. */
  title: string;
  description: string;
  /** Display name of the built-in Title column. */
  titleField: string;
  fields: readonly FieldDef[];
  permissions: ListPermissions;
  /**
   * SharePoint's list template: 100 a custom list (the default), 101 a document library. A library lives at
   * `<site>/<url>` (not under `Lists/`) and holds files with the fields as their metadata.
   */
  template?: 100 | 101;
}
