import type { StatementCache } from './statements.js';
import type { FieldDef } from '../model/fields.js';

/** Freezes a field definition and the objects and arrays it holds (a cached one is shared by every request). */
function frozen(def: FieldDef): FieldDef {
  for (const value of Object.values(def)) {
    if (value && typeof value === 'object') Object.freeze(value);
  }
  return Object.freeze(def);
}

/**
 * Fields table access: one JSON definition per field of a list. A list's fields are read from SQLite and
 * parsed once and kept (frozen) until they change: here (`insert`, `update`, `delete`), by a rolled back
 * transaction (`forget`), or by another connection to the same file (SQLite's `data_version`).
 */
export class FieldsRepo {
  private readonly cache = new Map<string, readonly FieldDef[]>();
  /** `PRAGMA data_version` when the cache was last known good. */
  private dataVersion: number | null = null;

  constructor(private readonly sql: StatementCache) {}

  /** The fields of a list in creation order (shared and frozen: copy one to change it). */
  forList(listId: string): FieldDef[] {
    const { data_version: version } = this.sql.get('PRAGMA data_version').get() as { data_version: number };
    if (version !== this.dataVersion) {
      this.cache.clear();
      this.dataVersion = version;
    }
    let defs = this.cache.get(listId);
    if (!defs) {
      const rows = this.sql
        .get('SELECT def FROM fields WHERE list_id = ? ORDER BY position')
        .all(listId) as unknown as { def: string }[];
      defs = Object.freeze(rows.map((r) => frozen(JSON.parse(r.def) as FieldDef)));
      this.cache.set(listId, defs);
    }
    return defs as FieldDef[];
  }

  /** Forgets every cached list's fields (a transaction that may have changed them was rolled back). */
  forget(): void {
    this.cache.clear();
  }

  /** Adds a field at the end of the list's fields. */
  insert(listId: string, def: FieldDef): void {
    const pos = this.sql
      .get('SELECT coalesce(max(position), 0) + 1 AS p FROM fields WHERE list_id = ?')
      .get(listId) as { p: number };
    this.sql
      .get('INSERT INTO fields (list_id, id, internal_name, position, def) VALUES (?, ?, ?, ?, ?)')
      .run(listId, def.id, def.internalName, pos.p, JSON.stringify(def));
    this.cache.delete(listId);
  }

  /** Saves a changed field definition. */
  update(listId: string, def: FieldDef): void {
    this.sql
      .get('UPDATE fields SET def = ? WHERE list_id = ? AND id = ?')
      .run(JSON.stringify(def), listId, def.id);
    this.cache.delete(listId);
  }

  /** Removes a field definition. */
  delete(listId: string, fieldId: string): void {
    this.sql.get('DELETE FROM fields WHERE list_id = ? AND id = ?').run(listId, fieldId);
    this.cache.delete(listId);
  }

  /** The web's site columns (stored ones; the built-in columns are not stored) in creation order. */
  forWeb(): FieldDef[] {
    const rows = this.sql.get('SELECT def FROM site_fields ORDER BY position').all() as unknown as {
      def: string;
    }[];
    return rows.map((r) => JSON.parse(r.def) as FieldDef);
  }

  /** Adds a site column. */
  insertWeb(def: FieldDef): void {
    const pos = this.sql.get('SELECT coalesce(max(position), 0) + 1 AS p FROM site_fields').get() as {
      p: number;
    };
    this.sql
      .get('INSERT INTO site_fields (id, internal_name, position, def) VALUES (?, ?, ?, ?)')
      .run(def.id, def.internalName, pos.p, JSON.stringify(def));
  }

  /** Saves a changed site column. */
  updateWeb(def: FieldDef): void {
    this.sql.get('UPDATE site_fields SET def = ? WHERE id = ?').run(JSON.stringify(def), def.id);
  }

  /** Removes a site column. */
  deleteWeb(fieldId: string): void {
    this.sql.get('DELETE FROM site_fields WHERE id = ?').run(fieldId);
  }
}
