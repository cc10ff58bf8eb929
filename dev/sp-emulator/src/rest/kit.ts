import { MethodNotAllowedError, PreconditionFailedError } from '../errors/sp-errors.js';
import type { PermissionKindValue } from '../model/permissions.js';
import { requirePermission, type Securable } from '../security/access.js';
import { expandNames } from './collection.js';
import type { ApiRequest } from './context.js';
import type { EntityContext } from './entities.js';
import type { EntityValue, HandlerResult } from './values.js';

/** Methods after X-HTTP-Method: GET, POST, MERGE (also PATCH and PUT) and DELETE. */
export type Verb = 'GET' | 'POST' | 'MERGE' | 'DELETE';

/** The verb of a request (PATCH and PUT update like MERGE). */
export function verbOf(req: ApiRequest): Verb {
  const m = req.method.toUpperCase();
  if (m === 'PATCH' || m === 'PUT' || m === 'MERGE') return 'MERGE';
  if (m === 'GET' || m === 'POST' || m === 'DELETE') return m;
  throw new MethodNotAllowedError(req.method, req.segments.map((s) => s.text).join('/'));
}

/** Throws 405 for a verb the resource does not accept. */
export function notAllowed(req: ApiRequest): never {
  throw new MethodNotAllowedError(req.method, req.segments.map((s) => s.text).join('/') || '_api');
}

/** Entity-building context for the request (with `$expand` names). */
export function entityContext(
  req: ApiRequest,
  expand: ReadonlySet<string> = expandNames(req.query),
): EntityContext {
  return {
    apiBase: req.apiBase,
    siteUrl: req.siteUrl,
    sitePath: req.site.sitePath,
    siteTitle: req.site.siteTitle,
    store: req.store,
    expand,
  };
}

/** Checks the caller's permission on a securable (403 when missing). */
export function demand(req: ApiRequest, securable: Securable, kind: PermissionKindValue): void {
  requirePermission(req.store, req.caller.principal, securable, kind);
}

/** The opaque value of an entity tag (`"3"` → `3`, `"{guid},3"` → `{guid},3`); null for a weak tag. */
function opaque(etag: string): string | null {
  const v = etag.trim();
  if (v.startsWith('W/')) return null;
  return v.replace(/^"(.*)"$/, '$1');
}

/**
 * Enforces `If-Match` (absent or `*` always match; otherwise 412 unless it equals the current ETag). As in
 * SharePoint and RFC 7232 the comparison is strong: a weak tag (`W/"3"`) never matches, and the whole opaque
 * value must be equal (`"1,2"` does not match `"2"`).
 */
export function checkIfMatch(req: ApiRequest, currentEtag: string): void {
  const given = req.ifMatch?.trim();
  if (!given || given === '*') return;
  const value = opaque(given);
  if (value === null || value !== opaque(currentEtag)) throw new PreconditionFailedError(given, currentEtag);
}

/** 201 Created with an entity. */
export function created(metadataType: string, entity: EntityValue): HandlerResult {
  return {
    status: 201,
    payload: { kind: 'entity', metadataType, entity },
    headers: entity.etag ? { ETag: entity.etag } : {},
  };
}

/** 200 with one entity (and its ETag header). */
export function entityResult(metadataType: string, entity: EntityValue): HandlerResult {
  return {
    status: 200,
    payload: { kind: 'entity', metadataType, entity },
    headers: entity.etag ? { ETag: entity.etag } : {},
  };
}

/** 204 No Content (with an ETag header when given). */
export function noContent(etag?: string): HandlerResult {
  return etag ? { status: 204, headers: { ETag: etag } } : { status: 204 };
}

/** 200 with an empty body (what SharePoint answers to DELETE). */
export function emptyOk(): HandlerResult {
  return { status: 200 };
}
