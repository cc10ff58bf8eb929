import { createHash } from 'node:crypto';
import { PermissionKind } from '../../model/permissions.js';
import type { ApiRequest } from '../context.js';
import { webEntity } from '../entities.js';
import { demand, entityContext, entityResult, notAllowed, verbOf } from '../kit.js';
import { selectEntity } from '../collection.js';
import { ComplexValue, CollectionValue, ok, type HandlerResult } from '../values.js';

/** SharePoint Online's REST library version the emulator reports. */
export const LIBRARY_VERSION = '16.0.25919.12007';

/** Lifetime of a form digest, in seconds. */
export const DIGEST_TIMEOUT_SECONDS = 1800;

/** `web` (GET). */
export function handleWeb(req: ApiRequest): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.Open);
  return entityResult('SP.ApiData.Webs', selectEntity(webEntity(entityContext(req)), req.query.select));
}

/** `contextinfo` (POST): a form digest (not needed with a bearer token, but clients may ask). */
export function handleContextInfo(req: ApiRequest): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  const now = new Date();
  const digest = createHash('sha256')
    .update(`${req.caller.principal.id}:${now.toISOString()}`)
    .digest('hex')
    .toUpperCase()
    .slice(0, 128);
  const stamp = now
    .toUTCString()
    .replace(/^\w+, /, '')
    .replace(' GMT', ' -0000');
  return ok({
    kind: 'plain',
    metadataType: 'SP.ContextWebInformation',
    verboseName: 'GetContextWebInformation',
    value: new ComplexValue('SP.ContextWebInformation', {
      FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
      FormDigestValue: `0x${digest},${stamp}`,
      LibraryVersion: LIBRARY_VERSION,
      SiteFullUrl: req.siteUrl,
      SupportedSchemaVersions: new CollectionValue('Collection(Edm.String)', ['14.0.0.0', '15.0.0.0']),
      WebFullUrl: req.siteUrl,
    }),
  });
}
