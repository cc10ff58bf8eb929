import {
  handleGetStorageEntity,
  handleRemoveStorageEntity,
  handleSetStorageEntity,
} from './handlers/tenant-properties.js';
import { itemSecurable } from '../security/access.js';
import { NotFoundError } from '../errors/sp-errors.js';
import type { ApiRequest } from './context.js';
import { handleField, handleFieldAction, handleFields, handleShowInForm } from './handlers/fields.js';
import { handleItem, handleItems, handleItemValues, handleReserveListItemId } from './handlers/items.js';
import {
  handleAddFile,
  handleAddFolder,
  handleAddSubFolder,
  handleAddTemplateFile,
  handleDeleteWithParameters,
  handleFolderInfo,
  handleChunk,
  handleFile,
  handleFileContent,
  handleFiles,
  handleFolder,
  handleFolders,
  handleMissingFolder,
  handleRecycle,
  handleRootFolderItem,
} from './handlers/files.js';
import { handleEnsureSiteLibrary, handleList, handleLists } from './handlers/lists.js';
import {
  handleBindings,
  handleBreakInheritance,
  handleMember,
  handlePermissions,
  handleResetInheritance,
  handleRoleAssignment,
  handleRoleAssignmentChange,
  handleRoleAssignments,
  handleRoleDefinition,
  handleRoleDefinitions,
} from './handlers/security.js';
import {
  handleEnsureUser,
  handleGroup,
  handleGroups,
  handleRemoveGroup,
  handleRemoveUser,
  handleSiteUsers,
  handleUser,
  handleUserGroups,
  handleUserInfoItems,
  handleUserInfoList,
} from './handlers/users.js';
import { handleContextInfo, handleNullNavigation, handleSite, handleWeb } from './handlers/web.js';
import { handleWebFiles, handleWebFolder, handleWebFolders } from './handlers/web-folders.js';
import { resolveResource, type Resource } from './resources.js';
import type { HandlerResult } from './values.js';

