import { DEMO_USERS, loginNameOf, type DemoRole } from '../directory/demo-users.js';
import { newGuid, nowIso } from '../model/ids.js';
import { PrincipalType } from '../model/lists.js';
import { ROLE } from '../model/permissions.js';
import { WEB_SCOPE } from './security-repo.js';
import type { Store } from './store.js';

/** Ids SharePoint gives the associated groups of a new team site. */
export const GROUP_IDS = { owners: 3, visitors: 4, members: 5 } as const;

/** The site group of a directory role: owners in Owners, visitors in Visitors, everyone else in Members. */
export function groupOfRole(role: DemoRole): number {
  if (role === 'owner') return GROUP_IDS.owners;
  return role === 'visitor' ? GROUP_IDS.visitors : GROUP_IDS.members;
}

/** Seeds a new database: the site's groups, the demo users in them, and the web's role assignments. */
export function seedSite(store: Store, siteTitle: string): void {
  store.meta.set('web_id', newGuid());
  store.meta.set('site_id', newGuid());
  store.meta.set('user_info_list_id', newGuid());
  store.meta.set('created', nowIso());
  const group = (id: number, title: string, description: string): void => {
    store.principals.insert({
      id,
      kind: 'group',
      title,
      loginName: title,
      email: '',
      upn: '',
      principalType: PrincipalType.SharePointGroup,
      isSiteAdmin: false,
      isHiddenInUI: false,
      description,
      ownerId: GROUP_IDS.owners,
      directoryOid: null,
    });
  };
  group(GROUP_IDS.owners, `${siteTitle} Owners`, `Owners of ${siteTitle}`);
  group(GROUP_IDS.visitors, `${siteTitle} Visitors`, `Visitors of ${siteTitle}`);
  group(GROUP_IDS.members, `${siteTitle} Members`, `Members of ${siteTitle}`);

  for (const user of DEMO_USERS) {
    if (user.role === 'app') continue;
    const id = store.principals.insert({
      kind: 'user',
      title: user.displayName,
      loginName: loginNameOf(user),
      email: user.email,
      upn: user.upn,
      principalType: PrincipalType.User,
      isSiteAdmin: user.role === 'owner',
      isHiddenInUI: false,
      description: '',
      ownerId: null,
      directoryOid: user.oid,
    });
    store.principals.addMember(groupOfRole(user.role), id);
  }

  store.security.add(WEB_SCOPE, GROUP_IDS.owners, ROLE.FullControl);
  store.security.add(WEB_SCOPE, GROUP_IDS.members, ROLE.Edit);
  store.security.add(WEB_SCOPE, GROUP_IDS.visitors, ROLE.Read);
}
