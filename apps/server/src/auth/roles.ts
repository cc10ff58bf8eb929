import '@pnp/sp/security/list.js';
import type { ListKey } from '@devplan/core';
import { hasPermission, spCall, type PlanSite } from '@devplan/sharepoint';

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
  const mask = await spCall({ listName: list }, () =>
    site.list(list).getUserEffectivePermissions(`${CLAIMS_PREFIX}${upn}`),
  );
  return hasPermission(mask as { High: number; Low: number }, EDIT_LIST_ITEMS);
}
