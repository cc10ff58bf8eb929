import { BadRequestError, CODE_SP_EXCEPTION, NotFoundError } from '../../errors/sp-errors.js';
import type { PrincipalRecord } from '../../model/lists.js';
import { resolveLogonName } from '../../directory/demo-users.js';
import {
  FULL_MASK,
  PermissionKind,
  ROLE,
  ROLE_DEFINITIONS,
  roleDefinitionById,
  type PermissionMask,
  type RoleDefinition,
} from '../../model/permissions.js';
import { effectiveMask, effectiveScope, ownScope, type Securable } from '../../security/access.js';
import { WEB_SCOPE } from '../../storage/security-repo.js';
import { applyCollectionOptions, assertExpandable, selectEntity } from '../collection.js';
import type { ApiRequest } from '../context.js';
import {
  basePermissionsValue,
  groupEntity,
  listEditLink,
  roleAssignmentEntity,
  roleDefinitionEntity,
  userEntity,
} from '../entities.js';
import { demand, entityContext, entityResult, notAllowed, verbOf } from '../kit.js';
import type { SegmentArgs } from '../path.js';
import { actionBool, actionInt } from '../resources.js';
import { ok, okNull, type HandlerResult } from '../values.js';

const ROLE_DEFS_TYPE = 'SP.ApiData.RoleDefinitions';
const ROLE_ASSIGNMENTS_TYPE = 'SP.ApiData.RoleAssignments';

function scopeLink(securable: Securable): string {
  return securable.kind === 'web' ? 'Web' : listEditLink(securable.list);
}

/** The scope whose assignments a securable shows (its own when unique, else the web's). */
function shownScope(securable: Securable): string {
  return effectiveScope(securable);
}

function assignmentsByPrincipal(req: ApiRequest, securable: Securable): Map<number, RoleDefinition[]> {
  const out = new Map<number, RoleDefinition[]>();
  for (const a of req.store.security.assignments(shownScope(securable))) {
    const def = roleDefinitionById(a.roleDefId);
    if (!def) continue;
    const defs = out.get(a.principalId) ?? [];
    defs.push(def);
    out.set(a.principalId, defs);
  }
  return out;
}

/** `web/roledefinitions` (GET). */
export function handleRoleDefinitions(req: ApiRequest): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.BrowseUserInfo);
  const ctx = entityContext(req);
  const defs = ROLE_DEFINITIONS.map((d) => roleDefinitionEntity(ctx, d));
  return ok({ kind: 'set', metadataType: ROLE_DEFS_TYPE, items: applyCollectionOptions(defs, req.query) });
}

/** One role definition (GET). */
export function handleRoleDefinition(req: ApiRequest, def: RoleDefinition): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.BrowseUserInfo);
  return entityResult(
    ROLE_DEFS_TYPE,
    selectEntity(roleDefinitionEntity(entityContext(req), def), req.query.select),
  );
}

/** `…/roleassignments` (GET, with `$expand=Member,RoleDefinitionBindings`). */
export function handleRoleAssignments(req: ApiRequest, securable: Securable): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, securable, PermissionKind.EnumeratePermissions);
  assertExpandable(req.query, ['member', 'roledefinitionbindings'], 'SP.RoleAssignment');
  const ctx = entityContext(req);
  const entities = [...assignmentsByPrincipal(req, securable)].flatMap(([principalId, defs]) => {
    const p = req.store.principals.byId(principalId);
    return p ? [roleAssignmentEntity(ctx, scopeLink(securable), p, defs)] : [];
  });
  return ok({
    kind: 'set',
    metadataType: ROLE_ASSIGNMENTS_TYPE,
    items: applyCollectionOptions(entities, req.query),
  });
}

function assignmentOf(req: ApiRequest, securable: Securable, principal: PrincipalRecord): RoleDefinition[] {
  const defs = assignmentsByPrincipal(req, securable).get(principal.id);
  if (!defs)
    throw new NotFoundError(`Can not find the principal with id: ${principal.id}.`, CODE_SP_EXCEPTION);
  return defs;
}

/** `roleassignments/getByPrincipalId(n)` (GET). */
export function handleRoleAssignment(
  req: ApiRequest,
  securable: Securable,
  principal: PrincipalRecord,
): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, securable, PermissionKind.EnumeratePermissions);
  const defs = assignmentOf(req, securable, principal);
  const entity = roleAssignmentEntity(entityContext(req), scopeLink(securable), principal, defs);
  return entityResult(ROLE_ASSIGNMENTS_TYPE, selectEntity(entity, req.query.select));
}

/** `…/RoleDefinitionBindings` of an assignment (GET). */
export function handleBindings(
  req: ApiRequest,
  securable: Securable,
  principal: PrincipalRecord,
): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, securable, PermissionKind.EnumeratePermissions);
  const ctx = entityContext(req);
  const defs = assignmentOf(req, securable, principal).map((d) => roleDefinitionEntity(ctx, d));
  return ok({ kind: 'set', metadataType: ROLE_DEFS_TYPE, items: applyCollectionOptions(defs, req.query) });
}

/** `…/Member` of an assignment (GET). */
export function handleMember(req: ApiRequest, principal: PrincipalRecord): HandlerResult {
  if (verbOf(req) !== 'GET') return notAllowed(req);
  demand(req, { kind: 'web' }, PermissionKind.BrowseUserInfo);
  const ctx = entityContext(req);
  const entity = principal.kind === 'group' ? groupEntity(ctx, principal) : userEntity(ctx, principal);
  return entityResult(principal.kind === 'group' ? 'SP.ApiData.Groups' : 'SP.ApiData.Users', entity);
}

