/** What an item has besides its values: permissions, FieldValuesAs*, the first unique ancestor, EncodedAbsUrl. */
import '@pnp/sp/files/index.js';
import '@pnp/sp/security/item.js';
import { api, pnp, useEmulator } from './helpers.js';

const FULL = { High: '2147483647', Low: '4294967295' };

describe('item extras', () => {
  const emu = useEmulator();

  beforeAll(async () => {
    const sp = await pnp(emu.get(), 'admin');
    await sp.web.lists.add('Areas', '', 100, false);
    await sp.web.lists.getByTitle('Areas').items.add({ Title: 'Digital service' });
    await sp.web.lists.add('Tasks', '', 100, false);
    const tasks = sp.web.lists.getByTitle('Tasks');
    const areas = (await sp.web.lists.getByTitle('Areas')()) as { Id: string };
    await tasks.fields.addNumber('Budget');
    await tasks.fields.addBoolean('Done');
    await tasks.fields.addDateTime('Due_x0020_Date');
    await tasks.fields.addLookup('Area', { LookupListId: areas.Id, LookupFieldName: 'Title' });
    await tasks.fields.addUrl('Link');
    await tasks.items.add({
      Title: 'A & B',
      Budget: 1234.5,
      Done: true,
      Due_x0020_Date: '2026-03-01T09:30:00Z',
      AreaId: 1,
      Link: { Url: 'https://malmo.example/a', Description: 'A' },
    });
  });

  it('gives an item its effective permissions for the caller (also in $select)', async () => {
    const admin = await pnp(emu.get(), 'admin');
    expect(await admin.web.lists.getByTitle('Tasks').items.getById(1).effectiveBasePermissions()).toEqual(
      expect.objectContaining(FULL),
    );
    const reader = await pnp(emu.get(), 'reader');
    const item = (await reader.web.lists
      .getByTitle('Tasks')
      .items.getById(1)
      .select('Id', 'EffectiveBasePermissions', 'HasUniqueRoleAssignments')()) as {
      EffectiveBasePermissions: { High: string; Low: string };
      HasUniqueRoleAssignments: boolean;
    };
    expect(item.EffectiveBasePermissions).toEqual({ High: '176', Low: '138612833' });
    expect(item.HasUniqueRoleAssignments).toBe(false);
    expect(
      await reader.web.lists.getByTitle('Tasks').items.getById(1).effectiveBasePermissionsForUI(),
    ).toEqual(expect.objectContaining({ High: '176', Low: '138612833' }));
  });

  it('renders values as text, HTML and for edit, keyed as SharePoint encodes internal names', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const item = sp.web.lists.getByTitle('Tasks').items.getById(1);
    const text = (await item.fieldValuesAsText()) as Record<string, string>;
    expect(text).toMatchObject({
      Title: 'A & B',
      ID: '1',
      Budget: '1\u00a0234,5',
      Done: 'Ja',
      // PnPjs's addDateTime makes a date-only column (DisplayFormat 0), shown without the time
      Due_x005f_x0020_x005f_Date: '2026-03-01',
      Area: 'Digital service',
      Link: 'https://malmo.example/a, A',
    });
    const html = (await item.fieldValuesAsHTML()) as Record<string, string>;
    expect(html).toMatchObject({ Title: 'A &amp; B', Link: '<a href="https://malmo.example/a">A</a>' });
    const edit = (await item.fieldValuesForEdit()) as Record<string, string>;
    expect(edit).toMatchObject({ Budget: '1234.5', Done: '1', Area: '1;#Digital service' });
    const expanded = (await sp.web.lists
      .getByTitle('Tasks')
      .items.select('Id', 'FieldValuesAsText/Area')
      .expand('FieldValuesAsText')()) as { FieldValuesAsText: Record<string, string> }[];
    expect(expanded[0]?.FieldValuesAsText).toMatchObject({ Area: 'Digital service' });
    const unexpanded = await api(
      emu.get(),
      'admin',
      "web/lists/getByTitle('Tasks')/items?$select=FieldValuesAsText/Area",
    );
    expect(unexpanded.status).toBe(400);
  });

  it('finds the first unique ancestor: the web, then the list or the item once they break inheritance', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const item = sp.web.lists.getByTitle('Tasks').items.getById(1);
    const read = async (): Promise<{ 'odata.type': string }> =>
      (await (
        await api(
          emu.get(),
          'admin',
          "web/lists/getByTitle('Tasks')/items(1)/FirstUniqueAncestorSecurableObject",
        )
      ).json()) as { 'odata.type': string };
    expect((await read())['odata.type']).toBe('SP.Web');
    await sp.web.lists.getByTitle('Tasks').breakRoleInheritance(true);
    expect((await read())['odata.type']).toBe('SP.List');
    await item.breakRoleInheritance(true);
    expect((await read())['odata.type']).toBe('SP.Data.TasksListItem');
    const unique = (await item.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments: boolean };
    expect(unique.HasUniqueRoleAssignments).toBe(true);
  });

  it('answers EncodedAbsUrl and a null folder for items that are not folders', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const lib = sp.web.defaultDocumentLibrary;
    await lib.rootFolder.files.addUsingPath('Plan 2026.txt', 'x');
    const [doc] = (await lib.items.select('EncodedAbsUrl')()) as { EncodedAbsUrl: string }[];
    expect(doc?.EncodedAbsUrl).toBe(
      `${emu.get().origin}/sites/utvecklingsplan/Shared%20Documents/Plan%202026.txt`,
    );
    const folder = await api(emu.get(), 'admin', 'web/defaultDocumentLibrary/items(1)/folder');
    expect(folder.status).toBe(200);
    expect(await folder.json()).toMatchObject({ 'odata.null': true });
  });
});
