import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fold } from '../model/names.js';
import { MIGRATIONS } from './migrations.js';

/** SQLite connection of one emulator: pragmas, SQL helper functions, migrations and transactions. */
export class Database {
  /** The node:sqlite connection. */
  readonly db: DatabaseSync;
  /** Called after a transaction was rolled back (caches of what it wrote forget it). */
  private readonly rollbackListeners: (() => void)[] = [];

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new DatabaseSync(file);
    this.db.exec('PRAGMA busy_timeout = 5000');
    this.db.exec('PRAGMA journal_mode = WAL');
    this.db.exec('PRAGMA synchronous = FULL');
    this.db.exec('PRAGMA foreign_keys = ON');
    this.registerFunctions();
    this.migrate();
  }

  private registerFunctions(): void {
    const foldValue = (v: unknown): unknown => (typeof v === 'string' ? fold(v) : v);
    this.db.function('sp_fold', { deterministic: true }, (v) => foldValue(v) as string | number | null);
    this.db.function('sp_startswith', { deterministic: true }, (text, prefix) =>
      typeof text === 'string' && typeof prefix === 'string' && fold(text).startsWith(fold(prefix)) ? 1 : 0,
    );
    this.db.function('sp_contains', { deterministic: true }, (text, needle) =>
      typeof text === 'string' && typeof needle === 'string' && fold(text).includes(fold(needle)) ? 1 : 0,
    );
  }

  /** Schema version the file is at. */
  schemaVersion(): number {
    const row = this.db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
    return row.v ?? 0;
  }

  private migrate(): void {
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const current = this.schemaVersion();
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      this.transaction(() => {
        migration.up(this.db);
        this.db
          .prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)')
          .run(migration.version, new Date().toISOString());
      });
    }
  }

  /**
   * Runs `fn` in one write transaction (BEGIN IMMEDIATE … COMMIT), rolling back when it throws.
   * A call inside a running transaction joins it.
   */
  transaction<T>(fn: () => T): T {
    if (this.db.isTransaction) return fn();
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = fn();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      for (const listener of this.rollbackListeners) listener();
      throw error;
    }
  }

  /** Calls `listener` after every rolled back transaction. */
  onRollback(listener: () => void): void {
    this.rollbackListeners.push(listener);
  }

  /** Closes the connection (checkpointing the WAL). */
  close(): void {
    if (this.db.isOpen) this.db.close();
  }
}