function route(req: ApiRequest, r: Resource): HandlerResult {
  switch (r.kind) {
    case 'root':
      throw new NotFoundError(
        'Cannot find resource for the request _api. (Address a resource such as _api/web/lists.)',
        '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      );
    case 'web':
      return handleWeb(req);
    case 'contextinfo':
      return handleContextInfo(req);
    case 'lists':
      return handleLists(req);
    case 'list':
      return handleList(req, r.list);
    case 'folder':
      return handleFolder(req, r.list, r.doc);
    case 'missingFolder':
      return handleMissingFolder(req);
    case 'files':
      return handleFiles(req, r.list, r.dir);
    case 'folders':
      return handleFolders(req, r.list, r.dir);
    case 'file':
      return handleFile(req, r.list, r.doc);
    case 'fileContent':
      return handleFileContent(req, r.list, r.doc);
    case 'rootFolderItem':
      return handleRootFolderItem(req);
    case 'items':
      return handleItems(req, r.list);
    case 'item':
      return handleItem(req, r.list, r.item);
    case 'fields':
      return handleFields(req, r.list, r.readOnly);
    case 'field':
      return handleField(req, r.list, r.field);
    case 'siteUsers':
      return handleSiteUsers(req, r.group);
    case 'user':
      return handleUser(req, r.user, r.group);
    case 'userGroups':
      return handleUserGroups(req, r.user);
    case 'groups':
      return handleGroups(req);
    case 'group':
      return handleGroup(req, r.group);
    case 'roleDefinitions':
      return handleRoleDefinitions(req);
    case 'roleDefinition':
      return handleRoleDefinition(req, r.def);
    case 'roleAssignments':
      return handleRoleAssignments(req, r.securable);
    case 'roleAssignment':
      return handleRoleAssignment(req, r.securable, r.principal);
    case 'bindings':
      return handleBindings(req, r.securable, r.principal);
    case 'member':
      return handleMember(req, r.principal);
    case 'permissions':
      return handlePermissions(req, r.securable, r.loginName);
    case 'action':
      return routeAction(req, r);
    case 'site':
      return handleSite(req);
    case 'folderInfo':
      return handleFolderInfo(req, r.list, r.doc, r.what);
    case 'userInfoList':
      return handleUserInfoList(req);
    case 'userInfoItems':
      return handleUserInfoItems(req);
    case 'userInfoItem':
      return handleUserInfoItems(req, r.user);
    case 'webFolder':
      return handleWebFolder(req, r.path);
    case 'webFolders':
      return handleWebFolders(req, r.path);
    case 'webFiles':
      return handleWebFiles(req);
    case 'null':
      return handleNullNavigation(req, r.name);
    case 'itemValues':
      return handleItemValues(req, r.list, r.item, r.flavor);
  }
}

function routeAction(req: ApiRequest, r: Extract<Resource, { kind: 'action' }>): HandlerResult {
  const target = r.target;
  switch (r.name) {
    case 'ensureuser':
      return handleEnsureUser(req);
    case 'getstorageentity':
      return handleGetStorageEntity(req, r.args);
    case 'setstorageentity':
      return handleSetStorageEntity(req);
    case 'removestorageentity':
      return handleRemoveStorageEntity(req, r.args);
    case 'setshowindisplayform':
    case 'setshowineditform':
    case 'setshowinnewform':
      if (target.kind === 'field') return handleShowInForm(req, target.list, target.field, r.name, r.args);
      break;
    case 'ensuresiteassetslibrary':
    case 'ensuresitepageslibrary':
      return handleEnsureSiteLibrary(req, r.name === 'ensuresiteassetslibrary' ? 'siteAssets' : 'sitePages');
    case 'reservelistitemid':
      if (target.kind === 'list') return handleReserveListItemId(req, target.list);
      break;
    case 'addfield':
    case 'createfieldasxml':
      if (target.kind === 'fields') return handleFieldAction(req, target.list, r.name);
      break;
    case 'breakroleinheritance':
      if (target.kind === 'list')
        return handleBreakInheritance(req, { kind: 'list', list: target.list }, r.args);
      if (target.kind === 'item')
        return handleBreakInheritance(req, itemSecurable(req.store, target.list, target.item), r.args);
      break;
    case 'resetroleinheritance':
      if (target.kind === 'list') return handleResetInheritance(req, { kind: 'list', list: target.list });
      if (target.kind === 'item')
        return handleResetInheritance(req, itemSecurable(req.store, target.list, target.item));
      break;
    case 'addroleassignment':
    case 'removeroleassignment':
      if (target.kind === 'roleAssignments')
        return handleRoleAssignmentChange(req, target.securable, r.name, r.args);
      break;
    case 'removebyid':
    case 'removebyloginname':
      if (target.kind === 'siteUsers') return handleRemoveUser(req, target.group, r.name, r.args);
      if (target.kind === 'groups') return handleRemoveGroup(req, r.name, r.args);
      break;
    case 'addusingpath':
    case 'add':
      if (target.kind === 'files') return handleAddFile(req, target.list, target.dir, r.args);
      if (target.kind === 'folders') return handleAddFolder(req, target.list, target.dir, r.args);
      break;
    case 'startupload':
    case 'continueupload':
    case 'finishupload':
    case 'cancelupload':
      if (target.kind === 'file') return handleChunk(req, target.list, target.doc, r.name, r.args);
      break;
    case 'addtemplatefile':
      if (target.kind === 'files') return handleAddTemplateFile(req, target.list, target.dir, r.args);
      break;
    case 'addsubfolderusingpath':
      if (target.kind === 'folder') return handleAddSubFolder(req, target.list, target.doc);
      break;
    case 'deletewithparameters':
      if (target.kind === 'file' || target.kind === 'folder')
        return handleDeleteWithParameters(req, target.list, target.doc);
      break;
    case 'recycle':
      if (target.kind === 'file' || target.kind === 'folder')
        return handleRecycle(req, target.list, target.doc);
      break;
    default:
      break;
  }
  throw new NotFoundError(`Cannot find resource for the request ${r.name}.`);
}

/** Resolves and handles one `_api` request in one transaction (rolled back when it fails). */
export function handleApiRequest(req: ApiRequest): HandlerResult {
  return req.store.transaction(() => route(req, resolveResource(req)));
}
