import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** How many generated SQL texts stay prepared (the queries clients send again and again). */
const GENERATED_KEPT = 256;

/** Prepared statements of one connection, prepared once per SQL text. */
export class StatementCache {
  private readonly statements = new Map<string, StatementSync>();
  /** Generated SQL, least recently used first (a Map keeps insertion order). */
  private readonly generated = new Map<string, StatementSync>();

  constructor(private readonly db: DatabaseSync) {}

  /**
   * A statement for generated SQL (item queries built from a client's `$filter`, `$orderby` …): the
   * {@link GENERATED_KEPT} most recently used texts stay prepared, so a query asked again is not parsed and
   * planned again, and one-off texts do not fill memory. Only for `all()`/`get()`/`run()` (never held across
   * another use of the same text).
   */
  once(sql: string): StatementSync {
    let statement = this.generated.get(sql);
    if (statement) {
      this.generated.delete(sql);
    } else {
      statement = this.db.prepare(sql);
      if (this.generated.size >= GENERATED_KEPT) {
        this.generated.delete(this.generated.keys().next().value!);
      }
    }
    this.generated.set(sql, statement);
    return statement;
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
