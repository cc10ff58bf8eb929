import {
  BadRequestError,
  CODE_ARGUMENT_ITEM,
  CODE_SP_EXCEPTION,
  NotFoundError,
} from '../errors/sp-errors.js';
import { ListSchema } from '../items/schema.js';
import type { FieldDef } from '../model/fields.js';
import { normalizeGuid } from '../model/ids.js';
import {
  isLibrary,
  type DocumentRecord,
  type ItemRecord,
  type ListRecord,
  type PrincipalRecord,
} from '../model/lists.js';
import { fileNotFound, folderNotFound, locate, serverRelative } from '../files/paths.js';
import { documentPath } from '../storage/documents-repo.js';
import { defaultLibrary } from '../lists/list-service.js';
import { fieldsOf, type FieldHost } from '../lists/field-service.js';
import { fold } from '../model/names.js';
import { ROLE_DEFINITIONS, type RoleDefinition } from '../model/permissions.js';
import type { LiteralNode } from '../odata/filter-ast.js';
import { itemSecurable, type Securable } from '../security/access.js';
import type { Store } from '../storage/store.js';
import type { ApiRequest } from './context.js';
import type { Segment, SegmentArgs } from './path.js';

/** What a REST path addresses. */
export type Resource =
  | { kind: 'root' }
  | { kind: 'web' }
  | { kind: 'contextinfo' }
  | { kind: 'lists' }
  | { kind: 'list'; list: ListRecord }
  | { kind: 'folder'; list: ListRecord; doc?: DocumentRecord }
  | { kind: 'missingFolder' }
  | { kind: 'files'; list: ListRecord; dir: string }
  | { kind: 'folders'; list: ListRecord; dir: string }
  | { kind: 'file'; list: ListRecord; doc: DocumentRecord }
  | { kind: 'fileContent'; list: ListRecord; doc: DocumentRecord }
  | { kind: 'rootFolderItem' }
  | { kind: 'items'; list: ListRecord }
  | { kind: 'item'; list: ListRecord; item: ItemRecord }
  | { kind: 'fields'; list: FieldHost; readOnly?: boolean }
  | { kind: 'field'; list: FieldHost; field: FieldDef }
  | { kind: 'siteUsers'; group?: PrincipalRecord }
  | { kind: 'user'; user: PrincipalRecord; group?: PrincipalRecord }
  | { kind: 'userGroups'; user: PrincipalRecord }
  | { kind: 'groups' }
  | { kind: 'group'; group: PrincipalRecord }
  | { kind: 'roleDefinitions' }
  | { kind: 'roleDefinition'; def: RoleDefinition }
  | { kind: 'roleAssignments'; securable: Securable }
  | { kind: 'roleAssignment'; securable: Securable; principal: PrincipalRecord }
  | { kind: 'bindings'; securable: Securable; principal: PrincipalRecord }
  | { kind: 'member'; principal: PrincipalRecord }
  | { kind: 'permissions'; securable: Securable; loginName?: string }
  | { kind: 'action'; name: string; target: Resource; args: SegmentArgs }
  | { kind: 'site' }
  | { kind: 'folderInfo'; list: ListRecord; doc?: DocumentRecord; what: 'Properties' | 'StorageMetrics' }
  | { kind: 'userInfoList' }
  | { kind: 'userInfoItems' }
  | { kind: 'userInfoItem'; user: PrincipalRecord }
  | { kind: 'webFolder'; path: WebFolderPath }
  | { kind: 'webFolders'; path: WebFolderPath }
  | { kind: 'webFiles' }
  | { kind: 'null'; name: string }
  | { kind: 'itemValues'; list: ListRecord; item: ItemRecord; flavor: FieldValuesFlavor };

/** A folder of the web with no list behind it: the web's root folder or its `Lists` folder. */
export type WebFolderPath = '' | 'Lists';

/** The three string renderings of an item's values: FieldValuesAsText, FieldValuesAsHtml, FieldValuesForEdit. */
export type FieldValuesFlavor = 'FieldValuesAsText' | 'FieldValuesAsHtml' | 'FieldValuesForEdit';

