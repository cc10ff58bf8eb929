import type { StatementCache } from './statements.js';
import type { SQLInputValue, StatementSync } from 'node:sqlite';
import type { ItemRecord } from '../model/lists.js';

/** A value of an indexed field as the side index stores it (text folded, booleans 0/1). */
export interface IndexEntry {
  field: string;
  value: string | number;
}

interface ItemRow {
  row_id: number;
  item_id: number;
  version: number;
  data: string;
}

/** Turns a stored row into an item record. */
export function itemFromRow(row: ItemRow): ItemRecord {
  return {
    rowId: row.row_id,
    id: row.item_id,
    version: row.version,
    data: JSON.parse(row.data) as Record<string, unknown>,
  };
}

/** Comparison operators the side index can answer. */
export type IndexOp = '=' | '<' | '<=' | '>' | '>=';

/** Items table and the side index of indexed field values. */
export class ItemsRepo {
  private readonly getStmt: StatementSync;
  private readonly insertStmt: StatementSync;
  private readonly updateStmt: StatementSync;
  private readonly deleteStmt: StatementSync;
  private readonly clearIndexStmt: StatementSync;
  private readonly addIndexStmt: StatementSync;

  constructor(private readonly sql: StatementCache) {
    this.getStmt = sql.get(
      'SELECT row_id, item_id, version, data FROM items WHERE list_id = ? AND item_id = ?',
    );
    this.insertStmt = sql.get(
      'INSERT INTO items (list_id, item_id, version, data) VALUES (?, ?, ?, ?) RETURNING row_id',
    );
    this.updateStmt = sql.get('UPDATE items SET version = ?, data = ? WHERE row_id = ?');
    this.deleteStmt = sql.get('DELETE FROM items WHERE row_id = ?');
    this.clearIndexStmt = sql.get('DELETE FROM item_index WHERE row_id = ?');
    this.addIndexStmt = sql.get(
      'INSERT OR IGNORE INTO item_index (list_id, field, value, row_id) VALUES (?, ?, ?, ?)',
    );
  }

  /** One item by id. */
  get(listId: string, itemId: number): ItemRecord | undefined {
    const row = this.getStmt.get(listId, itemId) as ItemRow | undefined;
    return row ? itemFromRow(row) : undefined;
  }

  /** Stores a new item; returns its row id. */
  insert(listId: string, itemId: number, version: number, data: Record<string, unknown>): number {
    const row = this.insertStmt.get(listId, itemId, version, JSON.stringify(data)) as { row_id: number };
    return row.row_id;
  }

  /** Saves an item's new version and values. */
  update(rowId: number, version: number, data: Record<string, unknown>): void {
    this.updateStmt.run(version, JSON.stringify(data), rowId);
  }

  /** Removes an item and its index entries. */
  delete(rowId: number): void {
    this.clearIndexStmt.run(rowId);
    this.deleteStmt.run(rowId);
  }

  /** Replaces the index entries of one item. */
  setIndex(listId: string, rowId: number, entries: readonly IndexEntry[]): void {
    this.clearIndexStmt.run(rowId);
    for (const e of entries) this.addIndexStmt.run(listId, e.field, e.value, rowId);
  }

  /** Removes every index entry of one field. */
  clearFieldIndex(listId: string, field: string): void {
    this.sql.get('DELETE FROM item_index WHERE list_id = ? AND field = ?').run(listId, field);
  }

  /** Adds one index entry (used when a field becomes indexed). */
  addIndexEntry(listId: string, rowId: number, entry: IndexEntry): void {
    this.addIndexStmt.run(listId, entry.field, entry.value, rowId);
  }

  /** Counts (up to `limit`) the items whose indexed value matches. */
  countIndexed(listId: string, field: string, op: IndexOp, value: string | number, limit: number): number {
    const row = this.sql
      .get(
        `SELECT count(*) AS n FROM (SELECT DISTINCT row_id FROM item_index
           WHERE list_id = ? AND field = ? AND value ${op} ? LIMIT ?)`,
      )
      .get(listId, field, value, limit) as { n: number };
    return row.n;
  }

  /** Counts (up to `limit`) the items whose id matches. */
  countIds(listId: string, op: IndexOp, value: number, limit: number): number {
    const row = this.sql
      .get(`SELECT count(*) AS n FROM (SELECT 1 FROM items WHERE list_id = ? AND item_id ${op} ? LIMIT ?)`)
      .get(listId, value, limit) as { n: number };
    return row.n;
  }

  /** Row ids of other items holding an indexed value (for unique columns). */
  findIndexed(listId: string, field: string, value: string | number, exceptRowId: number): number[] {
    const rows = this.sql
      .get(
        'SELECT row_id FROM item_index WHERE list_id = ? AND field = ? AND value = ? AND row_id <> ? LIMIT 1',
      )
      .all(listId, field, value, exceptRowId) as unknown as { row_id: number }[];
    return rows.map((r) => r.row_id);
  }

  /** Runs an item query built by the query planner. */
  select(sql: string, params: readonly SQLInputValue[]): ItemRecord[] {
    const rows = this.sql.once(sql).all(...params) as unknown as ItemRow[];
    return rows.map(itemFromRow);
  }

  /** Runs a query returning plain rows. */
  rows(sql: string, params: readonly SQLInputValue[]): Record<string, unknown>[] {
    return this.sql.once(sql).all(...params) as Record<string, unknown>[];
  }

  /** Iterates every item of a list (for re-indexing and field removal). */
  *iterate(listId: string): Generator<ItemRecord> {
    const stmt = this.sql.get(
      'SELECT row_id, item_id, version, data FROM items WHERE list_id = ? ORDER BY item_id',
    );
    for (const row of stmt.iterate(listId)) yield itemFromRow(row as unknown as ItemRow);
  }

  /** Ids of existing items among `ids` (for lookup validation). */
  existingIds(listId: string, ids: readonly number[]): Set<number> {
    if (ids.length === 0) return new Set();
    const rows = this.sql
      .get(`SELECT item_id FROM items WHERE list_id = ? AND item_id IN (SELECT value FROM json_each(?))`)
      .all(listId, JSON.stringify(ids)) as unknown as { item_id: number }[];
    return new Set(rows.map((r) => r.item_id));
  }

  /** Items by ids, for expanding lookups. */
  byIds(listId: string, ids: readonly number[]): Map<number, ItemRecord> {
    const out = new Map<number, ItemRecord>();
    if (ids.length === 0) return out;
    const rows = this.sql
      .get(
        `SELECT row_id, item_id, version, data FROM items
           WHERE list_id = ? AND item_id IN (SELECT value FROM json_each(?))`,
      )
      .all(listId, JSON.stringify(ids)) as unknown as ItemRow[];
    for (const row of rows) out.set(row.item_id, itemFromRow(row));
    return out;
  }

  /** Removes one field's values from every item of a list. */
  removeFieldValues(listId: string, field: string): void {
    this.sql
      .get(`UPDATE items SET data = json_remove(data, ?) WHERE list_id = ?`)
      .run(`$."${field}"`, listId);
    this.clearFieldIndex(listId, field);
  }
}
