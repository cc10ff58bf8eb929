import { BadRequestError } from '../../errors/sp-errors.js';
import { fileEntity, fileEtag, subFolderEntity } from '../../files/entities.js';
import { contentTypeOfFile } from '../../files/mime.js';
import { folderNotFound, serverRelative } from '../../files/paths.js';
import {
  addFile,
  addFolder,
  deleteDocument,
  itemOfDocument,
  setFileContent,
  type StoredDocument,
} from '../../files/service.js';
import { cancelUpload, continueUpload, finishUpload, startUpload } from '../../files/uploads.js';
import { buildSelection, itemsToEntities } from '../../items/read.js';
import { newGuid } from '../../model/ids.js';
import type { DocumentRecord, ListRecord } from '../../model/lists.js';
import { PermissionKind } from '../../model/permissions.js';
import { documentPath } from '../../storage/documents-repo.js';
import { applyCollectionOptions, selectEntity } from '../collection.js';
import { bodyObject, type ApiRequest } from '../context.js';
import { folderEntity, listServerRelativeUrl } from '../entities.js';
import { checkIfMatch, demand, emptyOk, entityContext, entityResult, notAllowed, verbOf } from '../kit.js';
import { actionBool, schemaOf } from '../resources.js';
import type { SegmentArgs } from '../path.js';
import { EntityValue, ok, okNull, type HandlerResult } from '../values.js';

const FILES_TYPE = 'SP.ApiData.Files12';
const FOLDERS_TYPE = 'SP.ApiData.Folders';

function listSecurable(list: ListRecord): { kind: 'list'; list: ListRecord } {
  return { kind: 'list', list };
}

/** Which navigation properties of a file `$expand` asks for (ListItemAllFields only). */
function expandsListItem(req: ApiRequest): boolean {
  let found = false;
  for (const path of req.query.expand ?? []) {
    if (path.length === 1 && /^listitemallfields$/i.test(path[0] as string)) found = true;
    else {
      throw new BadRequestError(
        `The $expand '${path.join('/')}' is not supported on SP.File by the emulator (ListItemAllFields only).`,
      );
    }
  }
  return found;
}

function fileValue(
  req: ApiRequest,
  list: ListRecord,
  stored: StoredDocument,
  withItem: boolean,
): EntityValue {
  let listItem: EntityValue | undefined;
  if (withItem) {
    const schema = schemaOf(req.store, list);
    const selection = buildSelection(req.store, schema, undefined, undefined);
    listItem = itemsToEntities(req.store, req.apiBase, schema, [stored.item], selection)[0];
  }
  return fileEntity(req.apiBase, stored.doc, stored.item, listItem);
}

function storedOf(req: ApiRequest, doc: DocumentRecord): StoredDocument {
  return { doc, item: itemOfDocument(req.store, doc) };
}

function fileResult(req: ApiRequest, list: ListRecord, stored: StoredDocument, status = 200): HandlerResult {
  const entity = selectEntity(fileValue(req, list, stored, expandsListItem(req)), req.query.select);
  return {
    status,
    payload: { kind: 'entity', metadataType: FILES_TYPE, entity },
    headers: { ETag: fileEtag(stored.doc, stored.item) },
  };
}

function folderValue(req: ApiRequest, list: ListRecord, doc: DocumentRecord | undefined): EntityValue {
  if (!doc) return folderEntity(entityContext(req, new Set()), list);
  const item = itemOfDocument(req.store, doc);
  return subFolderEntity(
    req.apiBase,
    doc,
    item,
    req.store.documents.countChildren(list.id, documentPath(doc.dir, doc.name)),
  );
}

/** A folder (a list's root folder or a library folder): GET; DELETE for library folders (with their content). */
export function handleFolder(
  req: ApiRequest,
  list: ListRecord,
  doc: DocumentRecord | undefined,
): HandlerResult {
  const verb = verbOf(req);
  if (verb === 'GET') {
    demand(req, listSecurable(list), PermissionKind.ViewListItems);
    if ((req.query.expand ?? []).length > 0)
      throw new BadRequestError('The emulator does not expand navigation properties of SP.Folder.');
    return entityResult(FOLDERS_TYPE, selectEntity(folderValue(req, list, doc), req.query.select));
  }
  if (verb === 'DELETE' && doc) {
    demand(req, listSecurable(list), PermissionKind.DeleteListItems);
    deleteDocument(req.store, list, doc);
    return emptyOk();
  }
  return notAllowed(req);
}