const FIELD_VALUES: Record<string, FieldValuesFlavor> = {
  fieldvaluesastext: 'FieldValuesAsText',
  fieldvaluesashtml: 'FieldValuesAsHtml',
  fieldvaluesforedit: 'FieldValuesForEdit',
};

function unsupported(segment: Segment): NotFoundError {
  return new NotFoundError(
    `Cannot find resource for the request ${segment.text}. (The SharePoint emulator does not support this endpoint.)`,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
  );
}

function noArgs(): SegmentArgs {
  return { positional: [], named: new Map() };
}

function single(segment: Segment): LiteralNode {
  const arg = segment.args?.positional[0];
  if (!arg || segment.args?.positional.length !== 1 || segment.args.named.size > 0) {
    throw new BadRequestError(`The segment '${segment.text}' needs exactly one argument.`);
  }
  return arg;
}

function stringArg(segment: Segment): string {
  const arg = single(segment);
  if (arg.kind !== 'string' && arg.kind !== 'guid')
    throw new BadRequestError(`The argument of '${segment.text}' must be a text.`);
  return String(arg.value);
}

function intArg(segment: Segment): number {
  const arg = single(segment);
  const n = typeof arg.value === 'string' && /^\d+$/.test(arg.value) ? Number(arg.value) : arg.value;
  if (typeof n !== 'number' || !Number.isInteger(n))
    throw new BadRequestError(`The argument of '${segment.text}' must be an integer.`);
  return n;
}

function namedInt(segment: Segment, name: string): number {
  const arg = segment.args?.named.get(name);
  const n = arg && typeof arg.value === 'string' ? Number(arg.value) : arg?.value;
  if (typeof n !== 'number' || !Number.isInteger(n))
    throw new BadRequestError(`The segment '${segment.text}' needs the parameter '${name}'.`);
  return n;
}

/** 404 for a list that is not there, with SharePoint's message. */
export function listNotFound(name: string, siteUrl: string): NotFoundError {
  return new NotFoundError(`List '${name}' does not exist at site with URL '${siteUrl}'.`);
}

function listById(store: Store, raw: string, siteUrl: string): ListRecord {
  const id = normalizeGuid(raw);
  const list = id ? store.lists.byId(id) : undefined;
  if (!list) throw listNotFound(raw, siteUrl);
  return list;
}

/** Percent-decodes a URL given as an argument; text that is not validly encoded is taken as it is. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function listByUrl(req: ApiRequest, raw: string): ListRecord {
  let path = safeDecode(raw.trim());
  if (/^https?:\/\//i.test(path)) path = new URL(path).pathname;
  const sitePath = req.site.sitePath;
  // `sites/x/Lists/Y` (PnPjs's combine() strips the leading slash) is server-relative as `/sites/x/Lists/Y` is
  const rooted = path.startsWith('/') ? path : `/${path}`;
  const relative = rooted.toLowerCase().startsWith(sitePath.toLowerCase() + '/')
    ? rooted.slice(sitePath.length + 1)
    : path.replace(/^\//, '');
  // Custom lists live under `Lists/<url>`, document libraries directly under the site (`<url>`).
  const m = /^Lists\/([^/]+)\/?$/i.exec(relative);
  const lib = m ? undefined : /^([^/]+)\/?$/.exec(relative);
  const found = m
    ? req.store.lists.byUrlName(m[1] as string)
    : lib
      ? req.store.lists.byUrlName(lib[1] as string)
      : undefined;
  const list = found && isLibrary(found) === !m ? found : undefined;
  if (!list) {
    throw new NotFoundError(
      `List '${path}' does not exist at site with URL '${req.siteUrl}'.`,
      '-2147024894, System.IO.FileNotFoundException',
    );
  }
  return list;
}

function fieldOf(store: Store, list: FieldHost, match: (f: FieldDef) => boolean, name: string): FieldDef {
  const field = fieldsOf(store, list).find(match);
  if (!field)
    throw new NotFoundError(
      `Column '${name}' does not exist. It may have been deleted by another user.`,
      CODE_ARGUMENT_ITEM,
    );
  return field;
}

function userById(store: Store, id: number): PrincipalRecord {
  const p = store.principals.byId(id);
  if (!p || p.kind !== 'user') throw new NotFoundError('User cannot be found.', CODE_SP_EXCEPTION);
  return p;
}

/** A user as an item of the user information list (404 as for a missing item). */
function userItemById(store: Store, id: number): PrincipalRecord {
  const p = store.principals.byId(id);
  if (!p || p.kind !== 'user')
    throw new NotFoundError(
      'Item does not exist. It may have been deleted by another user.',
      CODE_ARGUMENT_ITEM,
    );
  return p;
}

