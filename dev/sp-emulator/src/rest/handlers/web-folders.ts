import { isLibrary } from '../../model/lists.js';
import { maskHas, PermissionKind } from '../../model/permissions.js';
import { effectiveMask } from '../../security/access.js';
import { applyCollectionOptions, selectEntity } from '../collection.js';
import type { ApiRequest } from '../context.js';
import { folderEntity, webFolderEntity } from '../entities.js';
import { demand, entityContext, entityResult, notAllowed, verbOf } from '../kit.js';
import type { WebFolderPath } from '../resources.js';
import { ok, type EntityValue, type HandlerResult } from '../values.js';

const FOLDERS_TYPE = 'SP.ApiData.Folders';

/** `web/rootFolder` and `<site>/Lists` as a folder (GET). */
export function handleWebFolder(req: ApiRequest, path: WebFolderPath): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.Open);
  return entityResult(
    FOLDERS_TYPE,
    selectEntity(webFolderEntity(entityContext(req, new Set()), path), req.query.select),
  );
}

/**
 * `web/folders`, `web/rootFolder/folders` (the `Lists` folder and the root folders of the libraries the caller can
 * read) and `<site>/Lists` folders (the root folders of custom lists): GET.
 */
export function handleWebFolders(req: ApiRequest, path: WebFolderPath): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.Open);
  const ctx = entityContext(req, new Set());
  const folders: EntityValue[] = path === '' ? [webFolderEntity(ctx, 'Lists')] : [];
  for (const list of req.store.lists.all()) {
    if (isLibrary(list) !== (path === '')) continue;
    const mask = effectiveMask(req.store, req.caller.principal, { kind: 'list', list });
    if (maskHas(mask, PermissionKind.ViewListItems)) folders.push(folderEntity(ctx, list));
  }
  return ok({ kind: 'set', metadataType: FOLDERS_TYPE, items: applyCollectionOptions(folders, req.query) });
}

/** The files directly in the web's root folder (GET): none here (the emulator keeps files in libraries only). */
export function handleWebFiles(req: ApiRequest): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.Open);
  return ok({ kind: 'set', metadataType: 'SP.ApiData.Files12', items: [] });
}
