import type { StatementCache } from './statements.js';
import type { PrincipalRecord } from '../model/lists.js';

interface PrincipalRow {
  id: number;
  kind: 'user' | 'group';
  title: string;
  login_name: string;
  email: string;
  upn: string;
  principal_type: number;
  is_site_admin: number;
  is_hidden: number;
  description: string;
  owner_id: number | null;
  directory_oid: string | null;
}

function toRecord(row: PrincipalRow): PrincipalRecord {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    loginName: row.login_name,
    email: row.email,
    upn: row.upn,
    principalType: row.principal_type,
    isSiteAdmin: row.is_site_admin === 1,
    isHiddenInUI: row.is_hidden === 1,
    description: row.description,
    ownerId: row.owner_id,
    directoryOid: row.directory_oid,
  };
}

/** Site users (the user information list) and site groups, which share one id space. */
export class PrincipalsRepo {
  constructor(private readonly sql: StatementCache) {}

  private one(sql: string, ...params: (string | number)[]): PrincipalRecord | undefined {
    const row = this.sql.get(sql).get(...params) as PrincipalRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** A user or group by id. */
  byId(id: number): PrincipalRecord | undefined {
    return this.one('SELECT * FROM principals WHERE id = ?', id);
  }

  /** A user or group by login name (claims login for users, title for groups), case-insensitive. */
  byLoginName(loginName: string): PrincipalRecord | undefined {
    return this.one('SELECT * FROM principals WHERE login_name = ?', loginName);
  }

  /** A user by e-mail, case-insensitive. */
  userByEmail(email: string): PrincipalRecord | undefined {
    return this.one("SELECT * FROM principals WHERE kind = 'user' AND lower(email) = lower(?)", email);
  }

  /** A group by name, case-insensitive. */
  groupByName(name: string): PrincipalRecord | undefined {
    return this.one("SELECT * FROM principals WHERE kind = 'group' AND lower(title) = lower(?)", name);
  }

  /** Every user, or every group. */
  list(kind: 'user' | 'group'): PrincipalRecord[] {
    return (
      this.sql
        .get('SELECT * FROM principals WHERE kind = ? ORDER BY id')
        .all(kind) as unknown as PrincipalRow[]
    ).map(toRecord);
  }

  /** Principals by ids (for expanding people fields). */
  byIds(ids: readonly number[]): Map<number, PrincipalRecord> {
    const out = new Map<number, PrincipalRecord>();
    if (ids.length === 0) return out;
    const rows = this.sql
      .get('SELECT * FROM principals WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ids)) as unknown as PrincipalRow[];
    for (const row of rows) out.set(row.id, toRecord(row));
    return out;
  }

  /** Adds a principal; returns its id (given, or the next free one). */
  insert(p: Omit<PrincipalRecord, 'id'> & { id?: number }): number {
    const row = this.sql
      .get(
        `INSERT INTO principals (id, kind, title, login_name, email, upn, principal_type, is_site_admin, is_hidden,
           description, owner_id, directory_oid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(
        p.id ?? null,
        p.kind,
        p.title,
        p.loginName,
        p.email,
        p.upn,
        p.principalType,
        p.isSiteAdmin ? 1 : 0,
        p.isHiddenInUI ? 1 : 0,
        p.description,
        p.ownerId,
        p.directoryOid,
      ) as { id: number };
    return row.id;
  }

  /** Saves a principal's editable properties. */
  update(p: PrincipalRecord): void {
    this.sql
      .get(
        `UPDATE principals SET title = ?, login_name = ?, email = ?, is_site_admin = ?, is_hidden = ?,
           description = ?, owner_id = ? WHERE id = ?`,
      )
      .run(
        p.title,
        p.loginName,
        p.email,
        p.isSiteAdmin ? 1 : 0,
        p.isHiddenInUI ? 1 : 0,
        p.description,
        p.ownerId,
        p.id,
      );
  }

  /** Removes a principal (memberships and role assignments go with it). */
  delete(id: number): void {
    this.sql.get('DELETE FROM principals WHERE id = ?').run(id);
  }

  /** Members of a group. */
  members(groupId: number): PrincipalRecord[] {
    return (
      this.sql
        .get(
          'SELECT p.* FROM principals p JOIN group_members m ON m.user_id = p.id WHERE m.group_id = ? ORDER BY p.id',
        )
        .all(groupId) as unknown as PrincipalRow[]
    ).map(toRecord);
  }

  /** Groups a user belongs to. */
  groupsOf(userId: number): PrincipalRecord[] {
    return (
      this.sql
        .get(
          'SELECT p.* FROM principals p JOIN group_members m ON m.group_id = p.id WHERE m.user_id = ? ORDER BY p.id',
        )
        .all(userId) as unknown as PrincipalRow[]
    ).map(toRecord);
  }

  /** Adds a user to a group (no-op when already a member). */
  addMember(groupId: number, userId: number): void {
    this.sql
      .get('INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)')
      .run(groupId, userId);
  }

  /** Removes a user from a group. */
  removeMember(groupId: number, userId: number): void {
    this.sql.get('DELETE FROM group_members WHERE group_id = ? AND user_id = ?').run(groupId, userId);
  }
}
