/**
 * The seed format for using the emulator in other projects: users who can sign in (`--users users.json`) and the
 * groups, lists, fields and items a site starts with (`--seed seed.json`). Applied at start; what exists already
 * (a list or group of that title) is left as it is, so a persistent database can be started again with the same seed.
 */
import { createHash } from 'node:crypto';
import { type DemoRole, type DemoUser } from './directory/demo-users.js';
import { createField } from './lists/field-service.js';
import { createList } from './lists/list-service.js';
import { createItem } from './items/write.js';
import { ListSchema } from './items/schema.js';
import { PrincipalType, type PrincipalRecord } from './model/lists.js';
import { ROLE_DEFINITIONS } from './model/permissions.js';
import { ensureSiteUser } from './security/site-users.js';
import { findDemoUser } from './directory/demo-users.js';
import { GROUP_IDS, groupOfRole } from './storage/seed.js';
import { WEB_SCOPE } from './storage/security-repo.js';
import type { Store } from './storage/store.js';

/** A person in a users file: `{"key": "anna", "upn": "anna@contoso.example", "displayName": "Anna", "role": "member"}`. */
export interface SeedUser {
  key: string;
  upn: string;
  displayName: string;
  /** Site group the user is put in: owner (Owners), member (Members, default) or visitor (Visitors). */
  role?: Exclude<DemoRole, 'app'>;
  /** Entra object id in tokens; derived from the UPN when absent. */
  oid?: string;
}

/** A site group to create: title, optional description, members (user keys or UPNs) and a permission level on the web. */
export interface SeedGroup {
  title: string;
  description?: string;
  members?: string[];
  /** A permission level name on the web (`Full Control`, `Design`, `Edit`, `Contribute`, `Read`). */
  role?: string;
}

/** A list or library to create, with fields as `POST …/fields` takes them and items as `POST …/items` takes them. */
export interface SeedList {
  title: string;
  /** 100 (custom list, default) or 101 (document library). */
  template?: number;
  description?: string;
  /** Field bodies, e.g. `{"Title": "Due", "FieldTypeKind": 4}`; lookups may name their list as `LookupListTitle`. */
  fields?: Record<string, unknown>[];
  /** Item bodies, e.g. `{"Title": "First", "Due": "2026-01-31"}` (custom lists only), added as the app. */
  items?: Record<string, unknown>[];
}

/** The seed file: groups and lists (users, as in a users file, may be given here too), after `parseSeed`. */
export interface SeedFile {
  users?: DemoUser[];
  groups?: SeedGroup[];
  lists?: SeedList[];
}

/** A users or seed file that does not have the documented shape. */
export class SeedFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedFileError';
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new SeedFileError(`${where} must be a non-empty text.`);
  return value.trim();
}

function arrayOf(value: unknown, where: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new SeedFileError(`${where} must be an array.`);
  return value;
}

