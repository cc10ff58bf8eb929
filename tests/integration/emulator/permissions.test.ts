import type { SPFI } from '@pnp/sp/index.js';
import { PermissionKind } from '@pnp/sp/security/index.js';
import { api, errorOf, pnp, useEmulator } from './helpers.js';

const ACCESS_DENIED = {
  code: '-2147024891, System.UnauthorizedAccessException',
  message: 'Access denied. You do not have permission to perform this action or access this resource.',
};

describe('groups and role definitions', () => {
  const emu = useEmulator();

  it('has the three associated groups with their members', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const groups = (await sp.web.siteGroups.select('Id', 'Title')()) as { Id: number; Title: string }[];
    expect(groups).toEqual([
      expect.objectContaining({ Id: 3, Title: 'Utvecklingsplan Owners' }),
      expect.objectContaining({ Id: 4, Title: 'Utvecklingsplan Visitors' }),
      expect.objectContaining({ Id: 5, Title: 'Utvecklingsplan Members' }),
    ]);
    const members = (await sp.web.siteGroups
      .getByName('Utvecklingsplan Members')
      .users.select('Title')()) as { Title: string }[];
    expect(members.map((m) => m.Title)).toEqual([
      'Sara Lindqvist',
      'Omar Haddad',
      'Karin Nilsson',
      'Erik Johansson',
    ]);
    const visitors = (await sp.web.siteGroups.getById(4).users()) as { Title: string }[];
    expect(visitors.map((m) => m.Title)).toEqual(['Lars Persson']);
  });

  it('lets an owner add a user to a group and remove them', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const visitors = sp.web.siteGroups.getByName('Utvecklingsplan Visitors');
    await visitors.users.add('i:0#.f|membership|omar.haddad@malmo.example');
    expect(((await visitors.users()) as unknown[]).length).toBe(2);
    await visitors.users.removeByLoginName('i:0#.f|membership|omar.haddad@malmo.example');
    expect(((await visitors.users()) as unknown[]).length).toBe(1);
    await visitors.users.add('omar.haddad@malmo.example');
    await visitors.users.removeById(8);
    expect(((await visitors.users()) as unknown[]).length).toBe(1);
  });

  it('refuses group changes to a member', async () => {
    const res = await api(emu.get(), 'staff', 'web/sitegroups(5)/users', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ LoginName: 'i:0#.f|membership|lars.persson@malmo.example' }),
    });
    expect(res.status).toBe(403);
    expect(await errorOf(res)).toEqual(ACCESS_DENIED);
  });

  it("has SharePoint's role definitions with their ids and base permissions", async () => {
    const sp = await pnp(emu.get(), 'staff');
    const defs = (await sp.web.roleDefinitions.select('Id', 'Name', 'RoleTypeKind')()) as {
      Id: number;
      Name: string;
    }[];
    expect(defs.map((d) => [d.Name, d.Id])).toEqual([
      ['Full Control', 1073741829],
      ['Design', 1073741828],
      ['Edit', 1073741830],
      ['Contribute', 1073741827],
      ['Read', 1073741826],
    ]);
    expect(await sp.web.roleDefinitions.getByName('Read')()).toMatchObject({
      Id: 1073741826,
      RoleTypeKind: 2,
      BasePermissions: { High: '176', Low: '138612833' },
    });
    expect(((await sp.web.roleDefinitions.getByType(5)()) as { Name: string }).Name).toBe('Full Control');
    expect(((await sp.web.roleDefinitions.getById(1073741830)()) as { Name: string }).Name).toBe('Edit');
  });

  it('assigns Full Control, Edit and Read to the groups on the web', async () => {
    const sp = await pnp(emu.get(), 'admin');
    const assignments = (await sp.web.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as {
      Member: { Title: string };
      RoleDefinitionBindings: { Name: string }[];
    }[];
    expect(assignments.map((a) => [a.Member.Title, a.RoleDefinitionBindings.map((b) => b.Name)])).toEqual([
      ['Utvecklingsplan Owners', ['Full Control']],
      ['Utvecklingsplan Visitors', ['Read']],
      ['Utvecklingsplan Members', ['Edit']],
    ]);
  });
});

