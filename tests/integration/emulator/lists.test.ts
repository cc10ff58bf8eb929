import { api, errorOf, pnp, useEmulator } from './helpers.js';

describe('lists', () => {
  const emu = useEmulator();

  it('creates a list whose URL comes from its first title and stays when the title changes', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const created = (await sp.web.lists.add('Plans', 'Yearly plans', 100, false)) as unknown as Record<
      string,
      unknown
    >;
    expect(created).toMatchObject({
      Title: 'Plans',
      Description: 'Yearly plans',
      BaseTemplate: 100,
      ItemCount: 0,
      Hidden: false,
      EntityTypeName: 'PlansList',
      ListItemEntityTypeFullName: 'SP.Data.PlansListItem',
    });
    await sp.web.lists
      .getByTitle('Plans')
      .update({ Title: 'Utvecklingsplaner', Description: 'Årliga planer' });
    const renamed = (await sp.web.lists
      .getByTitle('Utvecklingsplaner')
      .select('Title', 'Description', 'RootFolder/ServerRelativeUrl')
      .expand('RootFolder')()) as {
      Title: string;
      Description: string;
      RootFolder: { ServerRelativeUrl: string };
    };
    expect(renamed).toMatchObject({
      Title: 'Utvecklingsplaner',
      Description: 'Årliga planer',
      RootFolder: { ServerRelativeUrl: '/sites/utvecklingsplan/Lists/Plans' },
    });
    const byUrl = (await sp.web.getList('/sites/utvecklingsplan/Lists/Plans').select('Id', 'Title')()) as {
      Id: string;
      Title: string;
    };
    expect(byUrl.Title).toBe('Utvecklingsplaner');
    expect(((await sp.web.lists.getById(byUrl.Id)()) as { Title: string }).Title).toBe('Utvecklingsplaner');
    const folder = (await sp.web.lists.getById(byUrl.Id).rootFolder()) as {
      ServerRelativeUrl: string;
      Name: string;
    };
    expect(folder).toMatchObject({ Name: 'Plans', ServerRelativeUrl: '/sites/utvecklingsplan/Lists/Plans' });
  });

  it('finds a list by a server-relative URL given as a parameter alias', async () => {
    const res = await api(
      emu.get(),
      'admin',
      "web/getList(@a1)?@a1='%2Fsites%2Futvecklingsplan%2FLists%2FPlans'",
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as { Title: string }).Title).toBe('Utvecklingsplaner');
  });

  it('matches getByTitle method names in any casing and unescapes doubled quotes', async () => {
    const sp = await pnp(emu.get(), 'admin');
    await sp.web.lists.add("Karin's list", '', 100, false);
    expect(((await sp.web.lists.getByTitle("Karin's list")()) as { Title: string }).Title).toBe(
      "Karin's list",
    );
    const res = await api(emu.get(), 'admin', "Web/Lists/GetByTitle('Karin''s%20list')?$select=Title");
    expect(((await res.json()) as { Title: string }).Title).toBe("Karin's list");
  });

  it('lists lists with $filter and $select, and counts items', async () => {
    const sp = await pnp(emu.get(), 'admin');
    await sp.web.lists.getByTitle('Utvecklingsplaner').items.add({ Title: 'Plan 2026' });
    const lists = (await sp.web.lists
      .filter("Title eq 'Utvecklingsplaner'")
      .select('Title', 'ItemCount')()) as {
      Title: string;
      ItemCount: number;
    }[];
    expect(lists).toEqual([expect.objectContaining({ Title: 'Utvecklingsplaner', ItemCount: 1 })]);
    expect(Object.keys(lists[0] ?? {}).filter((k) => !k.startsWith('odata.'))).toEqual([
      'Title',
      'ItemCount',
    ]);
  });

  it('gives HasUniqueRoleAssignments when it is selected', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const list = (await sp.web.lists
      .getByTitle('Utvecklingsplaner')
      .select('HasUniqueRoleAssignments')()) as {
      HasUniqueRoleAssignments: boolean;
    };
    expect(list.HasUniqueRoleAssignments).toBe(false);
  });

  it('answers a missing list with 404 and SharePoint error body', async () => {
    const res = await api(emu.get(), 'admin', "web/lists/getByTitle('Nowhere')");
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toEqual({
      code: '-1, System.ArgumentException',
      message: `List 'Nowhere' does not exist at site with URL '${emu.get().siteUrl}'.`,
    });
  });

  it('lets PnPjs ensure a list: 404 first, then creation, then an unchanged second run', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const first = await sp.web.lists.ensure('Decisions');
    expect(first.created).toBe(true);
    const second = await sp.web.lists.ensure('Decisions');
    expect(second.created).toBe(false);
  });

  it('refuses a second list with the same title', async () => {
    const res = await api(emu.get(), 'admin', 'web/lists', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'decisions', BaseTemplate: 100 }),
    });
    expect(res.status).toBe(409);
    expect((await errorOf(res)).message).toContain('already exists');
  });

  it('refuses unknown list properties and templates it does not emulate', async () => {
    const unknown = await api(emu.get(), 'admin', "web/lists/getByTitle('Decisions')", {
      method: 'POST',
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*', 'Content-Type': 'application/json' },
      body: JSON.stringify({ Colour: 'red' }),
    });
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).message).toBe(
      "The property 'Colour' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type.",
    );
    const events = await api(emu.get(), 'admin', 'web/lists', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'Events', BaseTemplate: 106 }),
    });
    expect(events.status).toBe(400);
    expect((await errorOf(events)).message).toMatch(/document libraries 101/);
  });

  it('deletes a list', async () => {
    const sp = await pnp(emu.get(), 'admin');
    await sp.web.lists.add('Scratch', '', 100, false);
    await sp.web.lists.getByTitle('Scratch').delete();
    const res = await api(emu.get(), 'admin', "web/lists/getByTitle('Scratch')");
    expect(res.status).toBe(404);
  });
});