function groupById(store: Store, id: number): PrincipalRecord {
  const p = store.principals.byId(id);
  if (!p || p.kind !== 'group') throw new NotFoundError('Group cannot be found.', CODE_SP_EXCEPTION);
  return p;
}

function principalById(store: Store, id: number): PrincipalRecord {
  const p = store.principals.byId(id);
  if (!p) throw new NotFoundError('Principal cannot be found.', CODE_SP_EXCEPTION);
  return p;
}

function roleDef(match: (d: RoleDefinition) => boolean): RoleDefinition {
  const def = ROLE_DEFINITIONS.find(match);
  if (!def) throw new NotFoundError('The role definition cannot be found.', CODE_SP_EXCEPTION);
  return def;
}

function action(name: string, target: Resource, segment: Segment): Resource {
  return { kind: 'action', name, target, args: segment.args ?? noArgs() };
}

/** The URL argument of `getFileByServerRelativePath(decodedurl='…')`, `getFileByServerRelativeUrl('…')` and the like. */
function urlArg(segment: Segment): string {
  const named = segment.args?.named.get('decodedurl') ?? segment.args?.named.get('url');
  const arg = named ?? segment.args?.positional[0];
  if (!arg || (arg.kind !== 'string' && arg.kind !== 'guid'))
    throw new BadRequestError(`The segment '${segment.text}' needs a URL argument.`);
  return String(arg.value);
}

/** The folder at a server-relative URL (a missing one resolves to `missingFolder`, see handleMissingFolder). */
function folderAt(req: ApiRequest, raw: string): Resource {
  const web = webFolderAt(req, raw);
  if (web !== undefined) return { kind: 'webFolder', path: web };
  const at = locate(req.store, req.site.sitePath, raw);
  if (!at) return { kind: 'missingFolder' };
  if (at.path === '') return { kind: 'folder', list: at.list };
  const doc = req.store.documents.byPath(at.list.id, at.path);
  return doc?.isFolder ? { kind: 'folder', list: at.list, doc } : { kind: 'missingFolder' };
}

/** The web folder a URL names (the site itself or its `Lists` folder), if it names one. */
function webFolderAt(req: ApiRequest, raw: string): WebFolderPath | undefined {
  const text = raw.trim();
  const path = fold(serverRelative(/^(\/|https?:\/\/)/i.test(text) ? text : `${req.site.sitePath}/${text}`));
  const site = fold(req.site.sitePath);
  if (path === site) return '';
  if (path === `${site}/lists`) return 'Lists';
  return undefined;
}

/** A folder below a web folder, by name: `Lists`, a library's root (under the web) or a custom list's root (under `Lists`). */
function webSubFolder(req: ApiRequest, parent: WebFolderPath, name: string): Resource {
  if (parent === '' && fold(name) === 'lists') return { kind: 'webFolder', path: 'Lists' };
  const list = req.store.lists.byUrlName(name);
  if (!list || isLibrary(list) !== (parent === '')) throw folderNotFound();
  return { kind: 'folder', list };
}

