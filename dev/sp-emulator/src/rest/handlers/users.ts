import { resolveLogonName } from '../../directory/demo-users.js';
import {
  AccessDeniedError,
  BadRequestError,
  CODE_SP_EXCEPTION,
  ConflictError,
  NotFoundError,
} from '../../errors/sp-errors.js';
import { isAnnotation } from '../../items/write-values.js';
import { PrincipalType, type ListRecord, type PrincipalRecord } from '../../model/lists.js';
import { PermissionKind } from '../../model/permissions.js';
import { ensureSiteUser } from '../../security/site-users.js';
import { applyCollectionOptions, assertExpandable, selectEntity } from '../collection.js';
import { bodyObject, type ApiRequest } from '../context.js';
import { groupEntity, listEntity, userEntity } from '../entities.js';
import {
  created,
  demand,
  emptyOk,
  entityContext,
  entityResult,
  noContent,
  notAllowed,
  verbOf,
} from '../kit.js';
import type { SegmentArgs } from '../path.js';
import { EntityValue, ok, okNull, type HandlerResult } from '../values.js';

const USERS_TYPE = 'SP.ApiData.Users';
const GROUPS_TYPE = 'SP.ApiData.Groups';

function isSelf(req: ApiRequest, p: PrincipalRecord): boolean {
  return p.id === req.caller.principal.id;
}

/** Resolves a logon name (claims login, UPN/e-mail or demo key) to a site user, adding it on first use. */
export function ensureUserByLogonName(req: ApiRequest, logonName: string): PrincipalRecord {
  const inSite = req.store.principals.byLoginName(logonName);
  if (inSite?.kind === 'user') return inSite;
  const user = resolveLogonName(logonName);
  if (!user)
    throw new NotFoundError(`The specified user ${logonName} could not be found.`, CODE_SP_EXCEPTION);
  return ensureSiteUser(req.store, user);
}

/** `web/ensureuser` (POST `{logonName}`). */
export function handleEnsureUser(req: ApiRequest): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.BrowseUserInfo);
  const body = bodyObject(req);
  const logonName = body.logonName ?? body.LogonName;
  if (typeof logonName !== 'string' || logonName.trim() === '') {
    throw new BadRequestError(
      'The parameter \'logonName\' is required (e.g. {"logonName": "i:0#.f|membership|user@malmo.example"}).',
    );
  }
  const user = ensureUserByLogonName(req, logonName.trim());
  return entityResult(USERS_TYPE, userEntity(entityContext(req, new Set()), user));
}

/** `web/siteusers` and `sitegroups(n)/users`: GET; POST `{LoginName}` adds a user (to the group). */
export function handleSiteUsers(req: ApiRequest, group: PrincipalRecord | undefined): HandlerResult {
  const verb = verbOf(req);
  if (verb === 'GET') {
    demand(req, { kind: 'web' }, PermissionKind.BrowseUserInfo);
    assertExpandable(req.query, [], 'SP.User');
    const ctx = entityContext(req);
    const users = group ? req.store.principals.members(group.id) : req.store.principals.list('user');
    return ok({
      kind: 'set',
      metadataType: USERS_TYPE,
      items: applyCollectionOptions(
        users.map((u) => userEntity(ctx, u)),
        req.query,
      ),
    });
  }
  if (verb === 'POST') {
    demand(req, { kind: 'web' }, PermissionKind.ManagePermissions);
    const body = bodyObject(req);
    const login = body.LoginName;
    if (typeof login !== 'string' || login.trim() === '')
      throw new BadRequestError("The property 'LoginName' is required.");
    const user = ensureUserByLogonName(req, login.trim());
    if (group) req.store.principals.addMember(group.id, user.id);
    return created(USERS_TYPE, userEntity(entityContext(req, new Set()), user));
  }
  return notAllowed(req);
}

/** `siteusers/removeById(n)`, `removeByLoginName(@v)` (from the site, or from a group). */
export function handleRemoveUser(
  req: ApiRequest,
  group: PrincipalRecord | undefined,
  name: string,
  args: SegmentArgs,
): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.ManagePermissions);
  const arg = args.positional[0];
  const user =
    name === 'removebyid'
      ? req.store.principals.byId(Number(arg?.value))
      : req.store.principals.byLoginName(String(arg?.value ?? ''));
  if (!user || user.kind !== 'user') throw new NotFoundError('User cannot be found.', CODE_SP_EXCEPTION);
  if (group) req.store.principals.removeMember(group.id, user.id);
  else req.store.principals.delete(user.id);
  return okNull(name === 'removebyid' ? 'RemoveById' : 'RemoveByLoginName');
}

