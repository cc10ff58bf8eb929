/** The emulator's directory: the demo users and the app principal that can sign in. */

/** Role of a demo identity on the plan site. */
export type DemoRole = 'owner' | 'member' | 'visitor' | 'app';

/** A person (or the app) in the emulator's directory. */
export interface DemoUser {
  /** Short key used by the local sign-in (`staff`, `approver`, …). */
  readonly key: string;
  /** User principal name (also the e-mail address); empty for the app principal. */
  readonly upn: string;
  readonly displayName: string;
  /** Stable Entra object id. */
  readonly oid: string;
  readonly role: DemoRole;
  /** What the person does in the demo. */
  readonly description: string;
  /** E-mail address (empty for the app principal). */
  readonly email: string;
  /** Client id of the app principal (only for `role: 'app'`). */
  readonly appId?: string;
}

/** The tenant id every token carries. */
export const TENANT_ID = '5c1b5e0b-8a3d-4f6e-9a61-0d2b7f4c3e21';

/** Client id of the "Utvecklingsplan (app)" principal. */
export const APP_CLIENT_ID = '7f3a9c2e-4b1d-4e8a-b6c5-2d9e0f1a3b4c';

/** Email domain of the demo users. */
export const EMAIL_DOMAIN = 'malmo.example';

function person(
  key: string,
  local: string,
  displayName: string,
  oid: string,
  role: DemoRole,
  description: string,
): DemoUser {
  const upn = `${local}@${EMAIL_DOMAIN}`;
  return { key, upn, displayName, oid, role, description, email: upn };
}

/** The seeded demo identities. */
export const DEMO_USERS: readonly DemoUser[] = Object.freeze([
  person(
    'admin',
    'maria.ek',
    'Maria Ek',
    '0a6f1c4e-2b7d-4c1a-9e3f-5d8b2a7c6e01',
    'owner',
    'Site owner, plan administrator',
  ),
  person(
    'staff',
    'sara.lindqvist',
    'Sara Lindqvist',
    '1b7e2d5f-3c8e-4d2b-8f4a-6e9c3b8d7f02',
    'member',
    'Member, writes follow-ups',
  ),
  person(
    'staff2',
    'omar.haddad',
    'Omar Haddad',
    '2c8f3e6a-4d9f-4e3c-9a5b-7fad4c9e8a03',
    'member',
    'Member, writes follow-ups',
  ),
  person(
    'approver',
    'karin.nilsson',
    'Karin Nilsson',
    '3d9a4f7b-5eaf-4f4d-8b6c-8abe5dafa904',
    'member',
    'Member, a manager who approves follow-ups',
  ),
  person(
    'deputy',
    'erik.johansson',
    'Erik Johansson',
    '4eab5a8c-6fba-4a5e-9c7d-9bcf6ebab005',
    'member',
    'Member, deputy approver',
  ),
  person(
    'reader',
    'lars.persson',
    'Lars Persson',
    '5fbc6b9d-7acb-4b6f-8d8e-acda7fcbc106',
    'visitor',
    'Visitor, reads the plan',
  ),
  Object.freeze({
    key: 'app',
    upn: '',
    displayName: 'Utvecklingsplan (app)',
    oid: '6acd7cae-8bdc-4c7a-9e9f-bdeb8adcd207',
    role: 'app' as const,
    description: 'The app principal (app-only token, Sites.Selected, full control on the site)',
    email: '',
    appId: APP_CLIENT_ID,
  }),
]);

/** Identities added to the directory at start (`--users users.json`, `EmulatorOptions.users`), for this process. */
const addedUsers: DemoUser[] = [];

/** Every identity that can sign in: the demo users and those added at start. */
export function directoryUsers(): readonly DemoUser[] {
  return addedUsers.length === 0 ? DEMO_USERS : [...DEMO_USERS, ...addedUsers];
}

/** Adds identities to the directory (a key, UPN or object id already there is replaced). */
export function addDirectoryUsers(users: readonly DemoUser[]): void {
  for (const user of users) {
    const taken = (u: DemoUser): boolean =>
      u.key === user.key || u.oid === user.oid || (u.upn !== '' && fold(u.upn) === fold(user.upn));
    if (DEMO_USERS.some(taken)) throw new Error(`The user '${user.key}' is already a demo user.`);
    const index = addedUsers.findIndex(taken);
    if (index >= 0) addedUsers.splice(index, 1);
    addedUsers.push(Object.freeze({ ...user }));
  }
}

function fold(text: string): string {
  return text.toLowerCase();
}

/** Finds a demo identity by key, UPN/e-mail (case-insensitive) or object id. */
export function findDemoUser(keyOrUpn: string): DemoUser | undefined {
  const needle = keyOrUpn.trim().toLowerCase();
  if (needle === '') return undefined;
  return directoryUsers().find(
    (u) => u.key === needle || (u.upn !== '' && u.upn.toLowerCase() === needle) || u.oid === needle,
  );
}

/** The SharePoint claims login name of a directory identity. */
export function loginNameOf(user: DemoUser): string {
  return user.role === 'app'
    ? `i:0i.t|ms.sp.ext|${user.appId ?? APP_CLIENT_ID}@${TENANT_ID}`
    : `i:0#.f|membership|${user.upn.toLowerCase()}`;
}

/**
 * Resolves a logon name as `ensureuser` accepts it: a claims login (`i:0#.f|membership|x@y`),
 * an e-mail/UPN, the app's claims login, or a demo key.
 */
export function resolveLogonName(logonName: string): DemoUser | undefined {
  const value = logonName.trim();
  const lower = value.toLowerCase();
  const app = directoryUsers().find((u) => u.role === 'app');
  if (app && lower === loginNameOf(app).toLowerCase()) return app;
  const claims = /^i:0#\.f\|membership\|(.+)$/i.exec(value);
  const upn = claims?.[1] ?? value;
  return findDemoUser(upn);
}
