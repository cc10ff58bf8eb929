import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createList, deleteList } from '../lists/list-service.js';
import { MIGRATIONS } from '../storage/migrations.js';
import { Store } from '../storage/store.js';
import { addFile, addFolder, deleteDocument } from './service.js';

describe('file storage', () => {
  let store: Store;

  beforeEach(() => {
    store = new Store(':memory:', 'Site');
  });
  afterEach(() => store.close());

  const bytes = (text: string) => new Uint8Array(Buffer.from(text));

  it('stores a file as a library item with the file columns and the content as a BLOB', () => {
    const lib = createList(store, { Title: 'Rapporter', BaseTemplate: 101 });
    const { doc, item } = addFile(store, '/sites/s', lib, '', 'a.json', bytes('{"a":1}'), false, 6);
    expect(item.data).toMatchObject({
      FileLeafRef: 'a.json',
      FileRef: '/sites/s/Rapporter/a.json',
      FileDirRef: '/sites/s/Rapporter',
      File_x0020_Type: 'json',
      File_x0020_Size: '7',
      FSObjType: '0',
    });
    expect(Buffer.from(store.documents.content(doc.rowId)).toString()).toBe('{"a":1}');
    expect(store.lists.byId(lib.id)?.itemCount).toBe(1);
  });

  it('refuses an existing name unless overwriting, and overwriting keeps the item and adds a version', () => {
    const lib = createList(store, { Title: 'Rapporter', BaseTemplate: 101 });
    const first = addFile(store, '/sites/s', lib, '', 'a.json', bytes('1'), false, 6);
    expect(() => addFile(store, '/sites/s', lib, '', 'A.JSON', bytes('2'), false, 7)).toThrow(
      expect.objectContaining({ status: 400, code: '-2130575257, Microsoft.SharePoint.SPException' }),
    );
    const second = addFile(store, '/sites/s', lib, '', 'a.json', bytes('22'), true, 7);
    expect(second.item.id).toBe(first.item.id);
    expect(second.item.version).toBe(2);
    expect(second.item.data).toMatchObject({ Editor: 7, Author: 6, File_x0020_Size: '2' });
    expect(Buffer.from(store.documents.content(first.doc.rowId)).toString()).toBe('22');
  });

  it('refuses files in custom lists and in folders that do not exist', () => {
    const list = createList(store, { Title: 'Plans' });
    expect(() => addFile(store, '/sites/s', list, '', 'a.txt', bytes('x'), false, 6)).toThrow(
      expect.objectContaining({ status: 400 }),
    );
    const lib = createList(store, { Title: 'Rapporter', BaseTemplate: 101 });
    expect(() => addFile(store, '/sites/s', lib, 'nope', 'a.txt', bytes('x'), false, 6)).toThrow(
      expect.objectContaining({ status: 404 }),
    );
  });

  it('deletes a folder with everything in it', () => {
    const lib = createList(store, { Title: 'Rapporter', BaseTemplate: 101 });
    const folder = addFolder(store, '/sites/s', lib, '', '2026', 6);
    addFolder(store, '/sites/s', lib, '2026', 'T1', 6);
    addFile(store, '/sites/s', lib, '2026/T1', 'a.txt', bytes('x'), false, 6);
    addFile(store, '/sites/s', lib, '', 'keep.txt', bytes('y'), false, 6);
    deleteDocument(store, lib, folder.doc);
    expect(store.documents.children(lib.id, '', false).map((d) => d.name)).toEqual(['keep.txt']);
    expect(store.documents.byPath(lib.id, '2026/T1/a.txt')).toBeUndefined();
    expect(store.lists.byId(lib.id)?.itemCount).toBe(1);
  });

  it('removes the files with their library', () => {
    const lib = createList(store, { Title: 'Rapporter', BaseTemplate: 101 });
    const { doc } = addFile(store, '/sites/s', lib, '', 'a.txt', bytes('x'), false, 6);
    deleteList(store, lib);
    expect(store.documents.byRowId(doc.rowId)).toBeUndefined();
    expect(store.documents.byUniqueId(doc.uniqueId)).toBeUndefined();
  });

  it('upgrades a database created before document libraries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-emu-mig-'));
    try {
      const file = join(dir, 'old.sqlite');
      const old = new DatabaseSync(file);
      old.exec('CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
      (MIGRATIONS[0] as { up(db: DatabaseSync): void }).up(old);
      old.prepare('INSERT INTO schema_version VALUES (1, ?)').run(new Date().toISOString());
      old.close();
      const upgraded = new Store(file, 'Site');
      expect(upgraded.database.schemaVersion()).toBe(MIGRATIONS.length);
      const lib = createList(upgraded, { Title: 'Rapporter', BaseTemplate: 101 });
      addFile(upgraded, '/sites/s', lib, '', 'a.txt', bytes('x'), false, 6);
      upgraded.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
