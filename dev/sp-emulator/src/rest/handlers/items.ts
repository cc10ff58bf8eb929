import { BadRequestError, CODE_ARGUMENT_ITEM, NotFoundError } from '../../errors/sp-errors.js';
import { deleteDocument } from '../../files/service.js';
import { queryItems } from '../../items/query.js';
import { buildSelection, itemsToEntities, type ItemSelection } from '../../items/read.js';
import type { ListSchema } from '../../items/schema.js';
import { createItem, deleteItem, updateItem } from '../../items/write.js';
import { isLibrary, type ItemRecord, type ListRecord } from '../../model/lists.js';
import { maskHas, PermissionKind } from '../../model/permissions.js';
import { effectiveMask, itemSecurable, type Securable } from '../../security/access.js';
import { selectEntity } from '../collection.js';
import { fieldValuesEntity, itemExtras } from '../item-extras.js';
import { formatSkipToken } from '../../odata/skiptoken.js';
import { bodyObject, type ApiRequest } from '../context.js';
import {
  checkIfMatch,
  created,
  demand,
  emptyOk,
  entityResult,
  noContent,
  notAllowed,
  verbOf,
} from '../kit.js';
import { schemaOf, type FieldValuesFlavor } from '../resources.js';
import { ok, type HandlerResult } from '../values.js';

/** Most items one page may return (SharePoint's `$top` limit). */
export const MAX_TOP = 5000;
/** Items per page when `$top` is not given. */
export const DEFAULT_TOP = 100;

function itemsMetadataType(list: ListRecord): string {
  return `SP.ListData.${list.entityTypeName}Items`;
}

