import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** Prepared statements of one connection, prepared once per SQL text. */
export class StatementCache {
  private readonly statements = new Map<string, StatementSync>();

  constructor(private readonly db: DatabaseSync) {}

  /** A statement prepared for one use (generated SQL that would only fill the cache). */
  once(sql: string): StatementSync {
    return this.db.prepare(sql);
  }

  /** The prepared statement for `sql`. */
  get(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