function assertUnique(securable: Securable): void {
  if (
    (securable.kind === 'list' && !securable.list.hasUniqueRoleAssignments) ||
    (securable.kind === 'item' && !securable.unique)
  ) {
    throw new BadRequestError(
      'This operation is not allowed on an object that inherits permissions.',
      CODE_SP_EXCEPTION,
    );
  }
}

/** `roleassignments/addroleassignment(principalid=…, roledefid=…)` and `removeroleassignment(…)` (POST). */
export function handleRoleAssignmentChange(
  req: ApiRequest,
  securable: Securable,
  name: string,
  args: SegmentArgs,
): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  demand(req, securable, PermissionKind.ManagePermissions);
  assertUnique(securable);
  const principalId = actionInt(args, 'principalid');
  const roleDefId = actionInt(args, 'roledefid');
  if (!req.store.principals.byId(principalId)) {
    throw new NotFoundError(`Can not find the principal with id: ${principalId}.`, CODE_SP_EXCEPTION);
  }
  if (!roleDefinitionById(roleDefId))
    throw new NotFoundError('The role definition cannot be found.', CODE_SP_EXCEPTION);
  if (name === 'addroleassignment') req.store.security.add(ownScope(securable), principalId, roleDefId);
  else req.store.security.remove(ownScope(securable), principalId, roleDefId);
  return okNull(name === 'addroleassignment' ? 'AddRoleAssignment' : 'RemoveRoleAssignment');
}

/**
 * `breakroleinheritance(copyroleassignments, clearsubscopes)` (POST): gives the list or item its own assignments,
 * copied from what it inherited or (without copying) only the caller with Full Control, as SharePoint does.
 */
export function handleBreakInheritance(
  req: ApiRequest,
  securable: Securable,
  args: SegmentArgs,
): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  if (securable.kind === 'web')
    throw new BadRequestError('The web of the emulated site always has unique permissions.');
  demand(req, securable, PermissionKind.ManagePermissions);
  if (securable.kind === 'item') {
    if (!securable.unique) {
      const scope = ownScope(securable);
      const inherited = req.store.security.assignments(effectiveScope(securable));
      req.store.security.clear(scope);
      if (actionBool(args, 'copyroleassignments', true))
        for (const a of inherited) req.store.security.add(scope, a.principalId, a.roleDefId);
      else if (!req.caller.isApp) req.store.security.add(scope, req.caller.principal.id, ROLE.FullControl);
      req.store.security.setUniqueItem(securable.list.id, securable.item.rowId, true);
    }
    return okNull('BreakRoleInheritance');
  }
  const list = securable.list;
  if (!list.hasUniqueRoleAssignments) {
    const copy = actionBool(args, 'copyroleassignments', true);
    const scope = ownScope(securable);
    req.store.security.clear(scope);
    if (copy)
      for (const a of req.store.security.assignments(WEB_SCOPE))
        req.store.security.add(scope, a.principalId, a.roleDefId);
    else if (!req.caller.isApp) req.store.security.add(scope, req.caller.principal.id, ROLE.FullControl);
    req.store.lists.update({ ...list, hasUniqueRoleAssignments: true });
  }
  return okNull('BreakRoleInheritance');
}

/** `resetroleinheritance` (POST): the list inherits from the web again. */
export function handleResetInheritance(req: ApiRequest, securable: Securable): HandlerResult {
  if (verbOf(req) !== 'POST') return notAllowed(req);
  if (securable.kind === 'web')
    throw new BadRequestError('The web of the emulated site has no parent to inherit from.');
  demand(req, securable, PermissionKind.ManagePermissions);
  if (securable.kind === 'item') {
    req.store.security.setUniqueItem(securable.list.id, securable.item.rowId, false);
    return okNull('ResetRoleInheritance');
  }
  req.store.security.clear(ownScope(securable));
  req.store.lists.update({ ...securable.list, hasUniqueRoleAssignments: false });
  return okNull('ResetRoleInheritance');
}

/** `EffectiveBasePermissions` and `getUserEffectivePermissions(@user)` (GET): `{High, Low}`. */
export function handlePermissions(
  req: ApiRequest,
  securable: Securable,
  loginName: string | undefined,
): HandlerResult {
  const verb = verbOf(req);
  if (verb !== 'GET' && verb !== 'POST') return notAllowed(req);
  let mask: PermissionMask;
  if (loginName === undefined) mask = effectiveMask(req.store, req.caller.principal, securable);
  else {
    const inSite = req.store.principals.byLoginName(loginName);
    if (inSite?.id !== req.caller.principal.id) demand(req, securable, PermissionKind.EnumeratePermissions);
    if (inSite) mask = effectiveMask(req.store, inSite, securable);
    else {
      // a directory user who is not (yet) in the site holds no permissions; the app principal always has full control
      const user = resolveLogonName(loginName);
      if (!user)
        throw new NotFoundError(`The specified user ${loginName} could not be found.`, CODE_SP_EXCEPTION);
      mask = user.role === 'app' ? FULL_MASK : 0n;
    }
  }
  return ok({
    kind: 'plain',
    metadataType: 'SP.BasePermissions',
    verboseName: loginName === undefined ? 'EffectiveBasePermissions' : 'GetUserEffectivePermissions',
    value: basePermissionsValue(mask),
  });
}
