import type { SPFI } from '@pnp/sp/index.js';
import { api, errorOf, pnp, useEmulator } from './helpers.js';

type Item = { Id: number; Title: string };

describe('$batch', () => {
  const emu = useEmulator();
  let sp: SPFI;

  beforeAll(async () => {
    sp = await pnp(emu.get(), 'admin');
    await sp.web.lists.add('Plans', '', 100, false);
    await sp.web.lists.getByTitle('Plans').items.add({ Title: 'existing' });
  });

  it('runs reads and writes of a PnPjs batch in order, in one HTTP request', async () => {
    emu.get().clearRequestLog();
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Plans');
    const before = list.items.select('Title')();
    const added = list.items.add({ Title: 'batched 1' });
    const added2 = list.items.add({ Title: 'batched 2' });
    const updated = list.items.getById(1).update({ Title: 'updated' });
    const after = list.items.select('Title')();
    await execute();
    expect(((await before) as Item[]).map((i) => i.Title)).toEqual(['existing']);
    expect((await added) as Item).toMatchObject({ Title: 'batched 1' });
    expect((await added2) as Item).toMatchObject({ Title: 'batched 2' });
    expect(await updated).toEqual({ etag: '"2"' });
    expect(((await after) as Item[]).map((i) => i.Title)).toEqual(['updated', 'batched 1', 'batched 2']);
    const log = emu.get().requestLog();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ method: 'POST', status: 200, batchParts: 5, user: 'admin' });
  });

  it('answers each part on its own: a failing part does not stop the others', async () => {
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Plans');
    const good = list.items.add({ Title: 'kept' });
    const bad = list.items.add({ Nope: 1 });
    const missing = batched.web.lists.getByTitle('Missing').items();
    const good2 = list.items.add({ Title: 'kept too' });
    await execute();
    await expect(good).resolves.toMatchObject({ Title: 'kept' });
    await expect(bad).rejects.toThrow("The property 'Nope' does not exist");
    await expect(missing).rejects.toThrow("List 'Missing' does not exist");
    await expect(good2).resolves.toMatchObject({ Title: 'kept too' });
    const titles = ((await sp.web.lists.getByTitle('Plans').items.select('Title')()) as Item[]).map(
      (i) => i.Title,
    );
    expect(titles).toEqual(expect.arrayContaining(['kept', 'kept too']));
  });

  it('writes flat batchresponse parts with a closing delimiter and a line break', async () => {
    const siteUrl = emu.get().siteUrl;
    const body = [
      '--batch_a',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${siteUrl}/_api/web/lists/getByTitle('Plans')/items?$select=Title&$top=1 HTTP/1.1`,
      'accept: application/json;odata=nometadata',
      '',
      '--batch_a',
      'Content-Type: multipart/mixed; boundary="changeset_b"',
      '',
      '--changeset_b',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `DELETE ${siteUrl}/_api/web/lists/getByTitle('Plans')/items(999) HTTP/1.1`,
      'if-match: *',
      '',
      '--changeset_b--',
      '',
      '--batch_a--',
      '',
    ].join('\n');
    const res = await api(emu.get(), 'admin', '$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_a' },
      body,
    });
    expect(res.status).toBe(200);
    const boundary = /boundary=(\S+)/.exec(res.headers.get('content-type') ?? '')?.[1] ?? '';
    expect(boundary).toMatch(/^batchresponse_/);
    const text = await res.text();
    expect(text.endsWith(`--${boundary}--\r\n`)).toBe(true);
    expect(text).not.toContain('changesetresponse');
    expect(text.match(/^HTTP\/1\.1 .*$/gm)?.map((l) => l.trim())).toEqual([
      'HTTP/1.1 200 OK',
      'HTTP/1.1 404 Not Found',
    ]);
    expect(text).toContain('{"value":[{"Title":');
  });

  it('applies the outer identity to the parts, including access checks', async () => {
    const reader = await pnp(emu.get(), 'reader');
    const [batched, execute] = reader.batched();
    const read = batched.web.lists.getByTitle('Plans').items.select('Title').top(1)();
    const write = batched.web.lists.getByTitle('Plans').items.add({ Title: 'by reader' });
    await execute();
    await expect(read).resolves.toHaveLength(1);
    await expect(write).rejects.toThrow('Access denied');
  });

  it.each([
    ['text/plain', '--x--', 'multipart/mixed'],
    [
      'multipart/mixed; boundary=x',
      '--x\nContent-Type: application/http\n\nGET nowhere\n--x--',
      'request line',
    ],
    [
      'multipart/mixed; boundary=x',
      '--x\nContent-Type: application/http\n\nGET /x HTTP/1.1\n',
      'not terminated',
    ],
  ])(
    'refuses a broken batch body (%p) with 400 and SharePoint error shape',
    async (contentType, body, message) => {
      const res = await api(emu.get(), 'admin', '$batch', {
        method: 'POST',
        headers: { 'Content-Type': contentType },
        body,
      });
      expect(res.status).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe('-1, Microsoft.Data.OData.ODataException');
      expect(error.message).toContain(message);
    },
  );

  it('answers a part addressed outside the site with an error part', async () => {
    const body =
      '--x\nContent-Type: application/http\n\nGET http://elsewhere/sites/other/_api/web HTTP/1.1\n\n--x--\n';
    const res = await api(emu.get(), 'admin', '$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=x' },
      body,
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('HTTP/1.1 404 Not Found');
  });
});
