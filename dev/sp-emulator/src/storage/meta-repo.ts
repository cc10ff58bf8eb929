import type { StatementCache } from './statements.js';

/** Key/value settings of the database (signing keys, seed marker). */
export class MetaRepo {
  constructor(private readonly sql: StatementCache) {}

  /** A stored value. */
  get(key: string): string | undefined {
    const row = this.sql.get('SELECT value FROM meta WHERE key = ?').get(key) as
      { value: string } | undefined;
    return row?.value;
  }

  /** Stores a value. */
  set(key: string, value: string): void {
    this.sql
      .get(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      )
      .run(key, value);
  }
}