/** The parent of a list folder: a library's root is in the web's root folder, a list's in `Lists`. */
function parentFolderOf(req: ApiRequest, list: ListRecord, doc: DocumentRecord | undefined): Resource {
  if (!doc) return { kind: 'webFolder', path: isLibrary(list) ? '' : 'Lists' };
  if (doc.dir === '') return { kind: 'folder', list };
  const parent = req.store.documents.byPath(list.id, doc.dir);
  if (!parent) throw folderNotFound();
  return { kind: 'folder', list, doc: parent };
}

/** The first object up from a securable (itself included) that has its own role assignments. */
function firstUniqueAncestor(securable: Securable): Resource {
  if (securable.kind === 'item' && securable.unique)
    return { kind: 'item', list: securable.list, item: securable.item };
  if (securable.kind !== 'web' && securable.list.hasUniqueRoleAssignments)
    return { kind: 'list', list: securable.list };
  return { kind: 'web' };
}

/** The file at a server-relative URL (404 with SharePoint's body when there is none). */
function fileAt(req: ApiRequest, raw: string): Resource {
  const at = locate(req.store, req.site.sitePath, raw);
  const doc = at && at.path !== '' ? req.store.documents.byPath(at.list.id, at.path) : undefined;
  if (!at || !doc || doc.isFolder) {
    const text = raw.trim();
    throw fileNotFound(
      serverRelative(/^(\/|https?:\/\/)/i.test(text) ? text : `${req.site.sitePath}/${text}`),
    );
  }
  return { kind: 'file', list: at.list, doc };
}

/** The path of a folder resource relative to its library's root. */
function folderPath(doc: DocumentRecord | undefined): string {
  return doc ? documentPath(doc.dir, doc.name) : '';
}

function documentById(req: ApiRequest, segment: Segment, folder: boolean): Resource {
  const id = normalizeGuid(stringArg(segment));
  const doc = id ? req.store.documents.byUniqueId(id) : undefined;
  const list = doc ? req.store.lists.byId(doc.listId) : undefined;
  if (!doc || !list || doc.isFolder !== folder)
    throw folder
      ? folderNotFound()
      : new NotFoundError('File Not Found.', '-2147024894, System.IO.FileNotFoundException');
  return folder ? { kind: 'folder', list, doc } : { kind: 'file', list, doc };
}

