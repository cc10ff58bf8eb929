import { BadRequestError } from '../../errors/sp-errors.js';
import {
  addField,
  createField,
  createFieldAsXml,
  deleteField,
  fieldsOf,
  updateField,
  type FieldHost,
} from '../../lists/field-service.js';
import type { FieldDef } from '../../model/fields.js';
import type { Securable } from '../../security/access.js';
import type { SegmentArgs } from '../path.js';
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
import { ok, okNull, type HandlerResult } from '../values.js';

const FIELD_TYPE = 'SP.ApiData.Fields1';

function securableOf(list: FieldHost): Securable {
  return list ? { kind: 'list', list } : { kind: 'web' };
}

/**
 * `…/fields` of a list or the web (site columns): GET, POST (verbose field creation); `web/availablefields` is
 * GET only.
 */
export function handleFields(req: ApiRequest, list: FieldHost, readOnly = false): HandlerResult {
  const verb = verbOf(req);
  const securable = securableOf(list);
  if (verb === 'GET') {
    demand(req, securable, PermissionKind.ViewListItems);
    assertExpandable(req.query, [], 'SP.Field');
    const ctx = entityContext(req);
    const entities = fieldsOf(req.store, list).map((f) => fieldEntity(ctx, list, f));
    return ok({
      kind: 'set',
      metadataType: FIELD_TYPE,
      items: applyCollectionOptions(entities, req.query, FIELD_DERIVED_PROPERTIES),
    });
  }
  if (verb === 'POST' && !readOnly) {
    demand(req, securable, PermissionKind.ManageLists);
    const field = createField(req.store, list, bodyObject(req));
    return created(FIELD_TYPE, fieldEntity(entityContext(req), list, field));
  }
  return notAllowed(req);
}

/** `fields/AddField` and `fields/createfieldasxml` (POST). */
export function handleFieldAction(req: ApiRequest, list: FieldHost, name: string): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  demand(req, securableOf(list), PermissionKind.ManageLists);
  const body = bodyObject(req);
  let field: FieldDef;
  if (name === 'addfield') field = addField(req.store, list, body);
  else if (name === 'createfieldasxml') field = createFieldAsXml(req.store, list, body);
  else throw new BadRequestError(`The field action '${name}' is not supported.`);
  return entityResult(FIELD_TYPE, fieldEntity(entityContext(req), list, field));
}

/** One field: GET, MERGE, DELETE. */
export function handleField(req: ApiRequest, list: FieldHost, field: FieldDef): HandlerResult {
  const verb = verbOf(req);
  const securable = securableOf(list);
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

/** `field/setShowInDisplayForm(true)`, `…EditForm`, `…NewForm` (POST): stored, echoed as ShowIn…Form. */
export function handleShowInForm(
  req: ApiRequest,
  list: FieldHost,
  field: FieldDef,
  name: string,
  args: SegmentArgs,
): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  demand(req, securableOf(list), PermissionKind.ManageLists);
  const arg = args.positional[0] ?? args.named.get('value');
  if (!arg || typeof arg.value !== 'boolean')
    throw new BadRequestError(`The parameter of '${name}' must be true or false.`);
  const property = `ShowIn${name.slice('setshowin'.length, -'form'.length).replace(/^./, (c) => c.toUpperCase())}Form`;
  updateField(req.store, list, field, { [property]: arg.value });
  return okNull(`SetShowIn${property.slice('ShowIn'.length)}`);
}
