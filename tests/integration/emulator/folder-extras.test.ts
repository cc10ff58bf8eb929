/** Folder and file calls beyond the basics (parents, properties, storage metrics, template files) and Location fields. */
import '@pnp/sp/files/index.js';
import { api, pnp, useEmulator } from './helpers.js';

const LIB = '/sites/utvecklingsplan/Shared Documents';

describe('folder and file extras', () => {
  const emu = useEmulator();

  it('adds a sub folder by path, finds its parent, and deletes it with parameters', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const root = sp.web.getFolderByServerRelativePath(LIB);
    const year = await root.addSubFolderUsingPath('2026');
    expect(((await year()) as { ServerRelativeUrl: string }).ServerRelativeUrl).toBe(`${LIB}/2026`);
    await year.files.addUsingPath('a.txt', 'abc');
    const parent = (await sp.web
      .getFileByServerRelativePath(`${LIB}/2026/a.txt`)
      .select('Name')()) as unknown;
    expect(parent).toMatchObject({ Name: 'a.txt' });
    expect(((await year.parentFolder()) as { ServerRelativeUrl: string }).ServerRelativeUrl).toBe(LIB);
    const fileParent = await api(
      emu.get(),
      'admin',
      `web/getFileByServerRelativePath(decodedurl='${LIB}/2026/a.txt')/ParentFolder`,
    );
    expect(await fileParent.json()).toMatchObject({ ServerRelativeUrl: `${LIB}/2026` });
    const metrics = (await root.storageMetrics()) as { TotalFileCount: number; TotalSize: number };
    expect(metrics).toMatchObject({ TotalFileCount: 1, TotalSize: 3 });
    const props = (await year.properties()) as Record<string, unknown>;
    expect(props).toHaveProperty('vti_x005f_timelastmodified');
    await year.deleteWithParams({ BypassSharedLock: false });
    const gone = await api(emu.get(), 'admin', `web/getFolderByServerRelativePath(decodedurl='${LIB}/2026')`);
    expect(gone.status).toBe(404);
  });

  it('adds a template file and answers a file nobody locked', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const pages = await sp.web.lists.ensureSitePagesLibrary();
    const added = (await pages.rootFolder.files.addTemplateFile(
      '/sites/utvecklingsplan/SitePages/Home.aspx',
      1,
    )) as {
      Name: string;
      Length: string;
    };
    expect(added).toMatchObject({ Name: 'Home.aspx', Length: '0' });
    const locked = await api(
      emu.get(),
      'admin',
      "web/getFileByServerRelativePath(decodedurl='/sites/utvecklingsplan/SitePages/Home.aspx')/LockedByUser",
    );
    expect(await locked.json()).toMatchObject({ 'odata.null': true });
  });

  it('creates a Location field (FieldTypeKind 33) and stores its JSON value', async () => {
    const sp = await pnp(emu.get(), 'admin');
    await sp.web.lists.add('Places', '', 100, false);
    const list = sp.web.lists.getByTitle('Places');
    const field = (await list.fields.addLocation('Place')) as { TypeAsString: string; FieldTypeKind: number };
    expect(field).toMatchObject({ TypeAsString: 'Location', FieldTypeKind: 33 });
    const value = JSON.stringify({ DisplayName: 'Stadshuset', Address: { City: 'Malmö' } });
    await list.items.add({ Title: 'Hall', Place: value });
    const [item] = (await list.items.select('Place')()) as { Place: string }[];
    expect(JSON.parse(item?.Place ?? '{}')).toMatchObject({ DisplayName: 'Stadshuset' });
    const odata = (await list.fields.getByTitle('Place')()) as { 'odata.type': string };
    expect(odata['odata.type']).toBe('SP.FieldLocation');
  });
});
