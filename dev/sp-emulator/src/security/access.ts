import { AccessDeniedError } from '../errors/sp-errors.js';
import type { ItemRecord, ListRecord, PrincipalRecord } from '../model/lists.js';
import {
  FULL_MASK,
  maskHas,
  roleDefinitionById,
  type PermissionKindValue,
  type PermissionMask,
} from '../model/permissions.js';
import { itemScope, listScope, WEB_SCOPE } from '../storage/security-repo.js';
import type { Store } from '../storage/store.js';

/**
 * A securable object: the web, a list, or a list item (`unique`: the item broke inheritance and has its own
 * assignments; otherwise it has its list's).
 */
export type Securable =
  | { kind: 'web' }
  | { kind: 'list'; list: ListRecord }
  | { kind: 'item'; list: ListRecord; item: ItemRecord; unique: boolean };

/** An item as a securable, knowing whether it has its own permissions. */
export function itemSecurable(store: Store, list: ListRecord, item: ItemRecord): Securable {
  return { kind: 'item', list, item, unique: store.security.isUniqueItem(item.rowId) };
}

/**
 * The scope whose role assignments apply to a securable: an item inherits from its list and a list from the web,
 * unless it broke inheritance.
 */
export function effectiveScope(securable: Securable): string {
  if (securable.kind === 'item')
    return securable.unique
      ? itemScope(securable.item.rowId)
      : effectiveScope({ kind: 'list', list: securable.list });
  return securable.kind === 'list' && securable.list.hasUniqueRoleAssignments
    ? listScope(securable.list.id)
    : WEB_SCOPE;
}

/** The scope a securable's own role assignments are stored under. */
export function ownScope(securable: Securable): string {
  if (securable.kind === 'item') return itemScope(securable.item.rowId);
  return securable.kind === 'list' ? listScope(securable.list.id) : WEB_SCOPE;
}

/** True for an app principal (app-only identity), which has full control on the site. */
export function isAppPrincipal(principal: PrincipalRecord): boolean {
  return principal.loginName.toLowerCase().startsWith('i:0i.t|');
}

/** The effective permission mask of a principal (user or group) on a securable. */
export function effectiveMask(
  store: Store,
  principal: PrincipalRecord,
  securable: Securable,
): PermissionMask {
  if (isAppPrincipal(principal) || principal.isSiteAdmin) return FULL_MASK;
  const ids = new Set<number>([principal.id]);
  if (principal.kind === 'user') for (const g of store.principals.groupsOf(principal.id)) ids.add(g.id);
  let mask = 0n;
  for (const a of store.security.assignments(effectiveScope(securable))) {
    if (!ids.has(a.principalId)) continue;
    const def = roleDefinitionById(a.roleDefId);
    if (def) mask |= def.mask;
  }
  return mask;
}

/** Throws 403 (Access denied) unless the principal has the permission on the securable. */
export function requirePermission(
  store: Store,
  principal: PrincipalRecord,
  securable: Securable,
  kind: PermissionKindValue,
): void {
  if (!maskHas(effectiveMask(store, principal, securable), kind)) throw new AccessDeniedError();
}
