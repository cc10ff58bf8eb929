import { BadRequestError } from '../errors/sp-errors.js';
import { isReference, type FieldDef } from '../model/fields.js';
import type { Store } from '../storage/store.js';
import { columnDoesNotExist, ListSchema } from './schema.js';

/** Columns of a site user that people fields project (`Author/EMail`). */
export const USER_PROJECTIONS: Record<string, 'id' | 'title' | 'email' | 'login_name' | 'upn'> = {
  id: 'id',
  title: 'title',
  email: 'email',
  name: 'login_name',
  loginname: 'login_name',
  username: 'upn',
};

/** What a property path in a query addresses. */
export type PathTarget =
  | { kind: 'id' }
  | { kind: 'value'; field: FieldDef }
  | { kind: 'refId'; field: FieldDef }
  | { kind: 'nav'; field: FieldDef }
  | { kind: 'lookupProjection'; field: FieldDef; targetSchema: ListSchema; target: FieldDef }
  | {
      kind: 'userProjection';
      field: FieldDef;
      column: 'title' | 'email' | 'login_name' | 'upn';
      name: string;
    };

/** Loads a list's schema by id. */
export function loadSchema(store: Store, listId: string): ListSchema | undefined {
  const list = store.lists.byId(listId);
  return list ? new ListSchema(list, store.fields.forList(list.id)) : undefined;
}

/** Resolves a path (`Title`, `PlanId`, `Plan/Id`, `Plan/Title`, `Author/EMail`) against a list. */
export function resolvePath(store: Store, schema: ListSchema, path: readonly string[]): PathTarget {
  const text = path.join('/');
  const head = path[0] as string;
  if (path.length === 1) {
    const hit = schema.resolveQueryName(head);
    if (!hit) throw columnDoesNotExist(head);
    if (hit.field.internalName === 'ID') return { kind: 'id' };
    if (hit.asId) return { kind: 'refId', field: hit.field };
    if (isReference(hit.field)) return { kind: 'nav', field: hit.field };
    return { kind: 'value', field: hit.field };
  }
  if (path.length > 2)
    throw new BadRequestError(`The property path '${text}' is deeper than SharePoint supports.`);
  const field = schema.lookupName(head);
  if (!field) throw columnDoesNotExist(head);
  if (!isReference(field))
    throw new BadRequestError(`The query to field '${text}' is not valid: '${head}' is not a lookup.`);
  const sub = path[1] as string;
  if (/^id$/i.test(sub)) return { kind: 'refId', field };
  if (field.kind === 'User') {
    const column = USER_PROJECTIONS[sub.toLowerCase()];
    if (!column || column === 'id') {
      throw new BadRequestError(
        `The field or property '${sub}' of '${head}' is not supported by the emulator.`,
      );
    }
    return { kind: 'userProjection', field, column, name: sub };
  }
  const targetSchema = field.lookupListId ? loadSchema(store, field.lookupListId) : undefined;
  if (!targetSchema) throw new BadRequestError(`The lookup list of field '${head}' does not exist.`);
  const target = targetSchema.lookupName(sub);
  if (!target || isReference(target) || target.kind === 'MultiChoice') {
    throw new BadRequestError(`The query to field '${text}' is not valid: '${sub}' cannot be projected.`);
  }
  return { kind: 'lookupProjection', field, targetSchema, target };
}