describe('list permissions', () => {
  const emu = useEmulator();
  let admin: SPFI;

  beforeAll(async () => {
    admin = await pnp(emu.get(), 'admin');
    await admin.web.lists.add('Plans', '', 100, false);
    await admin.web.lists.getByTitle('Plans').items.add({ Title: 'Plan 2026' });
    await admin.web.lists.add('FollowUps', '', 100, false);
    await admin.web.lists.getByTitle('FollowUps').items.add({ Title: 'Draft' });
  });

  it('lets a reader read a list but refuses a write with 403 Access denied', async () => {
    const reader = await pnp(emu.get(), 'reader');
    expect(((await reader.web.lists.getByTitle('Plans').items()) as unknown[]).length).toBe(1);
    const res = await api(emu.get(), 'reader', "web/lists/getByTitle('Plans')/items", {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'forged' }),
    });
    expect(res.status).toBe(403);
    expect(await errorOf(res)).toEqual(ACCESS_DENIED);
    const update = await api(emu.get(), 'reader', "web/lists/getByTitle('Plans')/items(1)", {
      method: 'POST',
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*', 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'forged' }),
    });
    expect(update.status).toBe(403);
    const del = await api(emu.get(), 'reader', "web/lists/getByTitle('Plans')/items(1)", {
      method: 'DELETE',
    });
    expect(del.status).toBe(403);
  });

  it('answers currentUserHasPermissions from the effective base permissions', async () => {
    const staff = await pnp(emu.get(), 'staff');
    const reader = await pnp(emu.get(), 'reader');
    expect(
      await staff.web.lists.getByTitle('Plans').currentUserHasPermissions(PermissionKind.AddListItems),
    ).toBe(true);
    expect(
      await reader.web.lists.getByTitle('Plans').currentUserHasPermissions(PermissionKind.ViewListItems),
    ).toBe(true);
    expect(
      await reader.web.lists.getByTitle('Plans').currentUserHasPermissions(PermissionKind.AddListItems),
    ).toBe(false);
    expect(
      await staff.web.lists.getByTitle('Plans').currentUserHasPermissions(PermissionKind.ManagePermissions),
    ).toBe(false);
    expect(await admin.web.lists.getByTitle('Plans').getCurrentUserEffectivePermissions()).toEqual(
      expect.objectContaining({ High: '2147483647', Low: '4294967295' }),
    );
    expect(await reader.web.getCurrentUserEffectivePermissions()).toEqual(
      expect.objectContaining({ High: '176', Low: '138612833' }),
    );
  });

  it("lets an owner read another user's effective permissions, but not a member", async () => {
    const perms = await admin.web.lists
      .getByTitle('Plans')
      .getUserEffectivePermissions('i:0#.f|membership|lars.persson@malmo.example');
    expect(perms).toEqual(expect.objectContaining({ High: '176', Low: '138612833' }));
    const staff = await pnp(emu.get(), 'staff');
    await expect(
      staff.web.lists
        .getByTitle('Plans')
        .getUserEffectivePermissions('i:0#.f|membership|lars.persson@malmo.example'),
    ).rejects.toThrow('Access denied');
  });

  it('breaks inheritance without copying: the caller keeps Full Control and a visitor is refused', async () => {
    const list = admin.web.lists.getByTitle('FollowUps');
    await list.breakRoleInheritance(false, true);
    expect(
      ((await list.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments: boolean })
        .HasUniqueRoleAssignments,
    ).toBe(true);
    const assignments = (await list.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as {
      PrincipalId: number;
      RoleDefinitionBindings: { Name: string }[];
    }[];
    expect(assignments.map((a) => [a.PrincipalId, a.RoleDefinitionBindings.map((b) => b.Name)])).toEqual([
      [6, ['Full Control']],
    ]);
    const reader = await api(emu.get(), 'reader', "web/lists/getByTitle('FollowUps')/items");
    expect(reader.status).toBe(403);
    expect(await errorOf(reader)).toEqual(ACCESS_DENIED);
    const staffList = (await (await pnp(emu.get(), 'staff')).web.lists.select('Title')()) as {
      Title: string;
    }[];
    // the site's default library (Documents) and Plans; FollowUps is hidden from staff now
    expect(staffList.map((l) => l.Title)).toEqual(['Documents', 'Plans']);
  });

  it('grants and removes roles on a list with its own permissions', async () => {
    const list = admin.web.lists.getByTitle('FollowUps');
    await list.roleAssignments.add(5, 1073741827);
    await list.roleAssignments.add(4, 1073741826);
    const staff = await pnp(emu.get(), 'staff');
    await staff.web.lists.getByTitle('FollowUps').items.add({ Title: 'by staff' });
    expect(
      ((await (await pnp(emu.get(), 'reader')).web.lists.getByTitle('FollowUps').items()) as unknown[])
        .length,
    ).toBe(2);
    const visitors = (await list.roleAssignments.getById(4).expand('RoleDefinitionBindings')()) as {
      RoleDefinitionBindings: { Name: string }[];
    };
    expect(visitors.RoleDefinitionBindings.map((b) => b.Name)).toEqual(['Read']);
    const byPrincipal = await api(
      emu.get(),
      'admin',
      "web/lists/getByTitle('FollowUps')/roleassignments/getByPrincipalId(5)/RoleDefinitionBindings",
    );
    expect(((await byPrincipal.json()) as { value: { Name: string }[] }).value.map((b) => b.Name)).toEqual([
      'Contribute',
    ]);
    await list.roleAssignments.remove(4, 1073741826);
    expect((await api(emu.get(), 'reader', "web/lists/getByTitle('FollowUps')/items")).status).toBe(403);
    const missing = await api(
      emu.get(),
      'admin',
      "web/lists/getByTitle('FollowUps')/roleassignments/getByPrincipalId(4)",
    );
    expect(missing.status).toBe(404);
  });

  it('refuses permission changes to a member, and role changes on a list that inherits', async () => {
    const member = await api(
      emu.get(),
      'staff',
      "web/lists/getByTitle('Plans')/breakroleinheritance(copyroleassignments=true, clearsubscopes=true)",
      {
        method: 'POST',
      },
    );
    expect(member.status).toBe(403);
    const inherited = await api(
      emu.get(),
      'admin',
      "web/lists/getByTitle('Plans')/roleassignments/addroleassignment(principalid=4, roledefid=1073741827)",
      {
        method: 'POST',
      },
    );
    expect(inherited.status).toBe(400);
    expect((await errorOf(inherited)).message).toContain('inherits permissions');
  });

  it('gives the app principal full control, also on a list it is not assigned to', async () => {
    const app = await pnp(emu.get(), 'app');
    await app.web.lists.getByTitle('FollowUps').items.add({ Title: 'by app' });
    expect(
      await app.web.lists.getByTitle('FollowUps').currentUserHasPermissions(PermissionKind.ManagePermissions),
    ).toBe(true);
    expect(await app.web.lists.getByTitle('FollowUps').getCurrentUserEffectivePermissions()).toEqual(
      expect.objectContaining({ High: '2147483647', Low: '4294967295' }),
    );
  });

  it('resets inheritance', async () => {
    await admin.web.lists.getByTitle('FollowUps').resetRoleInheritance();
    const reader = await pnp(emu.get(), 'reader');
    expect(((await reader.web.lists.getByTitle('FollowUps').items()) as unknown[]).length).toBe(3);
  });

  it('lets an owner create lists and fields, and a visitor neither', async () => {
    const res = await api(emu.get(), 'reader', 'web/lists', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'Mine', BaseTemplate: 100 }),
    });
    expect(res.status).toBe(403);
    const field = await api(emu.get(), 'reader', "web/lists/getByTitle('Plans')/fields", {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'X', FieldTypeKind: 2 }),
    });
    expect(field.status).toBe(403);
  });
});