/** One user: GET; DELETE removes it from the group (or the site). */
export function handleUser(
  req: ApiRequest,
  user: PrincipalRecord,
  group: PrincipalRecord | undefined,
): HandlerResult {
  const verb = verbOf(req);
  if (verb === 'GET') {
    if (!isSelf(req, user)) demand(req, { kind: 'web' }, PermissionKind.BrowseUserInfo);
    return entityResult(USERS_TYPE, selectEntity(userEntity(entityContext(req), user), req.query.select));
  }
  if (verb === 'DELETE') {
    demand(req, { kind: 'web' }, PermissionKind.ManagePermissions);
    if (group) req.store.principals.removeMember(group.id, user.id);
    else req.store.principals.delete(user.id);
    return emptyOk();
  }
  if (verb === 'MERGE' && !group) return updateUser(req, user);
  return notAllowed(req);
}

/** `…/groups` of a user (GET). */
export function handleUserGroups(req: ApiRequest, user: PrincipalRecord): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  if (!isSelf(req, user)) demand(req, { kind: 'web' }, PermissionKind.BrowseUserInfo);
  assertExpandable(req.query, ['users'], 'SP.Group');
  const ctx = entityContext(req);
  const groups = req.store.principals.groupsOf(user.id).map((g) => groupEntity(ctx, g));
  return ok({ kind: 'set', metadataType: GROUPS_TYPE, items: applyCollectionOptions(groups, req.query) });
}

/** Group properties a client may set on create (POST sitegroups) and MERGE. */
const GROUP_BOOLEANS = [
  'AllowMembersEditMembership',
  'AllowRequestToJoinLeave',
  'AutoAcceptRequestToJoinLeave',
  'OnlyAllowMembersViewMembership',
];

function unknownProperty(key: string, type: string): BadRequestError {
  return new BadRequestError(
    `The property '${key}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`,
  );
}

/** Applies a group body (Title, Description and the membership settings) to a group record. */
function applyGroupBody(
  req: ApiRequest,
  group: PrincipalRecord,
  body: Record<string, unknown>,
): PrincipalRecord {
  const next = { ...group };
  for (const [key, value] of Object.entries(body)) {
    if (isAnnotation(key)) continue;
    if (key === 'Title') {
      if (typeof value !== 'string' || value.trim() === '')
        throw new BadRequestError("The property 'Title' of a group must be a non-empty text.");
      const other = req.store.principals.byLoginName(value.trim());
      if (other && other.id !== group.id) {
        throw new ConflictError(
          'The specified name is already in use.\n\nPlease try again with a different name.',
          CODE_SP_EXCEPTION,
        );
      }
      next.title = value.trim();
      next.loginName = value.trim();
    } else if (key === 'Description') {
      if (value !== null && typeof value !== 'string')
        throw new BadRequestError("The property 'Description' must be a text.");
      next.description = value ?? '';
    } else if (GROUP_BOOLEANS.includes(key)) {
      if (typeof value !== 'boolean') throw new BadRequestError(`The property '${key}' must be a boolean.`);
      // accepted and not kept: the emulator's groups always answer SharePoint's defaults for these
    } else throw unknownProperty(key, 'SP.Group');
  }
  return next;
}

/** `web/sitegroups`: GET; POST `{Title, Description}` creates a group owned by the caller. */
export function handleGroups(req: ApiRequest): HandlerResult {
  const verb = verbOf(req);
  if (verb === 'POST') {
    demand(req, { kind: 'web' }, PermissionKind.CreateGroups);
    const body = bodyObject(req);
    if (typeof body.Title !== 'string') throw new BadRequestError("The property 'Title' is required.");
    const draft: PrincipalRecord = {
      id: 0,
      kind: 'group',
      title: '',
      loginName: '',
      email: '',
      upn: '',
      principalType: PrincipalType.SharePointGroup,
      isSiteAdmin: false,
      isHiddenInUI: false,
      description: '',
      ownerId: req.caller.principal.id,
      directoryOid: null,
    };
    const { id: _unused, ...record } = applyGroupBody(req, draft, body);
    const group = req.store.principals.byId(req.store.principals.insert(record)) as PrincipalRecord;
    return created(GROUPS_TYPE, groupEntity(entityContext(req, new Set()), group));
  }
  if (verb !== 'GET') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.BrowseUserInfo);
  assertExpandable(req.query, ['users'], 'SP.Group');
  const ctx = entityContext(req);
  const groups = req.store.principals.list('group').map((g) => groupEntity(ctx, g));
  return ok({ kind: 'set', metadataType: GROUPS_TYPE, items: applyCollectionOptions(groups, req.query) });
}

/** One group: GET; MERGE (Title, Description) by its owner or whoever manages permissions. */
export function handleGroup(req: ApiRequest, group: PrincipalRecord): HandlerResult {
  const verb = verbOf(req);
  if (verb === 'MERGE') {
    if (group.ownerId !== req.caller.principal.id)
      demand(req, { kind: 'web' }, PermissionKind.ManagePermissions);
    req.store.principals.update(applyGroupBody(req, group, bodyObject(req)));
    return noContent();
  }
  if (verb !== 'GET') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.BrowseUserInfo);
  assertExpandable(req.query, ['users'], 'SP.Group');
  return entityResult(GROUPS_TYPE, selectEntity(groupEntity(entityContext(req), group), req.query.select));
}