function step(req: ApiRequest, current: Resource, segment: Segment): Resource {
  const { store } = req;
  const key = segment.key;
  switch (current.kind) {
    case 'root':
      if (key === 'web' && !segment.args) return { kind: 'web' };
      if (key === 'lists' && !segment.args) return { kind: 'lists' };
      if (key === 'contextinfo' && !segment.args) return { kind: 'contextinfo' };
      if (key === 'site' && !segment.args) return { kind: 'site' };
      break;
    case 'site':
      if (key === 'rootweb' && !segment.args) return { kind: 'web' };
      break;
    case 'web':
      if (segment.args) {
        if (key === 'getlist') return { kind: 'list', list: listByUrl(req, stringArg(segment)) };
        if (key === 'getuserbyid') return { kind: 'user', user: userById(store, intArg(segment)) };
        if (key === 'getusereffectivepermissions') {
          return { kind: 'permissions', securable: { kind: 'web' }, loginName: stringArg(segment) };
        }
        if (key === 'getfolderbyserverrelativepath' || key === 'getfolderbyserverrelativeurl')
          return folderAt(req, urlArg(segment));
        if (key === 'getfilebyserverrelativepath' || key === 'getfilebyserverrelativeurl')
          return fileAt(req, urlArg(segment));
        if (key === 'getfilebyid') return documentById(req, segment, false);
        if (key === 'getfolderbyid') return documentById(req, segment, true);
        if (key === 'getstorageentity' || key === 'removestorageentity') return action(key, current, segment);
        break;
      }
      if (key === 'setstorageentity') return action(key, current, segment);
      if (key === 'lists') return { kind: 'lists' };
      if (key === 'siteusers') return { kind: 'siteUsers' };
      if (key === 'sitegroups') return { kind: 'groups' };
      if (key === 'currentuser') return { kind: 'user', user: req.caller.principal };
      if (key === 'ensureuser') return action('ensureuser', current, segment);
      if (key === 'roledefinitions') return { kind: 'roleDefinitions' };
      if (key === 'roleassignments') return { kind: 'roleAssignments', securable: { kind: 'web' } };
      if (key === 'effectivebasepermissions') return { kind: 'permissions', securable: { kind: 'web' } };
      if (key === 'associatedownergroup') return { kind: 'group', group: groupById(store, 3) };
      if (key === 'associatedvisitorgroup') return { kind: 'group', group: groupById(store, 4) };
      if (key === 'associatedmembergroup') return { kind: 'group', group: groupById(store, 5) };
      if (key === 'rootfolder') return { kind: 'webFolder', path: '' };
      if (key === 'folders') return { kind: 'webFolders', path: '' };
      if (key === 'fields') return { kind: 'fields', list: undefined };
      if (key === 'siteuserinfolist') return { kind: 'userInfoList' };
      if (key === 'availablefields') return { kind: 'fields', list: undefined, readOnly: true };
      if (key === 'parentweb') return { kind: 'null', name: 'ParentWeb' };
      if (key === 'firstuniqueancestorsecurableobject') return { kind: 'web' };
      if (key === 'defaultdocumentlibrary') {
        const list = defaultLibrary(store);
        if (!list) throw listNotFound('Documents', req.siteUrl);
        return { kind: 'list', list };
      }
      break;
    case 'lists':
      if (!segment.name && segment.args)
        return { kind: 'list', list: listById(store, stringArg(segment), req.siteUrl) };
      if (key === 'getbytitle' && segment.args) {
        const title = stringArg(segment);
        const list = store.lists.byTitle(title);
        if (!list) throw listNotFound(title, req.siteUrl);
        return { kind: 'list', list };
      }
      if (key === 'getbyid' && segment.args)
        return { kind: 'list', list: listById(store, stringArg(segment), req.siteUrl) };
      if ((key === 'ensuresiteassetslibrary' || key === 'ensuresitepageslibrary') && !segment.args)
        return action(key, current, segment);
      break;
    case 'list': {
      const list = current.list;
      if (segment.args) {
        if (key === 'getitembyid') return itemStep(store, list, intArg(segment));
        if (key === 'breakroleinheritance') return action('breakroleinheritance', current, segment);
        if (key === 'getusereffectivepermissions') {
          return { kind: 'permissions', securable: { kind: 'list', list }, loginName: stringArg(segment) };
        }
        break;
      }
      if (key === 'items') return { kind: 'items', list };
      if (key === 'fields') return { kind: 'fields', list };
      if (key === 'rootfolder') return { kind: 'folder', list };
      if (key === 'roleassignments') return { kind: 'roleAssignments', securable: { kind: 'list', list } };
      if (key === 'effectivebasepermissions')
        return { kind: 'permissions', securable: { kind: 'list', list } };
      if (key === 'resetroleinheritance') return action('resetroleinheritance', current, segment);
      if (key === 'breakroleinheritance') return action('breakroleinheritance', current, segment);
      if (key === 'parentweb') return { kind: 'web' };
      if (key === 'firstuniqueancestorsecurableobject') return firstUniqueAncestor({ kind: 'list', list });
      if (key === 'reservelistitemid') return action(key, current, segment);
      break;
    }
    case 'items':
      if ((!segment.name || key === 'getbyid') && segment.args)
        return itemStep(store, current.list, intArg(segment));
      break;
    case 'item': {
      const securable = itemSecurable(store, current.list, current.item);
      if (key === 'breakroleinheritance' && segment.args)
        return action('breakroleinheritance', current, segment);
      if (segment.args) break;
      if (key === 'resetroleinheritance') return action('resetroleinheritance', current, segment);
      if (key === 'roleassignments') return { kind: 'roleAssignments', securable };
      if (key === 'effectivebasepermissions' || key === 'effectivebasepermissionsforui')
        return { kind: 'permissions', securable };
      if (key === 'parentlist') return { kind: 'list', list: current.list };
      if (key === 'firstuniqueancestorsecurableobject') return firstUniqueAncestor(securable);
      const flavor = FIELD_VALUES[key];
      if (flavor) return { kind: 'itemValues', list: current.list, item: current.item, flavor };
      const doc =
        key === 'file' || key === 'folder' ? store.documents.byRowId(current.item.rowId) : undefined;
      if (key === 'file') {
        if (!doc || doc.isFolder)
          throw new NotFoundError('File Not Found.', '-2147024894, System.IO.FileNotFoundException');
        return { kind: 'file', list: current.list, doc };
      }
      if (key === 'folder') {
        // the item of a file (or of a list) has no folder: SharePoint answers null
        if (!doc || !doc.isFolder) return { kind: 'null', name: 'Folder' };
        return { kind: 'folder', list: current.list, doc };
      }
      break;
    }
    case 'folder': {
      const { list, doc } = current;
      if (segment.args) break;
      if (key === 'files') return { kind: 'files', list, dir: folderPath(doc) };
      if (key === 'folders') return { kind: 'folders', list, dir: folderPath(doc) };
      if (key === 'listitemallfields') {
        if (!doc) return { kind: 'rootFolderItem' };
        return itemStep(store, list, itemIdOfRow(store, list, doc.rowId));
      }
      if (key === 'recycle') return action('recycle', current, segment);
      if (key === 'parentfolder') return parentFolderOf(req, list, doc);
      if (key === 'properties') return { kind: 'folderInfo', list, doc, what: 'Properties' };
      if (key === 'storagemetrics') return { kind: 'folderInfo', list, doc, what: 'StorageMetrics' };
      if (key === 'addsubfolderusingpath' || key === 'deletewithparameters')
        return action(key, current, segment);
      break;
    }
    case 'webFolder':
      if (segment.args) break;
      if (key === 'folders') return { kind: 'webFolders', path: current.path };
      if (key === 'files') return { kind: 'webFiles' };
      if (key === 'parentfolder')
        return current.path === '' ? { kind: 'null', name: 'ParentFolder' } : { kind: 'webFolder', path: '' };
      break;
    case 'webFolders':
      if (segment.args && (!segment.name || key === 'getbyurl'))
        return webSubFolder(req, current.path, stringArg(segment));
      break;
    case 'missingFolder':
      throw folderNotFound();
    case 'files':
      if (segment.args) {
        if (!segment.name || key === 'getbyurl') {
          const name = stringArg(segment);
          const path = current.dir === '' ? name : `${current.dir}/${name}`;
          const doc = store.documents.byPath(current.list.id, path);
          if (!doc || doc.isFolder)
            throw fileNotFound(`${req.site.sitePath}/${current.list.urlName}/${path}`);
          return { kind: 'file', list: current.list, doc };
        }
        if (key === 'addusingpath' || key === 'add' || key === 'addtemplatefile')
          return action(key, current, segment);
      }
      break;
    case 'folders':
      if (segment.args) {
        if (!segment.name || key === 'getbyurl') {
          const name = stringArg(segment);
          const path = current.dir === '' ? name : `${current.dir}/${name}`;
          const doc = store.documents.byPath(current.list.id, path);
          if (!doc || !doc.isFolder) throw folderNotFound();
          return { kind: 'folder', list: current.list, doc };
        }
        if (key === 'addusingpath' || key === 'add') return action(key, current, segment);
      }
      break;
    case 'file': {
      if (segment.args) {
        if (['startupload', 'continueupload', 'finishupload', 'cancelupload'].includes(key))
          return action(key, current, segment);
        break;
      }
      if (key === '$value') return { kind: 'fileContent', list: current.list, doc: current.doc };
      if (key === 'listitemallfields')
        return itemStep(store, current.list, itemIdOfRow(store, current.list, current.doc.rowId));
      if (key === 'recycle') return action('recycle', current, segment);
      if (key === 'parentfolder') {
        const dir = current.doc.dir;
        const parent = dir === '' ? undefined : store.documents.byPath(current.list.id, dir);
        return { kind: 'folder', list: current.list, doc: parent };
      }
      if (key === 'lockedbyuser') return { kind: 'null', name: 'LockedByUser' };
      if (key === 'deletewithparameters') return action(key, current, segment);
      break;
    }
    case 'fields': {
      const list = current.list;
      if (!segment.args) {
        if (key === 'addfield') return action('addfield', current, segment);
        if (key === 'createfieldasxml') return action('createfieldasxml', current, segment);
        break;
      }
      if (!segment.name || key === 'getbyid') {
        const raw = stringArg(segment);
        const id = normalizeGuid(raw);
        return { kind: 'field', list, field: fieldOf(store, list, (f) => f.id === id, raw) };
      }
      if (key === 'getbytitle') {
        const title = stringArg(segment);
        return {
          kind: 'field',
          list,
          field: fieldOf(store, list, (f) => fold(f.title) === fold(title), title),
        };
      }
      if (key === 'getbyinternalnameortitle') {
        const name = stringArg(segment);
        const fields = fieldsOf(store, list);
        const field =
          fields.find((f) => f.internalName === name) ??
          fields.find((f) => fold(f.internalName) === fold(name)) ??
          fields.find((f) => fold(f.title) === fold(name));
        if (!field)
          throw new NotFoundError(
            `Column '${name}' does not exist. It may have been deleted by another user.`,
            CODE_ARGUMENT_ITEM,
          );
        return { kind: 'field', list, field };
      }
      break;
    }
    case 'userInfoList':
      if (key === 'items' && !segment.args) return { kind: 'userInfoItems' };
      if (key === 'getitembyid' && segment.args)
        return { kind: 'userInfoItem', user: userItemById(store, intArg(segment)) };
      break;
    case 'userInfoItems':
      if ((!segment.name || key === 'getbyid') && segment.args)
        return { kind: 'userInfoItem', user: userItemById(store, intArg(segment)) };
      break;
    case 'field':
      if (/^setshowin(display|edit|new)form$/.test(key) && segment.args) return action(key, current, segment);
      break;
    case 'siteUsers':
      if (segment.args) {
        if (!segment.name || key === 'getbyloginname') {
          const login = stringArg(segment);
          const p = store.principals.byLoginName(login);
          if (!p || p.kind !== 'user') throw new NotFoundError('User cannot be found.', CODE_SP_EXCEPTION);
          return { kind: 'user', user: p, group: current.group };
        }
        if (key === 'getbyid')
          return { kind: 'user', user: userById(store, intArg(segment)), group: current.group };
        if (key === 'getbyemail') {
          const p = store.principals.userByEmail(stringArg(segment));
          if (!p) throw new NotFoundError('User cannot be found.', CODE_SP_EXCEPTION);
          return { kind: 'user', user: p, group: current.group };
        }
        if (key === 'removebyid' || key === 'removebyloginname') return action(key, current, segment);
      }
      break;
    case 'user':
      if (key === 'groups' && !segment.args) return { kind: 'userGroups', user: current.user };
      break;
    case 'groups':
      if (segment.args) {
        if (!segment.name || key === 'getbyid')
          return { kind: 'group', group: groupById(store, intArg(segment)) };
        if (key === 'getbyname') {
          const name = stringArg(segment);
          const group = store.principals.groupByName(name);
          if (!group) throw new NotFoundError('Group cannot be found.', CODE_SP_EXCEPTION);
          return { kind: 'group', group };
        }
        if (key === 'removebyid' || key === 'removebyloginname') return action(key, current, segment);
      }
      break;
    case 'group':
      if (key === 'users' && !segment.args) return { kind: 'siteUsers', group: current.group };
      break;
    case 'roleDefinitions':
      if (segment.args) {
        if (!segment.name || key === 'getbyid') {
          const id = intArg(segment);
          return { kind: 'roleDefinition', def: roleDef((d) => d.id === id) };
        }
        if (key === 'getbyname') {
          const name = stringArg(segment);
          return { kind: 'roleDefinition', def: roleDef((d) => fold(d.name) === fold(name)) };
        }
        if (key === 'getbytype') {
          const type = intArg(segment);
          return { kind: 'roleDefinition', def: roleDef((d) => d.roleTypeKind === type) };
        }
      }
      break;
    case 'roleAssignments':
      if (segment.args) {
        if (!segment.name || key === 'getbyprincipalid') {
          return {
            kind: 'roleAssignment',
            securable: current.securable,
            principal: principalById(store, intArg(segment)),
          };
        }
        if (key === 'addroleassignment' || key === 'removeroleassignment') {
          namedInt(segment, 'principalid');
          namedInt(segment, 'roledefid');
          return action(key, current, segment);
        }
      }
      break;
    case 'roleAssignment':
      if (key === 'member' && !segment.args) return { kind: 'member', principal: current.principal };
      if (key === 'roledefinitionbindings' && !segment.args) {
        return { kind: 'bindings', securable: current.securable, principal: current.principal };
      }
      break;
    default:
      break;
  }
  throw unsupported(segment);
}

