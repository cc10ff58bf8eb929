/** Using the emulator in another project: a users file and a seed file (groups, lists, fields, items). */
import { parseSeed, parseUsers, SeedFileError } from '@devplan/sp-emulator';
import { api, pnp, useEmulator } from './helpers.js';

const users = parseUsers([
  { key: 'anna', upn: 'anna.berg@contoso.example', displayName: 'Anna Berg', role: 'owner' },
  { key: 'bo', upn: 'bo.ek@contoso.example', displayName: 'Bo Ek' },
]);

const seed = parseSeed({
  groups: [{ title: 'Reviewers', description: 'Review drafts', members: ['bo'], role: 'Read' }],
  lists: [
    { title: 'Categories', items: [{ Title: 'Roads' }, { Title: 'Schools' }] },
    {
      title: 'Tickets',
      fields: [
        { Title: 'Due', FieldTypeKind: 4 },
        { Title: 'Category', FieldTypeKind: 7, LookupListTitle: 'Categories', LookupFieldName: 'Title' },
      ],
      items: [{ Title: 'Pothole', Due: '2026-05-01', CategoryId: 1 }],
    },
    { title: 'Attachments', template: 101 },
  ],
});

describe('users and seed files', () => {
  const emu = useEmulator({ sitePath: '/sites/contoso', users, seed });

  it('signs in a user of the users file, who is in the group of their role', async () => {
    const sp = await pnp(emu.get(), 'anna');
    const me = (await sp.web.currentUser.select('Title', 'LoginName')()) as {
      Title: string;
      LoginName: string;
    };
    expect(me).toEqual(
      expect.objectContaining({
        Title: 'Anna Berg',
        LoginName: 'i:0#.f|membership|anna.berg@contoso.example',
      }),
    );
    const groups = (await sp.web.currentUser.groups()) as { Title: string }[];
    expect(groups.map((g) => g.Title)).toEqual(['Contoso Owners']);
    const local = (await (await fetch(`${emu.get().origin}/_local/users`)).json()) as { key: string }[];
    expect(local.map((u) => u.key)).toEqual(expect.arrayContaining(['anna', 'bo']));
  });

  it('creates the seeded groups, lists, fields and items', async () => {
    const sp = await pnp(emu.get(), 'bo');
    const [ticket] = (await sp.web.lists
      .getByTitle('Tickets')
      .items.select('Title', 'Due', 'Category/Title')
      .expand('Category')()) as { Title: string; Due: string; Category: { Title: string } }[];
    expect(ticket).toMatchObject({
      Title: 'Pothole',
      Due: '2026-05-01T00:00:00Z',
      Category: { Title: 'Roads' },
    });
    const group = (await sp.web.siteGroups.getByName('Reviewers').users()) as { Title: string }[];
    expect(group.map((u) => u.Title)).toEqual(['Bo Ek']);
    const library = await api(emu.get(), 'bo', "web/lists/getByTitle('Attachments')?$select=BaseTemplate");
    expect(await library.json()).toMatchObject({ BaseTemplate: 101 });
  });

  it('refuses a seed file of the wrong shape with a named error', () => {
    expect(() => parseSeed({ lists: [{ title: 'X', template: 107 }] })).toThrow(SeedFileError);
    expect(() => parseUsers([{ key: 'x', upn: 'x@y', displayName: 'X', role: 'admin' }])).toThrow(
      'User 1: role must be owner, member or visitor.',
    );
  });
});
