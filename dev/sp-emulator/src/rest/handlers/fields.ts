import { BadRequestError } from '../../errors/sp-errors.js';
import {
  addField,
  createField,
  createFieldAsXml,
  deleteField,
  updateField,
} from '../../lists/field-service.js';
import type { FieldDef } from '../../model/fields.js';
import type { ListRecord } from '../../model/lists.js';
import { PermissionKind } from '../../model/permissions.js';
import {
  applyCollectionOptions,
  assertExpandable,
  FIELD_DERIVED_PROPERTIES,
  selectEntity,
} from '../collection.js';
import { bodyObject, type ApiRequest } from '../context.js';
import { fieldEntity } from '../entities.js';
import {
  created,
  demand,
  emptyOk,
  entityContext,
  entityResult,
  noContent,
  notAllowed,
  verbOf,
} from '../kit.js';
import { ok, type HandlerResult } from '../values.js';

const FIELD_TYPE = 'SP.ApiData.Fields1';

/** `…/fields`: GET, POST (verbose field creation). */
export function handleFields(req: ApiRequest, list: ListRecord): HandlerResult {
  const verb = verbOf(req);
  const securable = { kind: 'list' as const, list };
  if (verb === 'GET') {
    demand(req, securable, PermissionKind.ViewListItems);
    assertExpandable(req.query, [], 'SP.Field');
    const ctx = entityContext(req);
    const entities = req.store.fields.forList(list.id).map((f) => fieldEntity(ctx, list, f));
    return ok({
      kind: 'set',
      metadataType: FIELD_TYPE,
      items: applyCollectionOptions(entities, req.query, FIELD_DERIVED_PROPERTIES),
    });
  }
  if (verb === 'POST') {
    demand(req, securable, PermissionKind.ManageLists);
    const field = createField(req.store, list, bodyObject(req));
    return created(FIELD_TYPE, fieldEntity(entityContext(req), list, field));
  }
  return notAllowed(req);
}

/** `fields/AddField` and `fields/createfieldasxml` (POST). */
export function handleFieldAction(req: ApiRequest, list: ListRecord, name: string): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  demand(req, { kind: 'list', list }, PermissionKind.ManageLists);
  const body = bodyObject(req);
  let field: FieldDef;
  if (name === 'addfield') field = addField(req.store, list, body);
  else if (name === 'createfieldasxml') field = createFieldAsXml(req.store, list, body);
  else throw new BadRequestError(`The field action '${name}' is not supported.`);
  return entityResult(FIELD_TYPE, fieldEntity(entityContext(req), list, field));
}

/** One field: GET, MERGE, DELETE. */
export function handleField(req: ApiRequest, list: ListRecord, field: FieldDef): HandlerResult {
  const verb = verbOf(req);
  const securable = { kind: 'list' as const, list };
  if (verb === 'GET') {
    demand(req, securable, PermissionKind.ViewListItems);
    return entityResult(
      FIELD_TYPE,
      selectEntity(fieldEntity(entityContext(req), list, field), req.query.select, FIELD_DERIVED_PROPERTIES),
    );
  }
  if (verb === 'MERGE') {
    demand(req, securable, PermissionKind.ManageLists);
    updateField(req.store, list, field, bodyObject(req));
    return noContent();
  }
  if (verb === 'DELETE') {
    demand(req, securable, PermissionKind.ManageLists);
    deleteField(req.store, list, field);
    return emptyOk();
  }
  return notAllowed(req);
}
