import { loginNameOf, type DemoUser } from '../directory/demo-users.js';
import { PrincipalType, type PrincipalRecord } from '../model/lists.js';
import type { Store } from '../storage/store.js';

/** The site user of a directory identity, added to the user information list on first use (as SharePoint does). */
export function ensureSiteUser(store: Store, user: DemoUser): PrincipalRecord {
  const loginName = loginNameOf(user);
  const existing = store.principals.byLoginName(loginName);
  if (existing) return existing;
  const id = store.transaction(() =>
    store.principals.insert({
      kind: 'user',
      title: user.displayName,
      loginName,
      email: user.email,
      upn: user.upn,
      principalType: PrincipalType.User,
      isSiteAdmin: false,
      isHiddenInUI: false,
      description: '',
      ownerId: null,
      directoryOid: user.oid,
    }),
  );
  return store.principals.byId(id) as PrincipalRecord;
}
