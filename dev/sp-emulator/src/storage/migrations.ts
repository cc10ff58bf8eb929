import type { DatabaseSync } from 'node:sqlite';

/** One step of the schema's history. */
export interface Migration {
  version: number;
  up(db: DatabaseSync): void;
}

/** The schema, as ordered migrations; the `schema_version` table records which ones a file has. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    up(db) {
      db.exec(`
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE lists (
          id TEXT PRIMARY KEY,
          title TEXT NOT NULL,
          title_key TEXT NOT NULL UNIQUE,
          url_name TEXT NOT NULL,
          url_key TEXT NOT NULL UNIQUE,
          description TEXT NOT NULL,
          base_template INTEGER NOT NULL,
          hidden INTEGER NOT NULL,
          entity_type_name TEXT NOT NULL,
          has_unique_perms INTEGER NOT NULL DEFAULT 0,
          created TEXT NOT NULL,
          last_item_modified TEXT NOT NULL,
          last_item_deleted TEXT NOT NULL,
          item_count INTEGER NOT NULL DEFAULT 0,
          next_item_id INTEGER NOT NULL DEFAULT 1,
          version INTEGER NOT NULL DEFAULT 1,
          props TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE fields (
          list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
          id TEXT NOT NULL,
          internal_name TEXT NOT NULL,
          position INTEGER NOT NULL,
          def TEXT NOT NULL,
          PRIMARY KEY (list_id, id),
          UNIQUE (list_id, internal_name)
        );
        CREATE TABLE items (
          row_id INTEGER PRIMARY KEY,
          list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
          item_id INTEGER NOT NULL,
          version INTEGER NOT NULL,
          data TEXT NOT NULL,
          UNIQUE (list_id, item_id)
        );
        CREATE TABLE item_index (
          list_id TEXT NOT NULL,
          field TEXT NOT NULL,
          value,
          row_id INTEGER NOT NULL,
          PRIMARY KEY (list_id, field, value, row_id)
        ) WITHOUT ROWID;
        CREATE INDEX item_index_by_row ON item_index (row_id);
        CREATE TABLE principals (
          id INTEGER PRIMARY KEY,
          kind TEXT NOT NULL CHECK (kind IN ('user', 'group')),
          title TEXT NOT NULL,
          login_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
          email TEXT NOT NULL DEFAULT '',
          upn TEXT NOT NULL DEFAULT '',
          principal_type INTEGER NOT NULL,
          is_site_admin INTEGER NOT NULL DEFAULT 0,
          is_hidden INTEGER NOT NULL DEFAULT 0,
          description TEXT NOT NULL DEFAULT '',
          owner_id INTEGER,
          directory_oid TEXT
        );
        CREATE TABLE group_members (
          group_id INTEGER NOT NULL REFERENCES principals(id) ON DELETE CASCADE,
          user_id INTEGER NOT NULL REFERENCES principals(id) ON DELETE CASCADE,
          PRIMARY KEY (group_id, user_id)
        );
        CREATE TABLE role_assignments (
          scope TEXT NOT NULL,
          principal_id INTEGER NOT NULL REFERENCES principals(id) ON DELETE CASCADE,
          role_def_id INTEGER NOT NULL,
          PRIMARY KEY (scope, principal_id, role_def_id)
        );
      `);
    },
  },
  {
    version: 2,
    up(db) {
      // Files and folders of document libraries: one row per library item that is a file or a folder. The content
      // lives here as a BLOB, written in the same transaction as the item (deleting the item deletes the row).
      db.exec(`
        CREATE TABLE documents (
          row_id INTEGER PRIMARY KEY REFERENCES items(row_id) ON DELETE CASCADE,
          list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
          is_folder INTEGER NOT NULL,
          unique_id TEXT NOT NULL UNIQUE,
          dir TEXT NOT NULL,
          name TEXT NOT NULL,
          path_key TEXT NOT NULL,
          dir_key TEXT NOT NULL,
          length INTEGER NOT NULL DEFAULT 0,
          content BLOB,
          UNIQUE (list_id, path_key)
        );
        CREATE INDEX documents_by_dir ON documents (list_id, dir_key);
      `);
    },
  },
  {
    version: 3,
    up(db) {
      // Items that broke role inheritance (item-level permissions): their assignments are in role_assignments under
      // the scope `item:<row_id>`; deleting the item forgets that it had its own.
      db.exec(`
        CREATE TABLE unique_items (
          row_id INTEGER PRIMARY KEY REFERENCES items(row_id) ON DELETE CASCADE,
          list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE
        );
        CREATE INDEX unique_items_by_list ON unique_items (list_id);
      `);
    },
  },
  {
    version: 4,
    up(db) {
      // Site columns: fields of the web itself (web/fields), not of a list.
      db.exec(`
        CREATE TABLE site_fields (
          id TEXT PRIMARY KEY,
          internal_name TEXT NOT NULL UNIQUE,
          position INTEGER NOT NULL,
          def TEXT NOT NULL
        );
      `);
    },
  },
];
