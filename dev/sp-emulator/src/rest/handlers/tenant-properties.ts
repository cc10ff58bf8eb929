import { AccessDeniedError, BadRequestError } from '../../errors/sp-errors.js';
import { bodyObject, type ApiRequest } from '../context.js';
import { emptyOk, notAllowed, verbOf } from '../kit.js';
import type { SegmentArgs } from '../path.js';
import { ComplexValue, ok, type HandlerResult } from '../values.js';

/**
 * Tenant properties (storage entities): in SharePoint Online they live in the tenant app catalog, every
 * signed-in user reads them from any site, and only SharePoint administrators write them. The emulator keeps
 * them beside its one site; site collection administrators and the app principal stand in for the tenant's
 * SharePoint administrators.
 */
const KEY_PREFIX = 'tenantProperty:';

interface StorageEntity {
  Value: string | null;
  Description: string | null;
  Comment: string | null;
}

function keyArg(args: SegmentArgs): string {
  const arg = args.positional[0] ?? args.named.get('key');
  if (!arg || typeof arg.value !== 'string' || !arg.value)
    throw new BadRequestError("The argument 'key' is required, e.g. getStorageEntity('MyKey').");
  return arg.value;
}

function assertTenantAdmin(req: ApiRequest): void {
  if (!req.caller.isApp && !req.caller.principal.isSiteAdmin) throw new AccessDeniedError();
}

/** `web/getStorageEntity('key')` (GET): the property, with nulls when there is none. */
export function handleGetStorageEntity(req: ApiRequest, args: SegmentArgs): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  const stored = req.store.meta.get(KEY_PREFIX + keyArg(args));
  const entity: StorageEntity = stored
    ? (JSON.parse(stored) as StorageEntity)
    : { Value: null, Description: null, Comment: null };
  return ok({
    kind: 'plain',
    metadataType: 'SP.StorageEntity',
    verboseName: 'GetStorageEntity',
    value: new ComplexValue('SP.StorageEntity', { ...entity }),
  });
}

/** `web/setStorageEntity` (POST `{key, value, description, comments}`): administrators only. */
export function handleSetStorageEntity(req: ApiRequest): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  assertTenantAdmin(req);
  const body = bodyObject(req);
  const key = body['key'];
  const value = body['value'];
  if (typeof key !== 'string' || !key || typeof value !== 'string')
    throw new BadRequestError("The parameters 'key' and 'value' are required.");
  const entity: StorageEntity = {
    Value: value,
    Description: typeof body['description'] === 'string' ? body['description'] : '',
    Comment: typeof body['comments'] === 'string' ? body['comments'] : '',
  };
  req.store.meta.set(KEY_PREFIX + key, JSON.stringify(entity));
  return emptyOk();
}

/** `web/removeStorageEntity('key')` (POST): administrators only. */
export function handleRemoveStorageEntity(req: ApiRequest, args: SegmentArgs): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  assertTenantAdmin(req);
  req.store.meta.set(
    KEY_PREFIX + keyArg(args),
    JSON.stringify({ Value: null, Description: null, Comment: null }),
  );
  return emptyOk();
}
