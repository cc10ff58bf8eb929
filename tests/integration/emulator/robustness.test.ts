import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '@devplan/sp-emulator';
import '@pnp/sp/context-info/index.js';
import { api, errorOf, pnp, useEmulator } from './helpers.js';

/** Sends a request with a raw (possibly malformed) path, bypassing fetch's URL normalisation. */
function rawGet(
  emulator: RunningEmulator,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: emulator.port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('context info and CORS', () => {
  const emu = useEmulator();

  it('answers contextinfo in plain JSON light, which PnPjs reads with json()', async () => {
    const res = await api(emu.get(), 'staff', 'contextinfo', { method: 'POST' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      FormDigestTimeoutSeconds: 1800,
      FormDigestValue: expect.stringMatching(/^0x[0-9A-F]+,/),
      WebFullUrl: emu.get().siteUrl,
      SiteFullUrl: emu.get().siteUrl,
      LibraryVersion: expect.any(String),
    });
    const sp = await pnp(emu.get(), 'staff');
    const info = await sp.web.getContextInfo();
    expect(info.FormDigestValue).toMatch(/^0x/);
    expect(info.SupportedSchemaVersions).toEqual(['14.0.0.0', '15.0.0.0']);
  });

  it('answers CORS preflights for the headers PnPjs and MSAL send', async () => {
    const res = await fetch(`${emu.get().siteUrl}/_api/web/lists`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:53000',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers':
          'authorization,content-type,x-http-method,if-match,x-pnpjs-tracking,x-clientservice-clienttag',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:53000');
    const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const h of [
      'authorization',
      'content-type',
      'accept',
      'x-http-method',
      'if-match',
      'x-requestdigest',
      'x-clientservice-clienttag',
      'x-pnpjs-tracking',
    ]) {
      expect(allowed).toContain(h);
    }
    expect(res.headers.get('access-control-allow-methods')).toContain('MERGE');
  });

  it('exposes the ETag header to a browser client', async () => {
    const sp = await pnp(emu.get(), 'admin');
    await sp.web.lists.add('Plans', '', 100, false);
    await sp.web.lists.getByTitle('Plans').items.add({ Title: 'x' });
    const res = await api(emu.get(), 'admin', "web/lists/getByTitle('Plans')/items(1)", {
      headers: { Origin: 'http://localhost:53000' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:53000');
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
  });
});

describe('bad input', () => {
  const emu = useEmulator({ maxBodyBytes: 64 * 1024 });

  it.each([
    ['/sites/utvecklingsplan/_api/web/lists/getByTitle(%27A%E0%A4%A%27)', 400, 'not correctly URL-encoded'],
    ["/sites/utvecklingsplan/_api/web/lists/getByTitle('unterminated)", 400, 'unbalanced'],
    ['/sites/utvecklingsplan/_api/web/frobnicate', 404, 'does not support this endpoint'],
    ['/sites/utvecklingsplan/_api/web/lists/getByTitle(5,6)', 400, 'exactly one argument'],
    ['/sites/utvecklingsplan/_api/web/lists/getByTitle(@nope)', 400, "alias '@nope'"],
    ['/sites/utvecklingsplan/_api/web/lists?$filter=((((', 400, 'is not valid'],
    ['/sites/other/_api/web', 404, 'serves only the site'],
    ['/sites/utvecklingsplan/_api/', 404, 'Cannot find resource'],
  ])('answers %p with %p and a SharePoint error body', async (path, status, message) => {
    const res = await rawGet(emu.get(), path, {
      Authorization: `Bearer ${await emu.get().issueToken('admin')}`,
      Accept: 'application/json',
    });
    expect(res.status).toBe(status);
    const body = JSON.parse(res.body) as { 'odata.error': { message: { value: string } } };
    expect(body['odata.error'].message.value).toContain(message);
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await api(emu.get(), 'admin', 'web/lists', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'x'.repeat(100 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).message).toContain('exceeds the limit');
  });

  it('refuses a method the resource does not take', async () => {
    const res = await api(emu.get(), 'admin', 'web/lists', { method: 'DELETE' });
    expect(res.status).toBe(405);
  });

  it('survives all of it and still answers', async () => {
    const res = await api(emu.get(), 'admin', 'web');
    expect(res.status).toBe(200);
  });
});

describe('the request log', () => {
  const emu = useEmulator();

  it('records every request with method, url, status, sizes, duration and user', async () => {
    emu.get().clearRequestLog();
    await api(emu.get(), 'staff', 'web?$select=Title');
    await api(emu.get(), undefined, 'web');
    const log = emu.get().requestLog();
    expect(log).toEqual([
      expect.objectContaining({
        method: 'GET',
        url: '/sites/utvecklingsplan/_api/web?$select=Title',
        status: 200,
        user: 'staff',
        requestBytes: 0,
      }),
      expect.objectContaining({ method: 'GET', status: 401 }),
    ]);
    expect(log[0]?.responseBytes).toBeGreaterThan(0);
    expect(log[0]?.durationMs).toBeGreaterThanOrEqual(0);
    expect(new Date(log[0]?.at ?? '').getTime()).not.toBeNaN();
  });

  it('serves the log over HTTP and clears it with DELETE', async () => {
    const listed = (await (await fetch(`${emu.get().origin}/_local/requests`)).json()) as { url: string }[];
    expect(listed.some((e) => e.url === '/sites/utvecklingsplan/_api/web?$select=Title')).toBe(true);
    expect((await fetch(`${emu.get().origin}/_local/requests`, { method: 'DELETE' })).status).toBe(204);
    expect(
      emu
        .get()
        .requestLog()
        .filter((e) => !e.url.startsWith('/_local')),
    ).toEqual([]);
  });
});

describe('fault injection', () => {
  it('answers 503 with Retry-After before any processing, so nothing is written, and PnPjs retries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-emu-faults-'));
    const dbFile = join(dir, 'site.sqlite');
    try {
      const setup = await startEmulator({ dbFile });
      await (await pnp(setup, 'admin')).web.lists.add('Plans', '', 100, false);
      await setup.close();

      const faulty = await startEmulator({
        dbFile,
        faults: { rate: 1, statuses: [503], retryAfterSeconds: 0 },
      });
      const raw = await api(faulty, 'admin', "web/lists/getByTitle('Plans')/items", {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ Title: 'lost' }),
      });
      expect(raw.status).toBe(503);
      expect(raw.headers.get('retry-after')).toBe('0');
      faulty.clearRequestLog();
      const sp = await pnp(faulty, 'admin');
      await expect(sp.web.lists.getByTitle('Plans').items.add({ Title: 'lost too' })).rejects.toThrow();
      expect(faulty.requestLog().map((e) => e.status)).toEqual([503, 503, 503]);
      const token = await fetch(`${faulty.origin}/_local/token`, {
        method: 'POST',
        body: '{"user":"staff"}',
      });
      expect(token.status).toBe(200);
      await faulty.close();

      const check = await startEmulator({ dbFile });
      const count = (await (
        await pnp(check, 'admin')
      ).web.lists
        .getByTitle('Plans')
        .select('ItemCount')()) as { ItemCount: number };
      expect(count.ItemCount).toBe(0);
      await check.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers 429 too, and lets PnPjs succeed when only some requests fail', async () => {
    const emulator = await startEmulator({ faults: { rate: 0.3, statuses: [429], retryAfterSeconds: 0 } });
    try {
      const token = await emulator.issueToken('admin');
      let saw429 = false;
      for (let i = 0; i < 40 && !saw429; i++) {
        const res = await fetch(`${emulator.siteUrl}/_api/web`, {
          headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        });
        saw429 = res.status === 429;
      }
      expect(saw429).toBe(true);
    } finally {
      await emulator.close();
    }
  });

  it('drops connections at the drop rate', async () => {
    const emulator = await startEmulator({ faults: { rate: 0, dropRate: 1 } });
    try {
      const token = await emulator.issueToken('admin');
      await expect(
        fetch(`${emulator.siteUrl}/_api/web`, { headers: { Authorization: `Bearer ${token}` } }),
      ).rejects.toThrow();
    } finally {
      await emulator.close();
    }
  });
});