/** A stable object id for a UPN (a GUID-shaped hash), so tokens of a seeded user survive restarts. */
function oidOf(upn: string): string {
  const h = createHash('sha256').update(upn.toLowerCase()).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Checks a users file (an array of users) and turns it into directory identities. */
export function parseUsers(json: unknown): DemoUser[] {
  return arrayOf(json, 'The users file').map((raw, i) => {
    const where = `User ${i + 1}`;
    if (!isObject(raw)) throw new SeedFileError(`${where} must be an object.`);
    const upn = text(raw.upn, `${where}: upn`);
    const role = raw.role ?? 'member';
    if (role !== 'owner' && role !== 'member' && role !== 'visitor')
      throw new SeedFileError(`${where}: role must be owner, member or visitor.`);
    return {
      key: text(raw.key, `${where}: key`).toLowerCase(),
      upn,
      displayName: text(raw.displayName, `${where}: displayName`),
      oid: raw.oid === undefined ? oidOf(upn) : text(raw.oid, `${where}: oid`),
      role,
      description: 'Added by the users file',
      email: upn,
    };
  });
}

/** Checks a seed file's shape (lists, groups and users). */
export function parseSeed(json: unknown): SeedFile {
  if (!isObject(json)) throw new SeedFileError('The seed file must be a JSON object.');
  const lists = arrayOf(json.lists, 'lists').map((raw, i): SeedList => {
    if (!isObject(raw)) throw new SeedFileError(`List ${i + 1} must be an object.`);
    const template = raw.template ?? 100;
    if (template !== 100 && template !== 101)
      throw new SeedFileError(`List ${i + 1}: template must be 100 (list) or 101 (library).`);
    const objects = (key: string): Record<string, unknown>[] =>
      arrayOf(raw[key], `List ${i + 1}: ${key}`).map((v) => {
        if (!isObject(v)) throw new SeedFileError(`List ${i + 1}: every entry of ${key} must be an object.`);
        return v;
      });
    return {
      title: text(raw.title, `List ${i + 1}: title`),
      template,
      description: typeof raw.description === 'string' ? raw.description : '',
      fields: objects('fields'),
      items: objects('items'),
    };
  });
  const groups = arrayOf(json.groups, 'groups').map((raw, i): SeedGroup => {
    if (!isObject(raw)) throw new SeedFileError(`Group ${i + 1} must be an object.`);
    const role = raw.role === undefined ? undefined : text(raw.role, `Group ${i + 1}: role`);
    if (role && !ROLE_DEFINITIONS.some((d) => d.name === role))
      throw new SeedFileError(`Group ${i + 1}: role '${role}' is not a permission level of the site.`);
    return {
      title: text(raw.title, `Group ${i + 1}: title`),
      description: typeof raw.description === 'string' ? raw.description : '',
      members: arrayOf(raw.members, `Group ${i + 1}: members`).map((m) => text(m, `Group ${i + 1}: member`)),
      role,
    };
  });
  return { users: json.users === undefined ? undefined : parseUsers(json.users), groups, lists };
}

function siteUserOf(store: Store, keyOrUpn: string): PrincipalRecord {
  const user = findDemoUser(keyOrUpn);
  if (!user) throw new SeedFileError(`The member '${keyOrUpn}' is not a user of the directory.`);
  return ensureSiteUser(store, user);
}

/** Puts the users of a users file in the site's group for their role (once). */
export function seedUsers(store: Store, users: readonly DemoUser[]): void {
  for (const user of users) {
    store.principals.addMember(groupOfRole(user.role), ensureSiteUser(store, user).id);
  }
}

/** Creates the seed's groups and lists (with fields and items) that do not exist yet. */
export function applySeed(store: Store, seed: SeedFile): void {
  for (const g of seed.groups ?? []) {
    let group = store.principals.groupByName(g.title);
    if (!group) {
      const id = store.principals.insert({
        kind: 'group',
        title: g.title,
        loginName: g.title,
        email: '',
        upn: '',
        principalType: PrincipalType.SharePointGroup,
        isSiteAdmin: false,
        isHiddenInUI: false,
        description: g.description ?? '',
        ownerId: GROUP_IDS.owners,
        directoryOid: null,
      });
      group = store.principals.byId(id) as PrincipalRecord;
      const def = ROLE_DEFINITIONS.find((d) => d.name === g.role);
      if (def) store.security.add(WEB_SCOPE, id, def.id);
    }
    for (const member of g.members ?? []) store.principals.addMember(group.id, siteUserOf(store, member).id);
  }
  const app = siteUserOf(store, 'app');
  for (const l of seed.lists ?? []) {
    if (store.lists.byTitle(l.title)) continue;
    const list = createList(store, {
      Title: l.title,
      Description: l.description ?? '',
      BaseTemplate: l.template ?? 100,
    });
    for (const body of l.fields ?? []) {
      const { LookupListTitle: lookupTitle, ...rest } = body;
      if (typeof lookupTitle === 'string') {
        const target = store.lists.byTitle(lookupTitle);
        if (!target)
          throw new SeedFileError(
            `The lookup list '${lookupTitle}' of list '${l.title}' is not seeded before it.`,
          );
        rest.LookupListId = target.id;
      }
      createField(store, list, rest);
    }
    if ((l.items ?? []).length > 0 && l.template === 101)
      throw new SeedFileError(
        `The library '${l.title}' cannot be seeded with items: upload files through REST.`,
      );
    const schema = new ListSchema(list, store.fields.forList(list.id));
    for (const item of l.items ?? []) createItem(store, schema, item, app.id);
  }
}