/**
 * A folder that does not exist: SharePoint answers `$select=Exists` with `Exists: false` and everything else
 * with 404 "File Not Found.".
 */
export function handleMissingFolder(req: ApiRequest): HandlerResult {
  const select = req.query.select ?? [];
  if (verbOf(req) === 'GET' && select.length === 1 && /^exists$/i.test(select[0]?.join('/') ?? '')) {
    const entity = new EntityValue(
      'SP.Folder',
      `${req.apiBase}/Web/GetFolderByServerRelativePath`,
      'Web/GetFolderByServerRelativePath',
      {
        Exists: false,
      },
    );
    return entityResult(FOLDERS_TYPE, entity);
  }
  throw folderNotFound();
}

/** A folder's files: GET (with `$select`, `$filter`, `$orderby`, `$top` and `$expand=ListItemAllFields`). */
export function handleFiles(req: ApiRequest, list: ListRecord, dir: string): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, listSecurable(list), PermissionKind.ViewListItems);
  const withItem = expandsListItem(req);
  const files = req.store.documents
    .children(list.id, dir, false)
    .map((doc) => fileValue(req, list, storedOf(req, doc), withItem));
  return ok({ kind: 'set', metadataType: FILES_TYPE, items: applyCollectionOptions(files, req.query) });
}

/** A folder's sub folders: GET. */
export function handleFolders(req: ApiRequest, list: ListRecord, dir: string): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, listSecurable(list), PermissionKind.ViewListItems);
  const folders = req.store.documents.children(list.id, dir, true).map((doc) => folderValue(req, list, doc));
  return ok({ kind: 'set', metadataType: FOLDERS_TYPE, items: applyCollectionOptions(folders, req.query) });
}

/** A file: GET (properties), DELETE (with If-Match against the file's ETag). */
export function handleFile(req: ApiRequest, list: ListRecord, doc: DocumentRecord): HandlerResult {
  const verb = verbOf(req);
  const stored = storedOf(req, doc);
  if (verb === 'GET') {
    demand(req, listSecurable(list), PermissionKind.ViewListItems);
    return fileResult(req, list, stored);
  }
  if (verb === 'DELETE') {
    demand(req, listSecurable(list), PermissionKind.DeleteListItems);
    checkIfMatch(req, fileEtag(doc, stored.item));
    deleteDocument(req.store, list, doc);
    return emptyOk();
  }
  return notAllowed(req);
}

/** A file's content (`$value`): GET answers the bytes; PUT (also `X-HTTP-Method: PUT`) replaces them. */
export function handleFileContent(req: ApiRequest, list: ListRecord, doc: DocumentRecord): HandlerResult {
  const method = req.method.toUpperCase();
  if (method === 'GET') {
    demand(req, listSecurable(list), PermissionKind.ViewListItems);
    const item = itemOfDocument(req.store, doc);
    return {
      status: 200,
      raw: { contentType: contentTypeOfFile(doc.name), bytes: req.store.documents.content(doc.rowId) },
      headers: { ETag: fileEtag(doc, item) },
    };
  }
  if (method === 'PUT') {
    demand(req, listSecurable(list), PermissionKind.EditListItems);
    const stored = storedOf(req, doc);
    checkIfMatch(req, fileEtag(doc, stored.item));
    const next = setFileContent(req.store, list, doc, stored.item, req.bodyBytes, req.caller.principal.id);
    return { status: 204, headers: { ETag: fileEtag(next.doc, next.item) } };
  }
  return notAllowed(req);
}

/** `ListItemAllFields` of a root folder: SharePoint answers null (a root folder has no item). */
export function handleRootFolderItem(req: ApiRequest): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  return okNull('ListItemAllFields');
}

/** The server-relative URL of a folder of a list, by its path below the root folder. */
function folderUrlOf(req: ApiRequest, list: ListRecord, dir: string): string {
  const root = listServerRelativeUrl(req.site.sitePath, list);
  return dir === '' ? root : `${root}/${dir}`;
}

function leafName(args: SegmentArgs, folderUrl: string): string {
  const arg = args.named.get('decodedurl') ?? args.named.get('url') ?? args.positional[0];
  if (!arg || arg.kind !== 'string' || String(arg.value) === '') {
    throw new BadRequestError("The parameter 'DecodedUrl' (or 'url') with the file name is required.");
  }
  const raw = String(arg.value);
  // A server-relative URL inside the folder is accepted as well as a plain name.
  if (raw.startsWith('/')) {
    const path = serverRelative(raw);
    const prefix = `${folderUrl}/`;
    if (path.toLowerCase().startsWith(prefix.toLowerCase()) && !path.slice(prefix.length).includes('/'))
      return path.slice(prefix.length);
    throw new BadRequestError(`The URL '${raw}' does not name a file directly in the folder '${folderUrl}'.`);
  }
  return raw;
}