/** `sitegroups/removeById(n)` and `removeByLoginName('…')` (POST): deletes the group with its role assignments. */
export function handleRemoveGroup(req: ApiRequest, name: string, args: SegmentArgs): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.ManagePermissions);
  const arg = args.positional[0];
  const group =
    name === 'removebyid'
      ? req.store.principals.byId(Number(arg?.value))
      : req.store.principals.byLoginName(String(arg?.value ?? ''));
  if (!group || group.kind !== 'group') throw new NotFoundError('Group cannot be found.', CODE_SP_EXCEPTION);
  req.store.principals.delete(group.id);
  return okNull(name === 'removebyid' ? 'RemoveById' : 'RemoveByLoginName');
}

/**
 * MERGE of a user (`currentUser`, `getUserById(n)`): Title and Email by the user themself (EditMyUserInfo) or
 * whoever manages permissions; IsSiteAdmin only by a site collection administrator.
 */
function updateUser(req: ApiRequest, user: PrincipalRecord): HandlerResult {
  if (!isSelf(req, user)) demand(req, { kind: 'web' }, PermissionKind.ManagePermissions);
  else demand(req, { kind: 'web' }, PermissionKind.EditMyUserInfo);
  const next = { ...user };
  for (const [key, value] of Object.entries(bodyObject(req))) {
    if (isAnnotation(key)) continue;
    if (key === 'Title' || key === 'Email') {
      if (typeof value !== 'string') throw new BadRequestError(`The property '${key}' must be a text.`);
      if (key === 'Title') next.title = value;
      else next.email = value;
    } else if (key === 'IsSiteAdmin') {
      if (typeof value !== 'boolean')
        throw new BadRequestError("The property 'IsSiteAdmin' must be a boolean.");
      if (!req.caller.isApp && !req.caller.principal.isSiteAdmin) throw new AccessDeniedError();
      next.isSiteAdmin = value;
    } else if (['Id', 'LoginName', 'PrincipalType', 'UserPrincipalName', 'UserId'].includes(key)) {
      throw new BadRequestError(`The property '${key}' is read-only and cannot be set.`);
    } else throw unknownProperty(key, 'SP.User');
  }
  req.store.principals.update(next);
  return noContent();
}

/** The hidden user information list as a list record (it has no row in the lists table: its items are the users). */
function userInfoListRecord(req: ApiRequest): ListRecord {
  const created = req.store.meta.get('created') ?? '';
  return {
    id: req.store.meta.get('user_info_list_id') ?? '',
    title: 'User Information List',
    description: 'All people.',
    urlName: 'users',
    baseTemplate: 112,
    hidden: true,
    entityTypeName: 'UserInfo',
    hasUniqueRoleAssignments: false,
    created,
    lastItemModified: created,
    lastItemDeleted: created,
    itemCount: req.store.principals.list('user').length,
    nextItemId: 0,
    version: 1,
    props: { EnableAttachments: false },
  };
}

/** A site user as an item of the user information list (SP.Data.UserInfoItem). */
function userInfoItem(req: ApiRequest, p: PrincipalRecord): EntityValue {
  const link = `Web/SiteUserInfoList/Items(${p.id})`;
  return new EntityValue('SP.Data.UserInfoItem', `${req.apiBase}/${link}`, link, {
    FileSystemObjectType: 0,
    Id: p.id,
    ContentTypeId: '0x010A00',
    Title: p.title,
    Name: p.loginName,
    EMail: p.email || null,
    UserName: p.upn || null,
    IsSiteAdmin: p.isSiteAdmin,
    Deleted: false,
    UserInfoHidden: p.isHiddenInUI,
    ID: p.id,
  });
}

/** `web/siteUserInfoList` (GET): the hidden list of the site's users. */
export function handleUserInfoList(req: ApiRequest): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.BrowseUserInfo);
  const entity = listEntity(entityContext(req, new Set()), userInfoListRecord(req));
  return entityResult('SP.ApiData.Lists', selectEntity(entity, req.query.select));
}

/** `web/siteUserInfoList/items` (GET, with `$filter/$select/$orderby/$top`) and `items(n)`: the users as items. */
export function handleUserInfoItems(req: ApiRequest, user?: PrincipalRecord): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.BrowseUserInfo);
  if (user)
    return entityResult('SP.ListData.UserInfoItems', selectEntity(userInfoItem(req, user), req.query.select));
  const items = req.store.principals.list('user').map((p) => userInfoItem(req, p));
  return ok({
    kind: 'set',
    metadataType: 'SP.ListData.UserInfoItems',
    items: applyCollectionOptions(items, req.query),
  });
}
