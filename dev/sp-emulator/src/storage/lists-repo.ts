import type { StatementCache } from './statements.js';
import type { StatementSync } from 'node:sqlite';
import type { ListRecord } from '../model/lists.js';
import { fold } from '../model/names.js';

interface ListRow {
  id: string;
  title: string;
  url_name: string;
  description: string;
  base_template: number;
  hidden: number;
  entity_type_name: string;
  has_unique_perms: number;
  created: string;
  last_item_modified: string;
  last_item_deleted: string;
  item_count: number;
  next_item_id: number;
  version: number;
  props: string;
}

function toRecord(row: ListRow): ListRecord {
  return {
    id: row.id,
    title: row.title,
    urlName: row.url_name,
    description: row.description,
    baseTemplate: row.base_template,
    hidden: row.hidden === 1,
    entityTypeName: row.entity_type_name,
    hasUniqueRoleAssignments: row.has_unique_perms === 1,
    created: row.created,
    lastItemModified: row.last_item_modified,
    lastItemDeleted: row.last_item_deleted,
    itemCount: row.item_count,
    nextItemId: row.next_item_id,
    version: row.version,
    props: JSON.parse(row.props) as Record<string, unknown>,
  };
}

/** Lists table access. */
export class ListsRepo {
  private readonly byIdStmt: StatementSync;
  private readonly byTitleStmt: StatementSync;
  private readonly byUrlStmt: StatementSync;

  constructor(private readonly sql: StatementCache) {
    this.byIdStmt = sql.get('SELECT * FROM lists WHERE id = ?');
    this.byTitleStmt = sql.get('SELECT * FROM lists WHERE title_key = ?');
    this.byUrlStmt = sql.get('SELECT * FROM lists WHERE url_key = ?');
  }

  /** Every list, in creation order. */
  all(): ListRecord[] {
    return (this.sql.get('SELECT * FROM lists ORDER BY rowid').all() as unknown as ListRow[]).map(toRecord);
  }

  /** A list by id (lower-case GUID). */
  byId(id: string): ListRecord | undefined {
    const row = this.byIdStmt.get(id) as ListRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** A list by title, case-insensitive. */
  byTitle(title: string): ListRecord | undefined {
    const row = this.byTitleStmt.get(fold(title)) as ListRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** A list by its URL segment under `Lists/`, case-insensitive. */
  byUrlName(urlName: string): ListRecord | undefined {
    const row = this.byUrlStmt.get(fold(urlName)) as ListRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** Stores a new list. */
  insert(list: ListRecord): void {
    this.sql
      .get(
        `INSERT INTO lists (id, title, title_key, url_name, url_key, description, base_template, hidden,
           entity_type_name, has_unique_perms, created, last_item_modified, last_item_deleted, item_count,
           next_item_id, version, props)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        list.id,
        list.title,
        fold(list.title),
        list.urlName,
        fold(list.urlName),
        list.description,
        list.baseTemplate,
        list.hidden ? 1 : 0,
        list.entityTypeName,
        list.hasUniqueRoleAssignments ? 1 : 0,
        list.created,
        list.lastItemModified,
        list.lastItemDeleted,
        list.itemCount,
        list.nextItemId,
        list.version,
        JSON.stringify(list.props),
      );
  }

  /** Saves a list's settings (title, description, hidden, permissions flag, props, version). */
  update(list: ListRecord): void {
    this.sql
      .get(
        `UPDATE lists SET title = ?, title_key = ?, description = ?, hidden = ?, has_unique_perms = ?,
           props = ?, version = ? WHERE id = ?`,
      )
      .run(
        list.title,
        fold(list.title),
        list.description,
        list.hidden ? 1 : 0,
        list.hasUniqueRoleAssignments ? 1 : 0,
        JSON.stringify(list.props),
        list.version,
        list.id,
      );
  }

  /** Reserves the next item id of a list. */
  allocateItemId(listId: string): number {
    const row = this.sql
      .get('UPDATE lists SET next_item_id = next_item_id + 1 WHERE id = ? RETURNING next_item_id - 1 AS id')
      .get(listId) as { id: number };
    return row.id;
  }

  /** Records an item change: count delta and timestamps. */
  touchItems(listId: string, countDelta: number, at: string, deleted: boolean): void {
    this.sql
      .get(
        deleted
          ? 'UPDATE lists SET item_count = item_count + ?, last_item_deleted = ? WHERE id = ?'
          : 'UPDATE lists SET item_count = item_count + ?, last_item_modified = ? WHERE id = ?',
      )
      .run(countDelta, at, listId);
  }

  /** Removes a list (fields and items go with it). */
  delete(listId: string): void {
    this.sql.get('DELETE FROM item_index WHERE list_id = ?').run(listId);
    this.sql.get("DELETE FROM role_assignments WHERE scope = 'list:' || ?").run(listId);
    this.sql.get('DELETE FROM lists WHERE id = ?').run(listId);
  }
}
