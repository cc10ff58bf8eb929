import { resolveLogonName } from '../../directory/demo-users.js';
import { BadRequestError, CODE_SP_EXCEPTION, NotFoundError } from '../../errors/sp-errors.js';
import type { PrincipalRecord } from '../../model/lists.js';
import { PermissionKind } from '../../model/permissions.js';
import { ensureSiteUser } from '../../security/site-users.js';
import { applyCollectionOptions, assertExpandable, selectEntity } from '../collection.js';
import { bodyObject, type ApiRequest } from '../context.js';
import { groupEntity, userEntity } from '../entities.js';
import { created, demand, emptyOk, entityContext, entityResult, notAllowed, verbOf } from '../kit.js';
import type { SegmentArgs } from '../path.js';
import { ok, okNull, type HandlerResult } from '../values.js';

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

/** `web/sitegroups` (GET). */
export function handleGroups(req: ApiRequest): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.BrowseUserInfo);
  assertExpandable(req.query, ['users'], 'SP.Group');
  const ctx = entityContext(req);
  const groups = req.store.principals.list('group').map((g) => groupEntity(ctx, g));
  return ok({ kind: 'set', metadataType: GROUPS_TYPE, items: applyCollectionOptions(groups, req.query) });
}

/** One group (GET). */
export function handleGroup(req: ApiRequest, group: PrincipalRecord): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.BrowseUserInfo);
  assertExpandable(req.query, ['users'], 'SP.Group');
  return entityResult(GROUPS_TYPE, selectEntity(groupEntity(entityContext(req), group), req.query.select));
}

/** `sitegroups/removeById(n)` and `removeByLoginName('…')`: not supported (the site's groups are fixed). */
export function handleRemoveGroup(req: ApiRequest): HandlerResult {
  return notAllowed(req);
}