/** `files/addUsingPath(DecodedUrl='…',Overwrite=…)` and `files/add(url='…',overwrite=…)`: uploads the body. */
export function handleAddFile(
  req: ApiRequest,
  list: ListRecord,
  dir: string,
  args: SegmentArgs,
): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  const name = leafName(args, folderUrlOf(req, list, dir));
  const overwrite = actionBool(args, 'overwrite', false);
  if (actionBool(args, 'ensureuniquefilename', false))
    throw new BadRequestError('EnsureUniqueFileName is not supported by the SharePoint emulator.');
  const existing = req.store.documents.byPath(list.id, dir === '' ? name : `${dir}/${name}`);
  demand(req, listSecurable(list), existing ? PermissionKind.EditListItems : PermissionKind.AddListItems);
  const stored = addFile(
    req.store,
    req.site.sitePath,
    list,
    dir,
    name,
    req.bodyBytes,
    overwrite,
    req.caller.principal.id,
  );
  return fileResult(req, list, stored);
}

/** `folders/addUsingPath(DecodedUrl='…')` (server-relative or a name) and `folders/add('…')`: creates a folder. */
export function handleAddFolder(
  req: ApiRequest,
  list: ListRecord,
  dir: string,
  args: SegmentArgs,
): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  demand(req, listSecurable(list), PermissionKind.AddListItems);
  const name = leafName(args, folderUrlOf(req, list, dir));
  const stored = addFolder(req.store, req.site.sitePath, list, dir, name, req.caller.principal.id);
  return entityResult(FOLDERS_TYPE, selectEntity(folderValue(req, list, stored.doc), req.query.select));
}

/** Deletes a file or folder for a POST action (`recycle`, `DeleteWithParameters`); false for another verb. */
function deleteByAction(req: ApiRequest, list: ListRecord, doc: DocumentRecord | undefined): boolean {
  if (verbOf(req) !== 'POST') return false;
  if (!doc) throw new BadRequestError('A root folder cannot be deleted or recycled.');
  demand(req, listSecurable(list), PermissionKind.DeleteListItems);
  deleteDocument(req.store, list, doc);
  return true;
}

/** `recycle` of a file or folder: deleted (the emulator has no recycle bin); answers a recycle bin item id. */
export function handleRecycle(
  req: ApiRequest,
  list: ListRecord,
  doc: DocumentRecord | undefined,
): HandlerResult {
  if (!deleteByAction(req, list, doc)) return notAllowed(req);
  return ok({ kind: 'plain', metadataType: 'Edm.Guid', verboseName: 'Recycle', value: newGuid() });
}

function guidArg(args: SegmentArgs, name: string): string {
  const arg = args.named.get(name);
  if (!arg || (arg.kind !== 'guid' && arg.kind !== 'string'))
    throw new BadRequestError(`The parameter '${name}' (a GUID) is required.`);
  return String(arg.value).toLowerCase();
}

function offsetArg(args: SegmentArgs): number {
  const arg = args.named.get('fileoffset');
  const n = typeof arg?.value === 'string' ? Number(arg.value) : arg?.value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
    throw new BadRequestError("The parameter 'fileOffset' (a byte offset) is required.");
  return n;
}

function offsetResult(offset: number): HandlerResult {
  return ok({ kind: 'plain', metadataType: 'Edm.Int64', verboseName: 'StartUpload', value: String(offset) });
}

/**
 * Chunked upload of a file's content (`startUpload`, `continueUpload`, `finishUpload`, `cancelUpload` with an
 * `uploadId`), as PnPjs `addChunked`/`setContentChunked` sends it: the content is replaced at `finishUpload`.
 */
