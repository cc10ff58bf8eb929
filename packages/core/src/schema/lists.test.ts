import { LIST_KEYS } from './types.js';
import { LISTS, builtInFields, listDef } from './lists.js';

describe('the list schema', () => {
  it('defines every list of the design once', () => {
    expect(LISTS.map((l) => l.key)).toEqual([...LIST_KEYS]);
  });

  it('keeps single-line text within SharePoint’s 255 characters', () => {
    for (const list of LISTS)
      for (const field of list.fields.filter((f) => f.kind === 'Text'))
        expect([list.key, field.name, (field.maxLength ?? 255) <= 255]).toEqual([list.key, field.name, true]);
  });

  it('indexes every lookup, so queries by parent stay valid past 5,000 items', () => {
    for (const list of LISTS)
      for (const field of list.fields.filter((f) => f.kind === 'Lookup'))
        expect([list.key, field.name, field.indexed]).toEqual([list.key, field.name, true]);
  });

  it('only enforces unique values on indexed columns, as SharePoint requires', () => {
    for (const list of LISTS)
      for (const field of list.fields.filter((f) => f.unique)) expect(field.indexed).toBe(true);
  });

  it('lets lookups point only at lists defined earlier, so provisioning can go in order', () => {
    LISTS.forEach((list, index) => {
      for (const field of list.fields.filter((f) => f.kind === 'Lookup')) {
        const target = LISTS.findIndex((l) => l.key === field.lookupList);
        expect([list.key, field.name, target >= 0 && target < index]).toEqual([list.key, field.name, true]);
      }
    });
  });

  it('has unique internal names within each list and none that clash with built-in columns', () => {
    const builtIn = ['ID', 'Id', 'Title', 'Created', 'Modified', 'Author', 'Editor', 'Status'];
    for (const list of LISTS) {
      const names = list.fields.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(builtIn).not.toContain(name);
    }
  });

  it('keeps readers away from working follow-ups, decisions and the audit log', () => {
    expect(listDef('FollowUps').permissions.visitors).toBeNull();
    expect(listDef('ApprovalDecisions').permissions).toEqual({
      owners: 'Read',
      members: 'Read',
      visitors: null,
    });
    expect(listDef('AuditLog').permissions.members).toBe('Read');
    expect(listDef('PublishedFollowUps').permissions.visitors).toBe('Read');
  });

  it('gives every list its Title and only document libraries their file columns', () => {
    expect(builtInFields(listDef('Plans')).map((f) => f.name)).toEqual(['Title']);
    expect(builtInFields(listDef('Reports')).map((f) => f.name)).toEqual(['Title', 'FileLeafRef', 'FileRef']);
  });
});
