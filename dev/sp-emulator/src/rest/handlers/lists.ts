import {
  createList,
  deleteList,
  ensureSiteLibrary,
  SITE_LIBRARIES,
  updateList,
} from '../../lists/list-service.js';
import type { ListRecord } from '../../model/lists.js';
import { maskHas, PermissionKind } from '../../model/permissions.js';
import { effectiveMask } from '../../security/access.js';
import { applyCollectionOptions, assertExpandable, selectEntity } from '../collection.js';
import { bodyObject, type ApiRequest } from '../context.js';
import { listEntity } from '../entities.js';
import {
  checkIfMatch,
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

const LIST_TYPE = 'SP.ApiData.Lists';

/** `web/lists`: GET (lists the caller can see), POST (create a list). */
export function handleLists(req: ApiRequest): HandlerResult {
  const verb = verbOf(req);
  if (verb === 'GET') {
    assertExpandable(req.query, ['rootfolder', 'parentweb'], 'SP.List');
    const ctx = entityContext(req);
    const visible = req.store.lists
      .all()
      .filter((l) =>
        maskHas(
          effectiveMask(req.store, req.caller.principal, { kind: 'list', list: l }),
          PermissionKind.ViewListItems,
        ),
      );
    const entities = applyCollectionOptions(
      visible.map((l) => listEntity(ctx, l)),
      req.query,
    );
    return ok({ kind: 'set', metadataType: LIST_TYPE, items: entities });
  }
  if (verb === 'POST') {
    demand(req, { kind: 'web' }, PermissionKind.ManageLists);
    const list = createList(req.store, bodyObject(req));
    return created(LIST_TYPE, listEntity(entityContext(req, new Set()), list));
  }
  return notAllowed(req);
}

/** One list: GET, MERGE (Title, Description, settings), DELETE. */
export function handleList(req: ApiRequest, list: ListRecord): HandlerResult {
  const verb = verbOf(req);
  const securable = { kind: 'list' as const, list };
  if (verb === 'GET') {
    demand(req, securable, PermissionKind.ViewListItems);
    assertExpandable(req.query, ['rootfolder', 'parentweb'], 'SP.List');
    return entityResult(LIST_TYPE, selectEntity(listEntity(entityContext(req), list), req.query.select));
  }
  if (verb === 'MERGE') {
    demand(req, securable, PermissionKind.ManageLists);
    checkIfMatch(req, `"${list.version}"`);
    const next = updateList(req.store, list, bodyObject(req));
    return noContent(`"${next.version}"`);
  }
  if (verb === 'DELETE') {
    demand(req, securable, PermissionKind.ManageLists);
    checkIfMatch(req, `"${list.version}"`);
    deleteList(req.store, list);
    return emptyOk();
  }
  return notAllowed(req);
}

/** `lists/ensureSiteAssetsLibrary` and `lists/ensureSitePagesLibrary` (POST): the library, created when missing. */
export function handleEnsureSiteLibrary(req: ApiRequest, key: 'siteAssets' | 'sitePages'): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  const existing = req.store.lists.byUrlName(SITE_LIBRARIES[key].urlName);
  demand(
    req,
    existing ? { kind: 'list', list: existing } : { kind: 'web' },
    existing ? PermissionKind.ViewListItems : PermissionKind.ManageLists,
  );
  const list = ensureSiteLibrary(req.store, key);
  return entityResult(LIST_TYPE, listEntity(entityContext(req, new Set()), list));
}