export function handleChunk(
  req: ApiRequest,
  list: ListRecord,
  doc: DocumentRecord,
  name: string,
  args: SegmentArgs,
): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  demand(req, listSecurable(list), PermissionKind.EditListItems);
  const uploadId = guidArg(args, 'uploadid');
  switch (name) {
    case 'startupload':
      return offsetResult(startUpload(req.store, uploadId, doc.rowId, req.bodyBytes));
    case 'continueupload':
      return offsetResult(continueUpload(req.store, uploadId, doc.rowId, offsetArg(args), req.bodyBytes));
    case 'finishupload': {
      const content = finishUpload(req.store, uploadId, doc.rowId, offsetArg(args), req.bodyBytes);
      const stored = storedOf(req, doc);
      return fileResult(
        req,
        list,
        setFileContent(req.store, list, doc, stored.item, content, req.caller.principal.id),
      );
    }
    default:
      cancelUpload(req.store, uploadId, doc.rowId);
      return okNull('CancelUpload');
  }
}

/** The folder path (relative to the library root) of a folder resource. */
function pathOf(doc: DocumentRecord | undefined): string {
  return doc ? documentPath(doc.dir, doc.name) : '';
}

/**
 * `folder/Properties` (SP.PropertyValues: the folder's `vti_` properties, names encoded as SharePoint does) and
 * `folder/StorageMetrics` (SP.StorageMetrics: files and bytes below the folder), GET.
 */
export function handleFolderInfo(
  req: ApiRequest,
  list: ListRecord,
  doc: DocumentRecord | undefined,
  what: 'Properties' | 'StorageMetrics',
): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, listSecurable(list), PermissionKind.ViewListItems);
  const folder = folderValue(req, list, doc);
  const link = `${folder.editLink}/${what}`;
  const modified = folder.props.TimeLastModified ?? '';
  if (what === 'Properties') {
    const entity = new EntityValue('SP.PropertyValues', `${req.apiBase}/${link}`, link, {
      vti_x005f_isexecutable: 'false',
      vti_x005f_timecreated: folder.props.TimeCreated ?? '',
      vti_x005f_timelastmodified: modified,
      vti_x005f_listname: `{${list.id.toUpperCase()}}`,
      vti_x005f_listbasetype: 1,
    });
    return entityResult('SP.PropertyValues', selectEntity(entity, req.query.select));
  }
  const { files, bytes } = req.store.documents.fileTotals(list.id, pathOf(doc));
  const entity = new EntityValue('SP.StorageMetrics', `${req.apiBase}/${link}`, link, {
    LastModified: modified,
    TotalFileCount: files,
    TotalFileStreamSize: bytes,
    TotalSize: bytes,
  });
  return entityResult('SP.StorageMetrics', selectEntity(entity, req.query.select));
}

/** `folder/AddSubFolderUsingPath` (POST `{leafPath: {DecodedUrl}}`): creates a folder in this one; void. */
export function handleAddSubFolder(
  req: ApiRequest,
  list: ListRecord,
  doc: DocumentRecord | undefined,
): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  demand(req, listSecurable(list), PermissionKind.AddListItems);
  const leaf = bodyObject(req).leafPath as { DecodedUrl?: unknown } | undefined;
  if (!leaf || typeof leaf.DecodedUrl !== 'string' || leaf.DecodedUrl === '')
    throw new BadRequestError("The parameter 'leafPath' ({DecodedUrl: 'name'}) is required.");
  addFolder(req.store, req.site.sitePath, list, pathOf(doc), leaf.DecodedUrl, req.caller.principal.id);
  return okNull('AddSubFolderUsingPath');
}

/** `file/DeleteWithParameters` and `folder/DeleteWithParameters` (POST `{parameters}`): deletes it; void. */
export function handleDeleteWithParameters(
  req: ApiRequest,
  list: ListRecord,
  doc: DocumentRecord | undefined,
): HandlerResult {
  if (!deleteByAction(req, list, doc)) return notAllowed(req);
  return okNull('DeleteWithParameters');
}

/**
 * `files/addTemplateFile(urlOfFile='…',templateFileType=n)` (POST): an empty page file at the URL (SharePoint
 * writes a page template; the emulator stores no content).
 */
export function handleAddTemplateFile(
  req: ApiRequest,
  list: ListRecord,
  dir: string,
  args: SegmentArgs,
): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  demand(req, listSecurable(list), PermissionKind.AddListItems);
  const url = args.named.get('urloffile');
  if (!url || typeof url.value !== 'string')
    throw new BadRequestError("The parameter 'urlOfFile' (the new file's server-relative URL) is required.");
  const name = leafName({ positional: [url], named: new Map() }, folderUrlOf(req, list, dir));
  const stored = addFile(
    req.store,
    req.site.sitePath,
    list,
    dir,
    name,
    new Uint8Array(),
    false,
    req.caller.principal.id,
  );
  return fileResult(req, list, stored);
}
