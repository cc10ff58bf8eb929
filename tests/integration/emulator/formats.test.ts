import { odataUrlFrom } from '@pnp/sp/index.js';
import { api, pnp, useEmulator } from './helpers.js';

describe('response formats', () => {
  const emu = useEmulator();

  beforeAll(async () => {
    const sp = await pnp(emu.get(), 'admin');
    await sp.web.lists.add('Plans', '', 100, false);
    await sp.web.lists.getByTitle('Plans').fields.addMultiChoice('Tags', { Choices: ['a', 'b'] });
    await sp.web.lists.getByTitle('Plans').items.add({ Title: 'Plan 2026', Tags: ['a'] });
  });

  const get = (path: string, accept: string) =>
    api(emu.get(), 'admin', path, { headers: { Accept: accept } });

  it('answers JSON light with minimal metadata to Accept: application/json', async () => {
    const res = await get("web/lists/getByTitle('Plans')/items(1)", 'application/json');
    expect(res.headers.get('content-type')).toBe(
      'application/json;odata=minimalmetadata;streaming=true;charset=utf-8',
    );
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      'odata.metadata': `${emu.get().siteUrl}/_api/$metadata#SP.ListData.PlansListItems/@Element`,
      'odata.type': 'SP.Data.PlansListItem',
      'odata.etag': '"1"',
      Title: 'Plan 2026',
      Tags: ['a'],
    });
    expect(body['odata.editLink']).toMatch(/^Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(1\)$/);
    expect(res.headers.get('etag')).toBe('"1"');
  });

  it('gives metadata from which PnPjs builds a working follow-up URL', async () => {
    const res = await get("web/lists/getByTitle('Plans')/items(1)", 'application/json');
    const url = odataUrlFrom(await res.json());
    const again = await fetch(url, {
      headers: { Authorization: `Bearer ${await emu.get().issueToken('admin')}`, Accept: 'application/json' },
    });
    expect(((await again.json()) as { Title: string }).Title).toBe('Plan 2026');
  });

  it('leaves out annotations with odata=nometadata', async () => {
    const res = await get(
      "web/lists/getByTitle('Plans')/items?$select=Title",
      'application/json;odata=nometadata',
    );
    expect(await res.json()).toEqual({ value: [{ Title: 'Plan 2026' }] });
  });

  it('answers verbose JSON with d, results and __metadata', async () => {
    const collection = await get(
      "web/lists/getByTitle('Plans')/items?$select=Title,Tags",
      'application/json;odata=verbose',
    );
    expect(collection.headers.get('content-type')).toBe('application/json;odata=verbose;charset=utf-8');
    const body = (await collection.json()) as { d: { results: Record<string, unknown>[] } };
    expect(body.d.results[0]).toEqual({
      __metadata: expect.objectContaining({
        etag: '"1"',
        type: 'SP.Data.PlansListItem',
        uri: expect.stringContaining('/Items(1)'),
      }),
      Title: 'Plan 2026',
      Tags: { __metadata: { type: 'Collection(Edm.String)' }, results: ['a'] },
    });
    const single = (await (
      await get("web/lists/getByTitle('Plans')", 'application/json;odata=verbose')
    ).json()) as {
      d: { __metadata: { type: string }; Title: string; RootFolder: { __deferred: { uri: string } } };
    };
    expect(single.d.__metadata.type).toBe('SP.List');
    expect(single.d.RootFolder.__deferred.uri).toContain('/RootFolder');
  });

  it('gives the next page as __next in verbose JSON', async () => {
    const sp = await pnp(emu.get(), 'admin');
    await sp.web.lists.getByTitle('Plans').items.add({ Title: 'Plan 2027' });
    const res = await get("web/lists/getByTitle('Plans')/items?$top=1", 'application/json;odata=verbose');
    const body = (await res.json()) as { d: { results: unknown[]; __next: string } };
    expect(body.d.results).toHaveLength(1);
    expect(body.d.__next).toContain('%24skiptoken=Paged%3DTRUE%26p_ID%3D1');
  });

  it('writes errors as odata.error in light JSON and error in verbose JSON', async () => {
    const light = await get("web/lists/getByTitle('None')", 'application/json');
    expect(Object.keys((await light.json()) as object)).toEqual(['odata.error']);
    const verbose = await get("web/lists/getByTitle('None')", 'application/json;odata=verbose');
    expect(await verbose.json()).toEqual({
      error: {
        code: '-1, System.ArgumentException',
        message: {
          lang: 'en-US',
          value: `List 'None' does not exist at site with URL '${emu.get().siteUrl}'.`,
        },
      },
    });
  });

  it('accepts Content-Type application/json;charset=utf-8 on a GET, as PnPjs sends it', async () => {
    const res = await api(emu.get(), 'admin', 'web', {
      headers: { 'Content-Type': 'application/json;charset=utf-8' },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { Title: string }).Title).toBe('Utvecklingsplan');
  });
});