function nextLink(
  req: ApiRequest,
  top: number,
  next: { id: number; values: Record<string, string> },
): string {
  const url = new URL(req.url.toString());
  for (const key of [...url.searchParams.keys()]) {
    if (/^(\$skiptoken|p_.*|PagedPrev|Paged)$/i.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.set('$skiptoken', formatSkipToken(next.id, next.values));
  url.searchParams.set('$top', String(top));
  return url.toString();
}

/**
 * Whether the caller sees an item: every item of a list they may read, except an item with its own permissions
 * that grant them nothing to view (SharePoint trims such items from results and answers 404 for them).
 */
function sees(req: ApiRequest, list: ListRecord, item: ItemRecord, uniqueRows: ReadonlySet<number>): boolean {
  if (!uniqueRows.has(item.rowId)) return true;
  const mask = effectiveMask(req.store, req.caller.principal, { kind: 'item', list, item, unique: true });
  return maskHas(mask, PermissionKind.ViewListItems);
}

/** The answer SharePoint gives for an item the caller may not see: the same as for one that does not exist. */
function itemNotFound(): NotFoundError {
  return new NotFoundError(
    'Item does not exist. It may have been deleted by another user.',
    CODE_ARGUMENT_ITEM,
  );
}

/** The `$select`/`$expand` of a GET of items, with the properties and navigations beyond the fields. */
function requestSelection(req: ApiRequest, schema: ListSchema): ItemSelection {
  return buildSelection(req.store, schema, req.query.select, req.query.expand, itemExtras(req, schema));
}

/** `…/items`: GET (query with OData options and the list view threshold), POST (add an item). */
export function handleItems(req: ApiRequest, list: ListRecord): HandlerResult {
  const verb = verbOf(req);
  const securable = { kind: 'list' as const, list };
  const schema = schemaOf(req.store, list);
  if (verb === 'GET') {
    demand(req, securable, PermissionKind.ViewListItems);
    const top = req.query.top ?? DEFAULT_TOP;
    if (top > MAX_TOP) {
      throw new BadRequestError(
        `The $top value ${top} exceeds the limit of ${MAX_TOP} items per page. Page through larger results with $skiptoken (odata.nextLink).`,
      );
    }
    const selection = requestSelection(req, schema);
    const page = queryItems(
      req.store,
      schema,
      { filter: req.query.filter, orderBy: req.query.orderBy, top, skipToken: req.query.skipToken },
      req.site.listViewThreshold,
    );
    // Security trimming: items with their own permissions that the caller may not view are left out.
    const uniqueRows = req.store.security.uniqueItemRows(list.id);
    const shown = uniqueRows.size ? page.items.filter((i) => sees(req, list, i, uniqueRows)) : page.items;
    const items = itemsToEntities(req.store, req.apiBase, schema, shown, selection);
    return ok({
      kind: 'set',
      metadataType: itemsMetadataType(list),
      items,
      nextLink: page.next ? nextLink(req, top, page.next) : undefined,
    });
  }
  if (verb === 'POST') {
    demand(req, securable, PermissionKind.AddListItems);
    if (isLibrary(list)) {
      throw new BadRequestError(
        'To add an item to a document library, use SPFileCollection.Add() (files/addUsingPath).',
        CODE_ARGUMENT_ITEM,
      );
    }
    const item = createItem(req.store, schema, bodyObject(req), req.caller.principal.id);
    const selection = buildSelection(req.store, schema, undefined, undefined);
    const [entity] = itemsToEntities(req.store, req.apiBase, schema, [item], selection);
    return created(itemsMetadataType(list), entity as NonNullable<typeof entity>);
  }
  return notAllowed(req);
}

/** Checks that the caller may read an item (404 for an item with its own permissions they cannot see). */
function assertReadable(req: ApiRequest, list: ListRecord, item: ItemRecord): Securable {
  const securable = itemSecurable(req.store, list, item);
  demand(req, { kind: 'list', list }, PermissionKind.ViewListItems);
  if (securable.kind === 'item' && securable.unique && !sees(req, list, item, new Set([item.rowId])))
    throw itemNotFound();
  return securable;
}

/** One item: GET, MERGE/PATCH/PUT (with If-Match), DELETE (with If-Match). */
export function handleItem(req: ApiRequest, list: ListRecord, item: ItemRecord): HandlerResult {
  const verb = verbOf(req);
  const securable = assertReadable(req, list, item);
  const schema = schemaOf(req.store, list);
  const etag = `"${item.version}"`;
  if (verb === 'GET') {
    demand(req, securable, PermissionKind.ViewListItems);
    const selection = requestSelection(req, schema);
    const [entity] = itemsToEntities(req.store, req.apiBase, schema, [item], selection);
    return entityResult(itemsMetadataType(list), entity as NonNullable<typeof entity>);
  }
  if (verb === 'MERGE') {
    demand(req, securable, PermissionKind.EditListItems);
    checkIfMatch(req, etag);
    const next = updateItem(req.store, schema, item, bodyObject(req), req.caller.principal.id);
    return noContent(`"${next.version}"`);
  }
  if (verb === 'DELETE') {
    demand(req, securable, PermissionKind.DeleteListItems);
    checkIfMatch(req, etag);
    // A library item is a file or folder: deleting it deletes the file (a folder with its content).
    const doc = isLibrary(list) ? req.store.documents.byRowId(item.rowId) : undefined;
    if (doc) deleteDocument(req.store, list, doc);
    else deleteItem(req.store, schema, item);
    req.store.security.setUniqueItem(list.id, item.rowId, false);
    return emptyOk();
  }
  return notAllowed(req);
}

/** `items(n)/FieldValuesAsText`, `…/FieldValuesAsHtml`, `…/FieldValuesForEdit` (GET): SP.FieldStringValues. */
export function handleItemValues(
  req: ApiRequest,
  list: ListRecord,
  item: ItemRecord,
  flavor: FieldValuesFlavor,
): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, assertReadable(req, list, item), PermissionKind.ViewListItems);
  const entity = fieldValuesEntity(req, schemaOf(req.store, list), item, flavor);
  return entityResult('SP.FieldStringValues', selectEntity(entity, req.query.select));
}

/** `list/ReserveListItemId` (POST): the id the list's next item would get, taken so no item gets it. */
export function handleReserveListItemId(req: ApiRequest, list: ListRecord): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  demand(req, { kind: 'list', list }, PermissionKind.AddListItems);
  return ok({
    kind: 'plain',
    metadataType: 'Edm.Int32',
    verboseName: 'ReserveListItemId',
    value: req.store.lists.allocateItemId(list.id),
  });
}