function itemIdOfRow(store: Store, list: ListRecord, rowId: number): number {
  const row = store.items.rows('SELECT item_id FROM items WHERE row_id = ? AND list_id = ?', [
    rowId,
    list.id,
  ])[0];
  if (!row)
    throw new NotFoundError(
      'Item does not exist. It may have been deleted by another user.',
      CODE_ARGUMENT_ITEM,
    );
  return row.item_id as number;
}

function itemStep(store: Store, list: ListRecord, id: number): Resource {
  const item = store.items.get(list.id, id);
  if (!item)
    throw new NotFoundError(
      'Item does not exist. It may have been deleted by another user.',
      CODE_ARGUMENT_ITEM,
    );
  return { kind: 'item', list, item };
}

/** Walks the path segments from `_api` to the resource they address (404 for missing objects and unknown segments). */
export function resolveResource(req: ApiRequest): Resource {
  let current: Resource = { kind: 'root' };
  for (const segment of req.segments) {
    if (segment.args && COLLECTIONS.has(segment.key)) {
      // `Lists(guid'…')`, `Items(5)`, `SiteUsers(@v)`: the collection, then its key
      current = step(req, current, { name: segment.name, key: segment.key, text: segment.name });
      current = step(req, current, { name: '', key: '', args: segment.args, text: segment.text });
    } else current = step(req, current, segment);
  }
  return current;
}

const COLLECTIONS = new Set([
  'lists',
  'items',
  'fields',
  'files',
  'folders',
  'siteusers',
  'sitegroups',
  'users',
  'roledefinitions',
  'roleassignments',
]);

/** The schema of a list (its fields) for item handlers. */
export function schemaOf(store: Store, list: ListRecord): ListSchema {
  return new ListSchema(list, store.fields.forList(list.id));
}

/** Reads the named integer argument of an action (`principalid=5`). */
export function actionInt(args: SegmentArgs, name: string): number {
  const arg = args.named.get(name);
  const n = arg && typeof arg.value === 'string' ? Number(arg.value) : arg?.value;
  if (typeof n !== 'number' || !Number.isInteger(n))
    throw new BadRequestError(`The parameter '${name}' is required.`);
  return n;
}

/** Reads the named boolean argument of an action (`copyroleassignments=false`). */
export function actionBool(args: SegmentArgs, name: string, fallback: boolean): boolean {
  const arg = args.named.get(name);
  if (!arg) return fallback;
  if (typeof arg.value === 'boolean') return arg.value;
  if (typeof arg.value === 'string') return /^true$/i.test(arg.value);
  throw new BadRequestError(`The parameter '${name}' must be true or false.`);
}
