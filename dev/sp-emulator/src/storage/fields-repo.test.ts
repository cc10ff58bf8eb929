import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createField } from '../lists/field-service.js';
import { createList } from '../lists/list-service.js';
import { Store } from './store.js';

describe("a list's fields, kept between requests", () => {
  let dir: string;
  let store: Store;
  let other: Store;
  let listId: string;

  const names = (s: Store) => s.fields.forList(listId).map((f) => f.title);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sp-emu-fields-'));
    store = new Store(join(dir, 'site.sqlite'), 'Fält');
    other = new Store(join(dir, 'site.sqlite'), 'Fält');
    listId = store.transaction(() => createList(store, { Title: 'Uppgifter' })).id;
  });
  afterEach(() => {
    store.close();
    other.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('are read once and shared, frozen so no request can change them for the next', () => {
    const first = store.fields.forList(listId);
    expect(store.fields.forList(listId)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
    expect(() => {
      (first[0] as { title: string }).title = 'Ändrad';
    }).toThrow(TypeError);
  });

  it('show a field added through this connection at once', () => {
    expect(names(store)).not.toContain('Kostnad');
    store.transaction(() =>
      createField(store, store.lists.byId(listId)!, { Title: 'Kostnad', FieldTypeKind: 9 }),
    );
    expect(names(store)).toContain('Kostnad');
  });

  it('forget a field whose transaction was rolled back', () => {
    expect(() =>
      store.transaction(() => {
        createField(store, store.lists.byId(listId)!, { Title: 'Tillfällig', FieldTypeKind: 2 });
        expect(names(store)).toContain('Tillfällig');
        throw new Error('avbruten');
      }),
    ).toThrow('avbruten');
    expect(names(store)).not.toContain('Tillfällig');
  });

  it('show a field another connection to the same file added', () => {
    expect(names(store)).not.toContain('Extern');
    other.transaction(() =>
      createField(other, other.lists.byId(listId)!, { Title: 'Extern', FieldTypeKind: 2 }),
    );
    expect(names(store)).toContain('Extern');
  });
});
