import { BadRequestError } from '../errors/sp-errors.js';
import { ListSchema } from '../items/schema.js';
import { createSystemItem, deleteItem, updateSystemItem } from '../items/write.js';
import { newGuid } from '../model/ids.js';
import { isLibrary, type DocumentRecord, type ItemRecord, type ListRecord } from '../model/lists.js';
import { listServerRelativeUrl } from '../rest/entities.js';
import { documentPath } from '../storage/documents-repo.js';
import type { Store } from '../storage/store.js';
import { extensionOf } from './mime.js';
import { checkName, checkPathLength, CODE_FILE_EXISTS, folderNotFound } from './paths.js';

/** Content type ids of library items (SharePoint's Document and Folder types with a list-specific suffix). */
export const DOCUMENT_CONTENT_TYPE_ID = '0x0101009F0C2D6A3E1B4C4E8DB1E5A7C2F6D8B9';
/** Content type id of a folder in a library. */
export const FOLDER_CONTENT_TYPE_ID = '0x0120004E1F6B2C8D3A5E4F7B9C1D2E3F4A5B6C';

/** A file or folder with its list item. */
export interface StoredDocument {
  doc: DocumentRecord;
  item: ItemRecord;
}

function schemaOf(store: Store, list: ListRecord): ListSchema {
  return new ListSchema(list, store.fields.forList(list.id));
}

/** SharePoint's date in "already exists" messages: `24 Nov 2017 12:50:43 -0000`. */
function messageDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} -0000`;
}

function alreadyExists(store: Store, list: ListRecord, path: string, item: ItemRecord): BadRequestError {
  const editor = typeof item.data.Editor === 'number' ? store.principals.byId(item.data.Editor) : undefined;
  return new BadRequestError(
    `A file with the name ${list.urlName}/${path} already exists. It was last modified by ${editor?.loginName ?? 'SHAREPOINT\\system'} on ${messageDate(String(item.data.Modified ?? ''))}.`,
    CODE_FILE_EXISTS,
  );
}

/** The item of a document (it always exists: the document row is deleted with its item). */
export function itemOfDocument(store: Store, doc: DocumentRecord): ItemRecord {
  const rows = store.items.select('SELECT row_id, item_id, version, data FROM items WHERE row_id = ?', [
    doc.rowId,
  ]);
  const item = rows[0];
  if (!item) throw new Error(`The item of document ${doc.uniqueId} is missing.`);
  return item;
}

/** Throws 404 (File Not Found) unless `dir` is the root or an existing folder of the library. */
export function assertFolderExists(store: Store, list: ListRecord, dir: string): void {
  if (dir === '') return;
  const folder = store.documents.byPath(list.id, dir);
  if (!folder || !folder.isFolder) throw folderNotFound();
}

function assertLibrary(list: ListRecord): void {
  if (!isLibrary(list)) {
    throw new BadRequestError(
      `The list '${list.title}' is not a document library: the SharePoint emulator stores files only in document libraries (BaseTemplate 101).`,
    );
  }
}

/** Folder-level values of a new document's item (the file columns). */
function fileColumns(
  sitePath: string,
  list: ListRecord,
  dir: string,
  name: string,
  isFolder: boolean,
  length: number,
): Record<string, unknown> {
  const root = listServerRelativeUrl(sitePath, list);
  const dirUrl = dir === '' ? root : `${root}/${dir}`;
  return {
    FileLeafRef: name,
    FileRef: `${dirUrl}/${name}`,
    FileDirRef: dirUrl,
    File_x0020_Type: isFolder ? null : extensionOf(name) || null,
    File_x0020_Size: isFolder ? null : String(length),
    FSObjType: isFolder ? '1' : '0',
  };
}

/**
 * Adds a file to a folder of a library (`files/addUsingPath`, `files/add`): a new item with the file columns and
 * the content, or, with `overwrite`, new content (and a new version) for an existing file, whose column values
 * stay. An existing name without `overwrite` answers SharePoint's "already exists" error.
 */
export function addFile(
  store: Store,
  sitePath: string,
  list: ListRecord,
  dir: string,
  name: string,
  content: Uint8Array,
  overwrite: boolean,
  userId: number,
): StoredDocument {
  assertLibrary(list);
  checkName(name);
  assertFolderExists(store, list, dir);
  const path = documentPath(dir, name);
  checkPathLength(`${listServerRelativeUrl(sitePath, list)}/${path}`);
  const schema = schemaOf(store, list);
  const existing = store.documents.byPath(list.id, path);
  if (existing) {
    const item = itemOfDocument(store, existing);
    if (!overwrite || existing.isFolder) throw alreadyExists(store, list, path, item);
    return setFileContent(store, list, existing, item, content, userId);
  }
  const item = createSystemItem(
    store,
    schema,
    {
      ...fileColumns(sitePath, list, dir, name, false, content.length),
      ContentTypeId: DOCUMENT_CONTENT_TYPE_ID,
    },
    userId,
  );
  const doc: DocumentRecord = {
    rowId: item.rowId,
    listId: list.id,
    isFolder: false,
    uniqueId: newGuid(),
    dir,
    name,
    length: content.length,
  };
  store.documents.insert(doc, content);
  return { doc, item };
}

/** Replaces a file's content: a new version of its item (Modified, Editor, size), the column values stay. */
export function setFileContent(
  store: Store,
  list: ListRecord,
  doc: DocumentRecord,
  item: ItemRecord,
  content: Uint8Array,
  userId: number,
): StoredDocument {
  store.documents.setContent(doc.rowId, content);
  const next = updateSystemItem(
    store,
    schemaOf(store, list),
    item,
    { File_x0020_Size: String(content.length) },
    userId,
  );
  return { doc: { ...doc, length: content.length }, item: next };
}

/**
 * Adds a folder to a library (`folders/addUsingPath`); an existing folder of that name is returned as it is, a
 * file of that name is an error.
 */
export function addFolder(
  store: Store,
  sitePath: string,
  list: ListRecord,
  dir: string,
  name: string,
  userId: number,
): StoredDocument {
  assertLibrary(list);
  checkName(name);
  assertFolderExists(store, list, dir);
  const path = documentPath(dir, name);
  checkPathLength(`${listServerRelativeUrl(sitePath, list)}/${path}`);
  const existing = store.documents.byPath(list.id, path);
  if (existing) {
    const item = itemOfDocument(store, existing);
    if (!existing.isFolder) throw alreadyExists(store, list, path, item);
    return { doc: existing, item };
  }
  const item = createSystemItem(
    store,
    schemaOf(store, list),
    { ...fileColumns(sitePath, list, dir, name, true, 0), ContentTypeId: FOLDER_CONTENT_TYPE_ID },
    userId,
  );
  const doc: DocumentRecord = {
    rowId: item.rowId,
    listId: list.id,
    isFolder: true,
    uniqueId: newGuid(),
    dir,
    name,
    length: 0,
  };
  store.documents.insert(doc, null);
  return { doc, item };
}

/** Deletes a file, or a folder with everything in it (their items go with them). */
export function deleteDocument(store: Store, list: ListRecord, doc: DocumentRecord): void {
  const schema = schemaOf(store, list);
  if (doc.isFolder) {
    for (const rowId of store.documents.descendants(list.id, documentPath(doc.dir, doc.name))) {
      const child = store.documents.byRowId(rowId);
      if (child) deleteItem(store, schema, itemOfDocument(store, child));
    }
  }
  deleteItem(store, schema, itemOfDocument(store, doc));
}
