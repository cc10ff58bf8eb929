import '@pnp/sp/security/list.js';
import type { ListKey } from '@devplan/core';
import { hasPermission, spCall, type PlanSite } from '@devplan/sharepoint';

/** SharePoint's `ViewListItems` permission (kind 1 of `SP.PermissionKind`). */
export const VIEW_LIST_ITEMS = 1;
/** SharePoint's `EditListItems` permission (kind 3 of `SP.PermissionKind`). */
export const EDIT_LIST_ITEMS = 3;
/** The claims prefix of a Microsoft Entra user's login name in SharePoint Online. */
export const CLAIMS_PREFIX = 'i:0#.f|membership|';

/**
 * True when the person (by UPN) may edit the items of `list` (a member; readers may not), as SharePoint says
 * when the app asks for the person's effective permissions. The API's routes check this on the server for
 * every write, whatever the caller sends.
 */
export async function mayEditList(site: PlanSite, list: ListKey, upn: string): Promise<boolean> {
  return hasPermission(await permissionsOn(site, list, upn), EDIT_LIST_ITEMS);
}

/** How a person may use a list's items: edit them (a member), only read them (a reader), or neither. */
export type ListAccess = 'edit' | 'read' | 'none';

/**
 * What the person (by UPN) may do with the items of `list`, as SharePoint says when the app asks for the
 * person's effective permissions (one request); checked on the server, never taken from the caller.
 */
export async function listAccess(site: PlanSite, list: ListKey, upn: string): Promise<ListAccess> {
  const mask = await permissionsOn(site, list, upn);
  if (hasPermission(mask, EDIT_LIST_ITEMS)) return 'edit';
  return hasPermission(mask, VIEW_LIST_ITEMS) ? 'read' : 'none';
}

async function permissionsOn(
  site: PlanSite,
  list: ListKey,
  upn: string,
): Promise<{ High: number; Low: number }> {
  const mask = await spCall({ listName: list }, () =>
    site.list(list).getUserEffectivePermissions(`${CLAIMS_PREFIX}${upn}`),
  );
  return mask as { High: number; Low: number };
}
