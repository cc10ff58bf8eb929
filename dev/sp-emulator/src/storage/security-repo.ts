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

  /** Removes every grant of a scope. */
  clear(scope: string): void {
    this.sql.get('DELETE FROM role_assignments WHERE scope = ?').run(scope);
  }
}
