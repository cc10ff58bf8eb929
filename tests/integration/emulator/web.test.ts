/** The web and its entry points as SharePoint developers use them: ParentWeb, RootFolder, folders, site, MERGE. */
import '@pnp/sp/files/index.js';
import '@pnp/sp/sites/index.js';
import { api, errorOf, pnp, useEmulator } from './helpers.js';

const SITE = '/sites/utvecklingsplan';

describe('web', () => {
  const emu = useEmulator();

  it('answers getParentWeb as SharePoint does for a root web: ParentWeb expands to null', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const web = (await sp.web.select('Url', 'ParentWeb/ServerRelativeUrl').expand('ParentWeb')()) as {
      Url: string;
      ParentWeb: unknown;
    };
    expect(web).toMatchObject({ Url: emu.get().siteUrl, ParentWeb: null });
    expect(await sp.web.getParentWeb()).toBeNull();
    const res = await api(emu.get(), 'admin', 'web/parentweb');
    expect(await res.json()).toMatchObject({ 'odata.null': true });
  });

  it('gives list and item their parents (getParentInfos)', async () => {
    const sp = await pnp(emu.get(), 'admin');
    await sp.web.lists.add('Plans', '', 100, false);
    const item = await sp.web.lists.getByTitle('Plans').items.add({ Title: 'Plan 2026' });
    const listInfo = await sp.web.lists.getByTitle('Plans').getParentInfos();
    expect(listInfo).toMatchObject({
      List: { RootFolderServerRelativeUrl: `${SITE}/Lists/Plans` },
      ParentWeb: { ServerRelativeUrl: SITE, Url: emu.get().siteUrl },
    });
    const itemInfo = await sp.web.lists
      .getByTitle('Plans')
      .items.getById((item as { Id: number }).Id)
      .getParentInfos();
    expect(itemInfo).toMatchObject({
      Item: { Id: 1 },
      ParentList: { Title: 'Plans', RootFolderServerRelativeUrl: `${SITE}/Lists/Plans` },
      ParentWeb: { ServerRelativeUrl: SITE, ServerRelativePath: { DecodedUrl: SITE } },
    });
    const parent = (await sp.web.lists
      .getByTitle('Plans')
      .items.getById(1)
      .select('Title', 'ParentList/Title')
      .expand('ParentList')()) as {
      ParentList: Record<string, unknown>;
    };
    expect(Object.keys(parent.ParentList).filter((k) => !k.startsWith('odata.'))).toEqual(['Title']);
    const viaPath = await api(
      emu.get(),
      'admin',
      "web/lists/getByTitle('Plans')/items(1)/ParentList?$select=Title",
    );
    expect(await viaPath.json()).toMatchObject({ Title: 'Plans' });
  });

  it('has a default document library, Documents at Shared Documents', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const lib = (await sp.web.defaultDocumentLibrary
      .select('Title', 'BaseTemplate', 'RootFolder/ServerRelativeUrl')
      .expand('RootFolder')()) as {
      Title: string;
      BaseTemplate: number;
      RootFolder: { ServerRelativeUrl: string };
    };
    expect(lib).toMatchObject({
      Title: 'Documents',
      BaseTemplate: 101,
      RootFolder: { ServerRelativeUrl: `${SITE}/Shared Documents` },
    });
    await sp.web.defaultDocumentLibrary.rootFolder.files.addUsingPath('a.txt', 'hello');
    const file = await sp.web.getFileByServerRelativePath(`${SITE}/Shared Documents/a.txt`).getText();
    expect(file).toBe('hello');
  });

  it('reaches libraries and lists through the web root folder and web/folders', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const root = (await sp.web.rootFolder()) as { ServerRelativeUrl: string; Name: string };
    expect(root).toMatchObject({ ServerRelativeUrl: SITE, Name: '' });
    const names = ((await sp.web.folders()) as { Name: string }[]).map((f) => f.Name);
    expect(names).toEqual(expect.arrayContaining(['Lists', 'Shared Documents']));
    expect(names).not.toContain('Plans');
    const viaRoot = (await sp.web.rootFolder.folders.getByUrl('Shared Documents')()) as {
      ServerRelativeUrl: string;
    };
    expect(viaRoot.ServerRelativeUrl).toBe(`${SITE}/Shared Documents`);
    const lists = (await sp.web.rootFolder.folders.getByUrl('Lists').folders()) as { Name: string }[];
    expect(lists.map((f) => f.Name)).toEqual(['Plans']);
    const byPath = (await sp.web.getFolderByServerRelativePath(SITE)()) as { Name: string };
    expect(byPath.Name).toBe('');
    const parent = (await sp.web
      .getFolderByServerRelativePath(`${SITE}/Shared Documents`)
      .parentFolder()) as {
      ServerRelativeUrl: string;
    };
    expect(parent.ServerRelativeUrl).toBe(SITE);
    const missing = await api(emu.get(), 'admin', "web/rootFolder/folders('Nope')");
    expect(missing.status).toBe(404);
    expect(await errorOf(missing)).toEqual({
      code: '-2147024894, System.IO.FileNotFoundException',
      message: 'File Not Found.',
    });
  });

  it('finds a list by a URL without the leading slash (PnPjs combine() strips it)', async () => {
    const res = await api(
      emu.get(),
      'admin',
      "web/getList('sites%2Futvecklingsplan%2FLists%2FPlans')?$select=Title",
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ Title: 'Plans' });
    const sp = await pnp(emu.get(), 'admin');
    expect(
      ((await sp.web.getList('sites/utvecklingsplan/Shared Documents')()) as { Title: string }).Title,
    ).toBe('Documents');
  });

  it('answers the site collection and its root web', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const site = (await sp.site.select('Url', 'ServerRelativeUrl', 'Id')()) as { Url: string; Id: string };
    expect(site).toMatchObject({ Url: emu.get().siteUrl, ServerRelativeUrl: SITE });
    const rootWeb = (await sp.site.rootWeb.select('ServerRelativeUrl')()) as { ServerRelativeUrl: string };
    expect(rootWeb.ServerRelativeUrl).toBe(SITE);
  });

  it('updates the web (MERGE) for site owners only, and refuses unknown properties', async () => {
    const sp = await pnp(emu.get(), 'admin');
    await sp.web.update({ Title: 'Utvecklingsplanen', Description: 'Planen', QuickLaunchEnabled: false });
    expect(await sp.web.select('Title', 'Description', 'QuickLaunchEnabled')()).toMatchObject({
      Title: 'Utvecklingsplanen',
      Description: 'Planen',
      QuickLaunchEnabled: false,
    });
    const staff = await api(emu.get(), 'staff', 'web', {
      method: 'POST',
      headers: { 'X-HTTP-Method': 'MERGE', 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'x' }),
    });
    expect(staff.status).toBe(403);
    const unknown = await api(emu.get(), 'admin', 'web', {
      method: 'POST',
      headers: { 'X-HTTP-Method': 'MERGE', 'Content-Type': 'application/json' },
      body: JSON.stringify({ Nope: 1 }),
    });
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).message).toBe(
      "The property 'Nope' does not exist on type 'SP.Web'. Make sure to only use property names that are defined by the type.",
    );
  });
});
