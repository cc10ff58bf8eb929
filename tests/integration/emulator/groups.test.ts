/** Creating, changing and removing site groups; changing a user (MERGE currentUser). */
import { api, errorOf, pnp, useEmulator } from './helpers.js';

describe('site groups and users', () => {
  const emu = useEmulator();

  it('creates a group owned by the caller, adds members, renames and removes it', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const created = (await sp.web.siteGroups.add({ Title: 'Granskare', Description: 'Läser utkast' })) as {
      Id: number;
      Title: string;
      OwnerTitle: string;
      PrincipalType: number;
    };
    expect(created).toMatchObject({ Title: 'Granskare', OwnerTitle: 'Maria Ek', PrincipalType: 8 });
    const group = sp.web.siteGroups.getById(created.Id);
    await group.users.add('i:0#.f|membership|sara.lindqvist@malmo.example');
    expect(((await group.users()) as { Title: string }[]).map((u) => u.Title)).toEqual(['Sara Lindqvist']);
    await group.update({ Title: 'Granskare 2026' });
    expect(((await sp.web.siteGroups.getByName('Granskare 2026')()) as { Id: number }).Id).toBe(created.Id);
    await sp.web.siteGroups.removeById(created.Id);
    const gone = await api(emu.get(), 'admin', `web/sitegroups/getById(${created.Id})`);
    expect(gone.status).toBe(404);
  });

  it('refuses a taken group name and callers who may not create groups', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const taken = await api(emu.get(), 'admin', 'web/sitegroups', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'Utvecklingsplan Members' }),
    });
    expect(taken.status).toBe(409);
    expect(await errorOf(taken)).toEqual({
      code: '-2146232832, Microsoft.SharePoint.SPException',
      message: 'The specified name is already in use.\n\nPlease try again with a different name.',
    });
    const staff = await api(emu.get(), 'staff', 'web/sitegroups', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'Mine' }),
    });
    expect(staff.status).toBe(403);
    expect(((await sp.web.siteGroups()) as unknown[]).length).toBe(3);
  });

  it('lets a user change their own title (MERGE currentUser) but not make themself site admin', async () => {
    const staff = await pnp(emu.get(), 'staff');
    await staff.web.currentUser.update({ Title: 'Sara L.' });
    expect(((await staff.web.currentUser.select('Title')()) as { Title: string }).Title).toBe('Sara L.');
    const admin = await api(emu.get(), 'staff', 'web/currentUser', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE' },
      body: JSON.stringify({ IsSiteAdmin: true }),
    });
    expect(admin.status).toBe(403);
    const other = await api(emu.get(), 'staff', 'web/getUserById(6)', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE' },
      body: JSON.stringify({ Title: 'x' }),
    });
    expect(other.status).toBe(403);
  });
});
