import type { StatementCache } from './statements.js';
import type { DocumentRecord } from '../model/lists.js';
import { fold } from '../model/names.js';

interface DocumentRow {
  row_id: number;
  list_id: string;
  is_folder: number;
  unique_id: string;
  dir: string;
  name: string;
  length: number;
}

const COLUMNS = 'row_id, list_id, is_folder, unique_id, dir, name, length';

function toRecord(row: DocumentRow): DocumentRecord {
  return {
    rowId: row.row_id,
    listId: row.list_id,
    isFolder: row.is_folder === 1,
    uniqueId: row.unique_id,
    dir: row.dir,
    name: row.name,
    length: row.length,
  };
}

/** The library-relative path of a document (`dir/name`, or `name` in the root). */
export function documentPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/** Files and folders of document libraries; the content is read only when asked for. */
export class DocumentsRepo {
  constructor(private readonly sql: StatementCache) {}

  /** A file or folder by its library-relative path (case-insensitive, as SharePoint resolves URLs). */
  byPath(listId: string, path: string): DocumentRecord | undefined {
    const row = this.sql
      .get(`SELECT ${COLUMNS} FROM documents WHERE list_id = ? AND path_key = ?`)
      .get(listId, fold(path)) as DocumentRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** A file or folder by its UniqueId. */
  byUniqueId(uniqueId: string): DocumentRecord | undefined {
    const row = this.sql
      .get(`SELECT ${COLUMNS} FROM documents WHERE unique_id = ?`)
      .get(uniqueId.toLowerCase()) as DocumentRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** The document of a library item. */
  byRowId(rowId: number): DocumentRecord | undefined {
    const row = this.sql.get(`SELECT ${COLUMNS} FROM documents WHERE row_id = ?`).get(rowId) as
      DocumentRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** Documents of several items (for `$expand=File`), keyed by row id. */
  byRowIds(rowIds: readonly number[]): Map<number, DocumentRecord> {
    const out = new Map<number, DocumentRecord>();
    if (rowIds.length === 0) return out;
    const rows = this.sql
      .get(`SELECT ${COLUMNS} FROM documents WHERE row_id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(rowIds)) as unknown as DocumentRow[];
    for (const row of rows) out.set(row.row_id, toRecord(row));
    return out;
  }

  /** Files (or folders) directly in a folder, by name. */
  children(listId: string, dir: string, folders: boolean): DocumentRecord[] {
    const rows = this.sql
      .get(
        `SELECT ${COLUMNS} FROM documents WHERE list_id = ? AND dir_key = ? AND is_folder = ? ORDER BY name COLLATE NOCASE`,
      )
      .all(listId, fold(dir), folders ? 1 : 0) as unknown as DocumentRow[];
    return rows.map(toRecord);
  }

  /** How many files and folders are directly in a folder. */
  countChildren(listId: string, dir: string): number {
    const row = this.sql
      .get('SELECT count(*) AS n FROM documents WHERE list_id = ? AND dir_key = ?')
      .get(listId, fold(dir)) as { n: number };
    return row.n;
  }

  /** How many files lie below a folder path ('' = the whole library), at any depth, and their bytes. */
  fileTotals(listId: string, path: string): { files: number; bytes: number } {
    const key = fold(path);
    const row = this.sql
      .get(
        `SELECT count(*) AS files, coalesce(sum(length), 0) AS bytes FROM documents
           WHERE list_id = ? AND is_folder = 0 AND (? = '' OR dir_key = ? OR substr(dir_key, 1, ?) = ?)`,
      )
      .get(listId, key, key, key.length + 1, `${key}/`) as { files: number; bytes: number };
    return row;
  }

  /** Items (row ids) of everything below a folder path, deepest first. */
  descendants(listId: string, path: string): number[] {
    const key = fold(path);
    const rows = this.sql
      .get(
        `SELECT row_id FROM documents WHERE list_id = ? AND (dir_key = ? OR substr(dir_key, 1, ?) = ?)
           ORDER BY length(dir_key) DESC`,
      )
      .all(listId, key, key.length + 1, `${key}/`) as unknown as { row_id: number }[];
    return rows.map((r) => r.row_id);
  }

  /** Stores a new file or folder for an item. */
  insert(doc: DocumentRecord, content: Uint8Array | null): void {
    this.sql
      .get(
        `INSERT INTO documents (row_id, list_id, is_folder, unique_id, dir, name, path_key, dir_key, length, content)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        doc.rowId,
        doc.listId,
        doc.isFolder ? 1 : 0,
        doc.uniqueId,
        doc.dir,
        doc.name,
        fold(documentPath(doc.dir, doc.name)),
        fold(doc.dir),
        doc.length,
        content,
      );
  }

  /** Replaces the content of a file. */
  setContent(rowId: number, content: Uint8Array): void {
    this.sql
      .get('UPDATE documents SET content = ?, length = ? WHERE row_id = ?')
      .run(content, content.length, rowId);
  }

  /** The content of a file. */
  content(rowId: number): Uint8Array {
    const row = this.sql.get('SELECT content FROM documents WHERE row_id = ?').get(rowId) as
      { content: Uint8Array | null } | undefined;
    return row?.content ?? new Uint8Array();
  }
}
