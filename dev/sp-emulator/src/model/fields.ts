/** Field (column) definitions: the kinds the emulator supports and their SharePoint names. */

/** Kinds of field the emulator stores. */
export type FieldKind =
  | 'Counter'
  | 'Text'
  | 'Note'
  | 'DateTime'
  | 'Choice'
  | 'MultiChoice'
  | 'Lookup'
  | 'Boolean'
  | 'Number'
  | 'Currency'
  | 'URL'
  | 'User'
  | 'Computed'
  | 'Guid'
  | 'Location';

/** A stored field definition. */
export interface FieldDef {
  id: string;
  internalName: string;
  staticName: string;
  entityPropertyName: string;
  title: string;
  description: string;
  kind: FieldKind;
  required: boolean;
  indexed: boolean;
  enforceUniqueValues: boolean;
  hidden: boolean;
  readOnly: boolean;
  /** Built into every list (ID, Title, Created, …). */
  builtIn: boolean;
  /** Lookup/User/… holding several values. */
  multi: boolean;
  maxLength?: number;
  choices?: string[];
  fillInChoice?: boolean;
  minimumValue?: number;
  maximumValue?: number;
  lookupListId?: string;
  lookupField?: string;
  defaultValue: string | null;
  group: string;
  /** Other properties a client set (DisplayFormat, SelectionMode, …), echoed back. */
  extra: Record<string, unknown>;
  /**
   * SharePoint's own type of a built-in library column the emulator stores as another kind (FileLeafRef is a
   * `File` field, FileRef a `Lookup`, …): reported as TypeAsString/FieldTypeKind.
   */
  spType?: { typeAsString: string; typeKind: number };
}

/** SharePoint's FieldTypeKind numbers. */
export const FIELD_TYPE_KIND: Record<FieldKind, number> = {
  Counter: 5,
  Text: 2,
  Note: 3,
  DateTime: 4,
  Choice: 6,
  MultiChoice: 15,
  Lookup: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  URL: 11,
  User: 20,
  Computed: 12,
  Guid: 14,
  Location: 33,
};

/** The field kind of a FieldTypeKind number, when supported. */
export function kindFromTypeKind(typeKind: number): FieldKind | undefined {
  const entry = Object.entries(FIELD_TYPE_KIND).find(([, n]) => n === typeKind);
  const kind = entry?.[0] as FieldKind | undefined;
  return kind === 'Counter' || kind === 'Computed' || kind === 'Guid' ? undefined : kind;
}

/** SharePoint's `TypeAsString`. */
export function typeAsString(def: FieldDef): string {
  if (def.spType) return def.spType.typeAsString;
  if (def.kind === 'Lookup' && def.multi) return 'LookupMulti';
  if (def.kind === 'User' && def.multi) return 'UserMulti';
  return def.kind;
}

/** The kind of a SchemaXml `Type` attribute. */
export function kindFromSchemaType(type: string): { kind: FieldKind; multi: boolean } | undefined {
  const map: Record<string, { kind: FieldKind; multi: boolean }> = {
    text: { kind: 'Text', multi: false },
    note: { kind: 'Note', multi: false },
    datetime: { kind: 'DateTime', multi: false },
    choice: { kind: 'Choice', multi: false },
    multichoice: { kind: 'MultiChoice', multi: false },
    lookup: { kind: 'Lookup', multi: false },
    lookupmulti: { kind: 'Lookup', multi: true },
    boolean: { kind: 'Boolean', multi: false },
    number: { kind: 'Number', multi: false },
    currency: { kind: 'Currency', multi: false },
    url: { kind: 'URL', multi: false },
    user: { kind: 'User', multi: false },
    usermulti: { kind: 'User', multi: true },
    location: { kind: 'Location', multi: false },
  };
  return map[type.toLowerCase()];
}

/** The REST type name of a field entity (`SP.FieldText`, …). */
export function fieldODataType(def: FieldDef): string {
  switch (def.kind) {
    case 'Text':
      return 'SP.FieldText';
    case 'Note':
      return 'SP.FieldMultiLineText';
    case 'DateTime':
      return 'SP.FieldDateTime';
    case 'Choice':
      return 'SP.FieldChoice';
    case 'MultiChoice':
      return 'SP.FieldMultiChoice';
    case 'Lookup':
      return 'SP.FieldLookup';
    case 'User':
      return 'SP.FieldUser';
    case 'Boolean':
      return 'SP.Field';
    case 'Number':
      return 'SP.FieldNumber';
    case 'Currency':
      return 'SP.FieldCurrency';
    case 'URL':
      return 'SP.FieldUrl';
    case 'Counter':
      return 'SP.Field';
    case 'Computed':
      return 'SP.FieldComputed';
    case 'Guid':
      return 'SP.FieldGuid';
    case 'Location':
      return 'SP.FieldLocation';
  }
}

/** True for kinds whose values are stored as arrays. */
export function isMultiValued(def: FieldDef): boolean {
  return def.kind === 'MultiChoice' || ((def.kind === 'Lookup' || def.kind === 'User') && def.multi);
}

