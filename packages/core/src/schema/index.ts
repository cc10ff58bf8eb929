export { LISTS, listDef } from './lists.js';
export { LIST_KEYS } from './types.js';
export type { FieldDef, FieldKind, ListDef, ListKey, ListPermissions, RoleLevel } from './types.js';
