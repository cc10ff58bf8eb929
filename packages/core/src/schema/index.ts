export { BUILT_IN_FIELDS, LISTS, builtInFields, listDef } from './lists.js';
export type { ListSchema } from './lists.js';
export { LIST_KEYS } from './types.js';
export { listPathOf } from './locations.js';
export type {
  BuiltInFieldDef,
  FieldDef,
  FieldKind,
  ListDef,
  ListKey,
  ListPermissions,
  RoleLevel,
} from './types.js';
export type { BuiltInFieldOf, ColumnNameOf, ColumnOf, FieldNameOf, FieldOf, ListSchemaOf } from './fields.js';