/** True for lookups and people fields (written and read as `<Name>Id`). */
export function isReference(def: FieldDef): boolean {
  return def.kind === 'Lookup' || def.kind === 'User';
}

/** Kinds that SharePoint can index. */
export function isIndexable(def: FieldDef): boolean {
  return (
    !['Note', 'MultiChoice', 'URL', 'Computed', 'Location'].includes(def.kind) &&
    !(def.kind === 'User' && def.multi)
  );
}

/** Stable ids of the built-in fields (as in SharePoint). */
export const BUILTIN_FIELD_IDS = {
  ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
  Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
  Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
  Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
  Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
  Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
  GUID: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0',
} as const;

function builtin(
  partial: Partial<FieldDef> & Pick<FieldDef, 'id' | 'internalName' | 'title' | 'kind'>,
): FieldDef {
  return {
    staticName: partial.internalName,
    entityPropertyName: partial.internalName,
    description: '',
    required: false,
    indexed: false,
    enforceUniqueValues: false,
    hidden: false,
    readOnly: true,
    builtIn: true,
    multi: false,
    defaultValue: null,
    group: '_Hidden',
    extra: {},
    ...partial,
  };
}

/** The built-in fields of a new custom list. */
export function builtinFields(): FieldDef[] {
  return [
    builtin({ id: BUILTIN_FIELD_IDS.ID, internalName: 'ID', title: 'ID', kind: 'Counter', group: '' }),
    builtin({
      id: BUILTIN_FIELD_IDS.Title,
      internalName: 'Title',
      title: 'Title',
      kind: 'Text',
      required: true,
      readOnly: false,
      maxLength: 255,
      group: 'Custom Columns',
    }),
    builtin({
      id: BUILTIN_FIELD_IDS.Modified,
      internalName: 'Modified',
      title: 'Modified',
      kind: 'DateTime',
    }),
    builtin({ id: BUILTIN_FIELD_IDS.Created, internalName: 'Created', title: 'Created', kind: 'DateTime' }),
    builtin({ id: BUILTIN_FIELD_IDS.Author, internalName: 'Author', title: 'Created By', kind: 'User' }),
    builtin({ id: BUILTIN_FIELD_IDS.Editor, internalName: 'Editor', title: 'Modified By', kind: 'User' }),
    builtin({ id: BUILTIN_FIELD_IDS.GUID, internalName: 'GUID', title: 'GUID', kind: 'Guid', hidden: true }),
  ];
}

/** Stable ids of the built-in columns of a document library (as in SharePoint). */
export const LIBRARY_FIELD_IDS = {
  FileLeafRef: '8553196d-ec8d-4564-9861-3dbe931050c8',
  FileRef: '94f89715-e097-4e8b-ba79-ea02aa8b7adb',
  FileDirRef: '56605df6-8fa1-47e4-a04c-5b384d59609f',
  FileType: 'c53a03f3-f930-4ef2-b166-e0f2210c13c0',
  FileSize: '8fca95c0-9b7d-456f-8dae-b41ee2728b85',
  FSObjType: '30bb605f-5bae-48fe-b4e3-1f81d9772af9',
} as const;

/**
 * The built-in fields of a new document library: those of a list (Title not required) and the file columns.
 * The file columns are read-only text in the emulator (SharePoint types them File/Lookup; values read the same).
 */
export function libraryFields(): FieldDef[] {
  const fields = builtinFields().map((f) => (f.internalName === 'Title' ? { ...f, required: false } : f));
  const fileColumn = (
    id: string,
    internalName: string,
    title: string,
    spType: { typeAsString: string; typeKind: number },
    hidden = false,
  ): FieldDef => builtin({ id, internalName, title, kind: 'Text', maxLength: 400, spType, hidden });
  fields.push(
    fileColumn(LIBRARY_FIELD_IDS.FileLeafRef, 'FileLeafRef', 'Name', { typeAsString: 'File', typeKind: 18 }),
    fileColumn(
      LIBRARY_FIELD_IDS.FileRef,
      'FileRef',
      'URL Path',
      { typeAsString: 'Lookup', typeKind: 7 },
      true,
    ),
    fileColumn(
      LIBRARY_FIELD_IDS.FileDirRef,
      'FileDirRef',
      'Path',
      { typeAsString: 'Lookup', typeKind: 7 },
      true,
    ),
    fileColumn(
      LIBRARY_FIELD_IDS.FileType,
      'File_x0020_Type',
      'File Type',
      { typeAsString: 'Text', typeKind: 2 },
      true,
    ),
    fileColumn(
      LIBRARY_FIELD_IDS.FileSize,
      'File_x0020_Size',
      'File Size',
      { typeAsString: 'Lookup', typeKind: 7 },
      true,
    ),
    fileColumn(
      LIBRARY_FIELD_IDS.FSObjType,
      'FSObjType',
      'Item Type',
      { typeAsString: 'Lookup', typeKind: 7 },
      true,
    ),
  );
  return fields;
}
