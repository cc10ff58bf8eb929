import type { SPFI } from '@pnp/sp/index.js';
import { api, errorOf, pnp, useEmulator } from './helpers.js';

type Item = Record<string, unknown> & { Id: number; 'odata.etag': string };

describe('items', () => {
  const emu = useEmulator();
  let sp: SPFI;
  let planId: number;

  beforeAll(async () => {
    sp = await pnp(emu.get(), 'admin');
    const plans = ((await sp.web.lists.add('Plans', '', 100, false)) as { Id: string }).Id;
    await sp.web.lists.getByTitle('Plans').fields.addNumber('PlanYear', { Indexed: true } as never);
    planId = (
      (await sp.web.lists.getByTitle('Plans').items.add({ Title: 'Plan 2026', PlanYear: 2026 })) as Item
    ).Id;
    await sp.web.lists.add('Initiatives', '', 100, false);
    const f = sp.web.lists.getByTitle('Initiatives').fields;
    await f.addText('Goal', { MaxLength: 20 });
    await f.addNumber('Budget', { MinimumValue: 0 });
    await f.addDateTime('Start');
    await f.addBoolean('Critical');
    await f.addChoice('Status', { Choices: ['planned', 'ongoing', 'done'] });
    await f.addMultiChoice('Principles', { Choices: ['A', 'B', 'C'] });
    await f.addLookup('Plan', { LookupListId: plans, LookupFieldName: 'Title' });
    await f.addUser('Owner', {});
    await f.addUser('Approvers', { AllowMultipleValues: true } as never);
    await f.addUrl('Link');
    await f.addText('Mandatory', { Required: true });
  });

  const items = () => sp.web.lists.getByTitle('Initiatives').items;

  it('adds an item and reads it back with lookups and people as <Name>Id', async () => {
    const added = (await items().add({
      Title: 'E-tjänster',
      Goal: 'Fler e-tjänster',
      Budget: 1.5,
      Start: '2026-01-01',
      Critical: true,
      Status: 'planned',
      Principles: ['A', 'C'],
      PlanId: planId,
      OwnerId: 7,
      ApproversId: { results: [9, 10] },
      Link: { Url: 'https://malmo.se', Description: 'Malmö' },
      Mandatory: 'x',
    })) as Item;
    expect(added['odata.etag']).toBe('"1"');
    const item = (await items().getById(added.Id)()) as Item;
    expect(item).toMatchObject({
      Title: 'E-tjänster',
      Budget: 1.5,
      Start: '2026-01-01T00:00:00Z',
      Critical: true,
      Status: 'planned',
      Principles: ['A', 'C'],
      PlanId: planId,
      OwnerId: 7,
      OwnerStringId: '7',
      ApproversId: [9, 10],
      ApproversStringId: ['9', '10'],
      Link: { Url: 'https://malmo.se', Description: 'Malmö' },
      AuthorId: 6,
      EditorId: 6,
      OData__UIVersionString: '1.0',
    });
  });

  it('updates with MERGE, answering 204 with an ETag that follows the version', async () => {
    const { Id } = (await items().add({ Title: 'v', Mandatory: 'x' })) as Item;
    const first = await items().getById(Id).update({ Goal: 'one' });
    expect(first).toEqual({ etag: '"2"' });
    const second = await items().getById(Id).update({ Goal: 'two' }, '"2"');
    expect(second).toEqual({ etag: '"3"' });
    const item = (await items().getById(Id)()) as Item;
    expect(item['odata.etag']).toBe('"3"');
    expect(item.OData__UIVersionString).toBe('3.0');
  });

  it('refuses a stale If-Match with 412 and SharePoint body, writing nothing', async () => {
    const { Id } = (await items().add({ Title: 'race', Mandatory: 'x' })) as Item;
    await items().getById(Id).update({ Goal: 'first' }, '"1"');
    const res = await api(emu.get(), 'admin', `web/lists/getByTitle('Initiatives')/items(${Id})`, {
      method: 'POST',
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '"1"', 'Content-Type': 'application/json' },
      body: JSON.stringify({ Goal: 'second' }),
    });
    expect(res.status).toBe(412);
    expect(await errorOf(res)).toEqual({
      code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
      message: `The request ETag value '"1"' does not match the object's ETag value '"2"'.`,
    });
    expect(((await items().getById(Id)()) as Item).Goal).toBe('first');
    const del = await api(emu.get(), 'admin', `web/lists/getByTitle('Initiatives')/items(${Id})`, {
      method: 'DELETE',
      headers: { 'IF-Match': '"1"' },
    });
    expect(del.status).toBe(412);
  });

  it('updates with a real PATCH and deletes with a real DELETE or POST + X-HTTP-Method', async () => {
    const a = (await items().add({ Title: 'patch me', Mandatory: 'x' })) as Item;
    const patch = await api(emu.get(), 'admin', `web/lists/getByTitle('Initiatives')/items(${a.Id})`, {
      method: 'PATCH',
      headers: { 'IF-Match': '*', 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'patched' }),
    });
    expect(patch.status).toBe(204);
    expect(patch.headers.get('etag')).toBe('"2"');
    const del = await api(emu.get(), 'admin', `web/lists/getByTitle('Initiatives')/items(${a.Id})`, {
      method: 'DELETE',
      headers: { 'IF-Match': '"2"' },
    });
    expect(del.status).toBe(200);
    const b = (await items().add({ Title: 'delete me', Mandatory: 'x' })) as Item;
    await items().getById(b.Id).delete();
    for (const id of [a.Id, b.Id]) {
      const res = await api(emu.get(), 'admin', `web/lists/getByTitle('Initiatives')/items(${id})`);
      expect(res.status).toBe(404);
      expect((await errorOf(res)).message).toBe(
        'Item does not exist. It may have been deleted by another user.',
      );
    }
  });

  it('accepts a verbose body with __metadata and writes multi values given as arrays', async () => {
    const res = await api(emu.get(), 'admin', "web/lists/getByTitle('Initiatives')/items", {
      method: 'POST',
      headers: { Accept: 'application/json;odata=verbose', 'Content-Type': 'application/json;odata=verbose' },
      body: JSON.stringify({
        __metadata: { type: 'SP.Data.InitiativesListItem' },
        Title: 'verbose',
        Mandatory: 'x',
        Principles: { __metadata: { type: 'Collection(Edm.String)' }, results: ['B'] },
        ApproversId: [6],
      }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { d: Record<string, unknown> };
    expect(body.d.Principles).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: ['B'] });
    expect(body.d.ApproversId).toEqual({ __metadata: { type: 'Collection(Edm.Int32)' }, results: [6] });
  });

  it.each([
    [
      { Nope: 1 },
      "The property 'Nope' does not exist on type 'SP.Data.InitiativesListItem'. Make sure to only use property names that are defined by the type.",
    ],
    [{ Budget: 'lots' }, "Cannot convert a primitive value to the expected type 'Edm.Double'"],
    [{ Budget: -1 }, 'smaller than the minimum 0'],
    [{ Status: 'cancelled' }, "The value 'cancelled' is not one of the choices of field 'Status'"],
    [{ Principles: ['Z'] }, "The value 'Z' is not one of the choices"],
    [{ Start: '2026-02-30' }, "Cannot convert a primitive value to the expected type 'Edm.DateTime'"],
    [{ Critical: 'yes' }, "expected type 'Edm.Boolean'"],
    [
      { PlanId: 999 },
      "Invalid look-up value. A look-up field contains invalid data: item 999 given for field 'Plan'",
    ],
    [{ OwnerId: 4242 }, 'the user or group id 4242'],
    [{ Plan: 1 }, "write its value as 'PlanId'"],
    [{ Created: '2020-01-01' }, "The property 'Created' is read-only"],
    [{ Mandatory: '' }, "The required field 'Mandatory' (Mandatory) has no value"],
    [
      { __metadata: { type: 'SP.Data.PlansListItem' } },
      "A type named 'SP.Data.PlansListItem' could not be resolved",
    ],
  ])('refuses the invalid write %p with 400 and writes nothing', async (values, message) => {
    const before = (
      (await sp.web.lists.getByTitle('Initiatives').select('ItemCount')()) as { ItemCount: number }
    ).ItemCount;
    const res = await api(emu.get(), 'admin', "web/lists/getByTitle('Initiatives')/items", {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'bad', Mandatory: 'x', ...values }),
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain(message);
    const after = (
      (await sp.web.lists.getByTitle('Initiatives').select('ItemCount')()) as { ItemCount: number }
    ).ItemCount;
    expect(after).toBe(before);
  });

  it('refuses an item without a required field', async () => {
    await expect(items().add({ Title: 'no mandatory' })).rejects.toThrow('Mandatory');
  });

  it('refuses malformed JSON with a SharePoint error', async () => {
    const res = await api(emu.get(), 'admin', "web/lists/getByTitle('Initiatives')/items", {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"Title": ',
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('Invalid JSON');
  });

  it('records the editor and the modification time on update', async () => {
    const { Id } = (await items().add({ Title: 'edit', Mandatory: 'x' })) as Item;
    const staff = await pnp(emu.get(), 'staff');
    await staff.web.lists.getByTitle('Initiatives').items.getById(Id).update({ Goal: 'by staff' });
    const item = (await items()
      .getById(Id)
      .select('AuthorId', 'EditorId', 'Editor/Title')
      .expand('Editor')()) as {
      AuthorId: number;
      EditorId: number;
      Editor: { Title: string };
    };
    expect(item).toMatchObject({ AuthorId: 6, EditorId: 7, Editor: { Title: 'Sara Lindqvist' } });
  });
});
