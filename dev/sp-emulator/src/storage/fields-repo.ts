import type { StatementCache } from './statements.js';
import type { FieldDef } from '../model/fields.js';

/** Fields table access: one JSON definition per field of a list. */
export class FieldsRepo {
  constructor(private readonly sql: StatementCache) {}

  /** The fields of a list in creation order. */
  forList(listId: string): FieldDef[] {
    const rows = this.sql
      .get('SELECT def FROM fields WHERE list_id = ? ORDER BY position')
      .all(listId) as unknown as { def: string }[];
    return rows.map((r) => JSON.parse(r.def) as FieldDef);
  }

  /** Adds a field at the end of the list's fields. */
  insert(listId: string, def: FieldDef): void {
    const pos = this.sql
      .get('SELECT coalesce(max(position), 0) + 1 AS p FROM fields WHERE list_id = ?')
      .get(listId) as { p: number };
    this.sql
      .get('INSERT INTO fields (list_id, id, internal_name, position, def) VALUES (?, ?, ?, ?, ?)')
      .run(listId, def.id, def.internalName, pos.p, JSON.stringify(def));
  }

  /** Saves a changed field definition. */
  update(listId: string, def: FieldDef): void {
    this.sql
      .get('UPDATE fields SET def = ? WHERE list_id = ? AND id = ?')
      .run(JSON.stringify(def), listId, def.id);
  }

  /** Removes a field definition. */
  delete(listId: string, fieldId: string): void {
    this.sql.get('DELETE FROM fields WHERE list_id = ? AND id = ?').run(listId, fieldId);
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
