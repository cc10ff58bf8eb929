/** Site columns (web/fields), field form settings, the site's own libraries, reserved item ids, the user list. */
import '@pnp/sp/sites/index.js';
import { api, errorOf, pnp, useEmulator } from './helpers.js';

describe('site columns and site libraries', () => {
  const emu = useEmulator();

  it('creates site columns in every way PnPjs does and lists them with the built-in ones', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const text = (await sp.web.fields.addText('Diarienummer', {
      MaxLength: 50,
      Group: 'Utvecklingsplan',
    })) as {
      InternalName: string;
      Scope: string;
      MaxLength: number;
    };
    expect(text).toMatchObject({
      InternalName: 'Diarienummer',
      Scope: '/sites/utvecklingsplan',
      MaxLength: 50,
    });
    await sp.web.fields.createFieldAsXml(
      '<Field Type="Number" DisplayName="Poäng" Name="Score" Min="0" Max="10" />',
    );
    await sp.web.fields.addChoice('Status', { Choices: ['Ny', 'Klar'] });
    const names = ((await sp.web.fields.select('InternalName', 'Group')()) as { InternalName: string }[]).map(
      (f) => f.InternalName,
    );
    expect(names).toEqual(expect.arrayContaining(['Title', 'Diarienummer', 'Po_x00e4_ng', 'Status']));
    const available = (await sp.web.availablefields
      .filter("Group eq 'Utvecklingsplan'")
      .select('Title')()) as {
      Title: string;
    }[];
    expect(available).toEqual([expect.objectContaining({ Title: 'Diarienummer' })]);
    const viaSite = (await sp.site.rootWeb.fields.getByInternalNameOrTitle('Status')()) as {
      TypeAsString: string;
    };
    expect(viaSite.TypeAsString).toBe('Choice');
    const posted = await api(emu.get(), 'admin', 'web/availablefields', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'x', FieldTypeKind: 2 }),
    });
    expect(posted.status).toBe(405);
  });

  it('updates and deletes a site column; visitors cannot create one', async () => {
    const sp = await pnp(emu.get(), 'admin');
    await sp.web.fields.getByTitle('Diarienummer').update({ Description: 'KS-nummer' });
    expect(await sp.web.fields.getByTitle('Diarienummer').select('Description')()).toMatchObject({
      Description: 'KS-nummer',
    });
    await sp.web.fields.getByTitle('Status').delete();
    const gone = await api(emu.get(), 'admin', "web/fields/getByTitle('Status')");
    expect(gone.status).toBe(404);
    const visitor = await api(emu.get(), 'reader', 'web/fields', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'Nope', FieldTypeKind: 2 }),
    });
    expect(visitor.status).toBe(403);
  });

  it('shows and hides a list field in the forms (setShowInDisplayForm …)', async () => {
    const sp = await pnp(emu.get(), 'admin');
    await sp.web.lists.add('Plans', '', 100, false);
    await sp.web.lists.getByTitle('Plans').fields.addText('Secret');
    const field = sp.web.lists.getByTitle('Plans').fields.getByTitle('Secret');
    await field.setShowInDisplayForm(false);
    await field.setShowInEditForm(false);
    await field.setShowInNewForm(true);
    expect(await field.select('ShowInDisplayForm', 'ShowInEditForm', 'ShowInNewForm')()).toMatchObject({
      ShowInDisplayForm: false,
      ShowInEditForm: false,
      ShowInNewForm: true,
    });
  });

  it('ensures Site Assets and Site Pages once, at their fixed URLs', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const assets = await sp.web.lists.ensureSiteAssetsLibrary();
    const first = (await assets.select('Title', 'Id', 'BaseTemplate')()) as { Id: string };
    expect(first).toMatchObject({ Title: 'Site Assets', BaseTemplate: 101 });
    const again = (await (await sp.web.lists.ensureSiteAssetsLibrary()).select('Id')()) as { Id: string };
    expect(again.Id).toBe(first.Id);
    const pages = await sp.web.lists.ensureSitePagesLibrary();
    expect(await pages.select('Title', 'BaseTemplate', 'EntityTypeName')()).toMatchObject({
      Title: 'Site Pages',
      BaseTemplate: 119,
      EntityTypeName: 'SitePages',
    });
    expect(((await sp.web.getList('/sites/utvecklingsplan/SitePages')()) as { Title: string }).Title).toBe(
      'Site Pages',
    );
    const folder = (await sp.web.rootFolder.folders.getByUrl('SiteAssets')()) as {
      ServerRelativeUrl: string;
    };
    expect(folder.ServerRelativeUrl).toBe('/sites/utvecklingsplan/SiteAssets');
  });

  it('reserves an item id that no new item gets', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const res = await api(emu.get(), 'admin', "web/lists/getByTitle('Plans')/ReserveListItemId", {
      method: 'POST',
    });
    expect(res.status).toBe(200);
    const reserved = ((await res.json()) as { value: number }).value;
    expect(reserved).toBe(1);
    const item = (await sp.web.lists.getByTitle('Plans').items.add({ Title: 'next' })) as { Id: number };
    expect(item.Id).toBe(2);
  });

  it('answers the user information list and its items', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const list = (await sp.web.siteUserInfoList.select('Title', 'Hidden', 'BaseTemplate')()) as Record<
      string,
      unknown
    >;
    expect(list).toMatchObject({ Title: 'User Information List', Hidden: true, BaseTemplate: 112 });
    const users = (await sp.web.siteUserInfoList.items
      .filter("EMail eq 'sara.lindqvist@malmo.example'")
      .select('Id', 'Title', 'Name')()) as {
      Id: number;
      Title: string;
    }[];
    expect(users).toEqual([expect.objectContaining({ Id: 7, Title: 'Sara Lindqvist' })]);
    const missing = await api(emu.get(), 'admin', 'web/siteUserInfoList/items(999)');
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).message).toBe(
      'Item does not exist. It may have been deleted by another user.',
    );
  });
});
