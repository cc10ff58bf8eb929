import { createHash } from 'node:crypto';
import { PermissionKind } from '../../model/permissions.js';
import { BadRequestError } from '../../errors/sp-errors.js';
import { isAnnotation } from '../../items/write-values.js';
import { bodyObject, type ApiRequest } from '../context.js';
import { storedWebProps, WEB_SETTINGS, webEntity } from '../entities.js';
import { demand, entityContext, entityResult, noContent, notAllowed, verbOf } from '../kit.js';
import { assertExpandable, selectEntity } from '../collection.js';
import {
  ComplexValue,
  CollectionValue,
  DeferredValue,
  EntityValue,
  ok,
  okNull,
  type HandlerResult,
} from '../values.js';

/** SharePoint Online's REST library version the emulator reports. */
export const LIBRARY_VERSION = '16.0.25919.12007';

/** Lifetime of a form digest, in seconds. */
export const DIGEST_TIMEOUT_SECONDS = 1800;

/** Web properties that exist but cannot be written. */
const READ_ONLY_WEB = new Set([
  'Id',
  'Url',
  'ServerRelativeUrl',
  'ServerRelativePath',
  'Created',
  'Language',
  'WebTemplate',
  'Configuration',
  'LastItemModifiedDate',
]);

function webSettingValue(key: string, value: unknown): string | boolean | null {
  if (key === 'Title') {
    if (typeof value !== 'string' || value.trim() === '')
      throw new BadRequestError('The web title must be a non-empty text.');
    if (value.length > 255) throw new BadRequestError('The web title is longer than 255 characters.');
    return value;
  }
  const fallback = WEB_SETTINGS[key];
  if (fallback === undefined) {
    if (READ_ONLY_WEB.has(key))
      throw new BadRequestError(`The property '${key}' is read-only and cannot be set.`);
    throw new BadRequestError(
      `The property '${key}' does not exist on type 'SP.Web'. Make sure to only use property names that are defined by the type.`,
    );
  }
  if (typeof fallback === 'boolean') {
    if (typeof value !== 'boolean') throw new BadRequestError(`The property '${key}' must be a boolean.`);
    return value;
  }
  if (value !== null && typeof value !== 'string')
    throw new BadRequestError(`The property '${key}' must be a text.`);
  return value;
}

/** `web`: GET (`$expand=ParentWeb` is null on this root web; RootFolder), MERGE (Title, Description and settings). */
export function handleWeb(req: ApiRequest): HandlerResult {
  const verb = verbOf(req);
  if (verb === 'MERGE') {
    demand(req, { kind: 'web' }, PermissionKind.ManageWeb);
    const next = storedWebProps(req.store);
    for (const [key, value] of Object.entries(bodyObject(req))) {
      if (!isAnnotation(key)) next[key] = webSettingValue(key, value);
    }
    req.store.meta.set('web_props', JSON.stringify(next));
    return noContent();
  }
  if (verb !== 'GET') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.Open);
  assertExpandable(req.query, ['parentweb', 'rootfolder'], 'SP.Web');
  return entityResult('SP.ApiData.Webs', selectEntity(webEntity(entityContext(req)), req.query.select));
}

/** `site` (GET): the site collection, whose root web is the emulated web. */
export function handleSite(req: ApiRequest): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.Open);
  const entity = new EntityValue('SP.Site', `${req.apiBase}/Site`, 'Site', {
    AllowCreateDeclarativeWorkflow: false,
    Classification: '',
    Id: req.store.meta.get('site_id') ?? '',
    IsHubSite: false,
    ReadOnly: false,
    ServerRelativeUrl: req.site.sitePath,
    Url: req.siteUrl,
    RootWeb: new DeferredValue(`${req.apiBase}/Site/RootWeb`),
  });
  return entityResult('SP.ApiData.Sites', selectEntity(entity, req.query.select));
}

/** A navigation property that is empty here (a root web's ParentWeb, a file's LockedByUser): `odata.null`. */
export function handleNullNavigation(req: ApiRequest, name: string): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.Open);
  return okNull(name);
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