describe('item permissions', () => {
  const emu = useEmulator();
  let app: SPFI;
  let draftId: number;

  beforeAll(async () => {
    app = await pnp(emu.get(), 'app');
    await app.web.lists.add('Plans', '', 100, false);
    const list = app.web.lists.getByTitle('Plans');
    await list.items.add({ Title: 'Plan 2026' });
    draftId = ((await list.items.add({ Title: 'Plan 2027 (utkast)' })) as { Id: number }).Id;
    // As the app does for a draft: the item's own permissions, members (5) Contribute, owners (3) Full Control.
    const item = list.items.getById(draftId);
    await item.breakRoleInheritance(false, true);
    await item.roleAssignments.add(5, 1073741827);
    await item.roleAssignments.add(3, 1073741829);
  });

  const titles = async (user: string) =>
    (
      (await (await pnp(emu.get(), user)).web.lists.getByTitle('Plans').items.select('Title')()) as {
        Title: string;
      }[]
    ).map((i) => i.Title);

  it('leaves an item a reader may not view out of every result, and answers 404 for it, as SharePoint trims', async () => {
    expect(await titles('reader')).toEqual(['Plan 2026']);
    expect(await titles('staff')).toEqual(['Plan 2026', 'Plan 2027 (utkast)']);
    const one = await api(emu.get(), 'reader', `web/lists/getByTitle('Plans')/items(${draftId})`);
    expect(one.status).toBe(404);
    const merge = await api(emu.get(), 'reader', `web/lists/getByTitle('Plans')/items(${draftId})`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE', 'If-Match': '"1"' },
      body: JSON.stringify({ Title: 'x' }),
    });
    expect(merge.status).toBe(404);
  });

  it('lists the item’s own role assignments and lets a member with Contribute on it edit it', async () => {
    const assignments = (await app.web.lists
      .getByTitle('Plans')
      .items.getById(draftId)
      .roleAssignments.select('PrincipalId')()) as { PrincipalId: number }[];
    expect(assignments.map((a) => a.PrincipalId).sort()).toEqual([3, 5]);
    const staff = await pnp(emu.get(), 'staff');
    await staff.web.lists
      .getByTitle('Plans')
      .items.getById(draftId)
      .update({ Title: 'Plan 2027 (utkast 2)' });
  });

  it('shows the item to everyone again once its inheritance is reset', async () => {
    await app.web.lists.getByTitle('Plans').items.getById(draftId).resetRoleInheritance();
    expect(await titles('reader')).toEqual(['Plan 2026', 'Plan 2027 (utkast 2)']);
  });
});
