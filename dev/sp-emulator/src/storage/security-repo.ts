import type { StatementCache } from './statements.js';

/** One role assignment: a principal holding a role definition in a scope. */
export interface RoleAssignmentRow {
  principalId: number;
  roleDefId: number;
}

/** The scope key of the web. */
export const WEB_SCOPE = 'web';

/** The scope key of a list with unique permissions. */
export function listScope(listId: string): string {
  return `list:${listId}`;
}

/** The scope key of a list item with unique permissions (by its row). */
export function itemScope(rowId: number): string {
  return `item:${rowId}`;
}

/** Role assignments per securable scope (the web, or a list that broke inheritance). */
export class SecurityRepo {
  constructor(private readonly sql: StatementCache) {}

  /** The assignments of a scope. */
  assignments(scope: string): RoleAssignmentRow[] {
    const rows = this.sql
      .get(
        'SELECT principal_id, role_def_id FROM role_assignments WHERE scope = ? ORDER BY principal_id, role_def_id',
      )
      .all(scope) as unknown as { principal_id: number; role_def_id: number }[];
    return rows.map((r) => ({ principalId: r.principal_id, roleDefId: r.role_def_id }));
  }

  /** Grants a role definition to a principal in a scope. */
  add(scope: string, principalId: number, roleDefId: number): void {
    this.sql
      .get('INSERT OR IGNORE INTO role_assignments (scope, principal_id, role_def_id) VALUES (?, ?, ?)')
      .run(scope, principalId, roleDefId);
  }

  /** Removes one grant. */
  remove(scope: string, principalId: number, roleDefId: number): void {
    this.sql
      .get('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ? AND role_def_id = ?')
      .run(scope, principalId, roleDefId);
  }

  /** Removes every grant of a principal in a scope. */
  removePrincipal(scope: string, principalId: number): void {
    this.sql.get('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ?').run(scope, principalId);
  }

  /** Whether an item has its own permissions (broke inheritance). */
  isUniqueItem(rowId: number): boolean {
    return this.sql.get('SELECT 1 FROM unique_items WHERE row_id = ?').get(rowId) !== undefined;
  }

  /** The rows of a list's items that have their own permissions (none in most lists). */
  uniqueItemRows(listId: string): Set<number> {
    const rows = this.sql.get('SELECT row_id FROM unique_items WHERE list_id = ?').all(listId) as unknown as {
      row_id: number;
    }[];
    return new Set(rows.map((r) => r.row_id));
  }

  /** Marks an item as having its own permissions, or inheriting again (its own grants cleared). */
  setUniqueItem(listId: string, rowId: number, unique: boolean): void {
    if (unique)
      this.sql.get('INSERT OR IGNORE INTO unique_items (row_id, list_id) VALUES (?, ?)').run(rowId, listId);
    else {
      this.sql.get('DELETE FROM unique_items WHERE row_id = ?').run(rowId);
      this.clear(itemScope(rowId));
    }
  }

  /** Removes every grant of a scope. */
  clear(scope: string): void {
    this.sql.get('DELETE FROM role_assignments WHERE scope = ?').run(scope);
  }
}
