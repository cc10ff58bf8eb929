import { api, useEmulator } from './helpers.js';

/** A page on another origin (the demo intranet of the local stack is one). */
const ORIGIN = 'http://intranet.localhost:4310';

/** A CORS preflight as Chromium sends it before a cross-origin call. */
async function preflight(
  url: string,
  method: string,
  requestHeaders: string | undefined,
  origin: string | undefined = ORIGIN,
): Promise<Response> {
  const headers: Record<string, string> = { 'Access-Control-Request-Method': method };
  if (origin) headers.Origin = origin;
  if (requestHeaders !== undefined) headers['Access-Control-Request-Headers'] = requestHeaders;
  return fetch(url, { method: 'OPTIONS', headers });
}

describe('CORS for a page on another origin, as SharePoint Online answers it', () => {
  const emu = useEmulator();
  const lists = () => `${emu.get().siteUrl}/_api/web/lists`;

  it('grants the preflight of a bearer-token call with the headers, methods and max age', async () => {
    const res = await preflight(
      lists(),
      'GET',
      'accept,authorization,content-type,x-clientservice-clienttag',
    );
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect((res.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/)).toEqual(
      expect.arrayContaining(['authorization', 'if-match', 'x-requestdigest', 'odata-version']),
    );
    expect(res.headers.get('access-control-allow-methods')).toContain('GET');
    expect(res.headers.get('access-control-allow-methods')).toContain('MERGE');
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('grants a $batch preflight for the POST PnPjs sends', async () => {
    const res = await preflight(
      `${emu.get().siteUrl}/_api/$batch`,
      'POST',
      'authorization,content-type,x-pnpjs-tracking',
    );
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it('refuses the preflight of a call without a bearer token, with no Access-Control-Allow-* header', async () => {
    const res = await preflight(lists(), 'POST', 'content-type,x-requestdigest');
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-headers')).toBeNull();
    const body = (await res.json()) as { 'odata.error': { message: { value: string } } };
    expect(body['odata.error'].message.value).toContain('bearer token');
  });

  it('refuses headers and methods a browser may not send', async () => {
    expect((await preflight(lists(), 'GET', 'authorization,x-evil')).status).toBe(403);
    expect((await preflight(lists(), 'TRACE', 'authorization')).status).toBe(403);
  });

  it('shares a bearer-token response with the calling origin and exposes its ETag', async () => {
    const res = await api(emu.get(), 'reader', 'web/lists', { headers: { Origin: ORIGIN } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('shares the refusal of a bad token too, so the page can see it must sign in again', async () => {
    const res = await fetch(lists(), {
      headers: { Origin: ORIGIN, Authorization: 'Bearer not-a-token', Accept: 'application/json' },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it('does not share a cross-origin response without a bearer token (a cookie-authenticated call)', async () => {
    const res = await fetch(lists(), {
      headers: { Origin: ORIGIN, Cookie: 'FedAuth=abc; rtFa=def', Accept: 'application/json' },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-expose-headers')).toBeNull();
  });

  it('adds no CORS headers to a request without an Origin (a server or the same origin)', async () => {
    const res = await api(emu.get(), 'reader', 'web/lists');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets any origin use the local sign-in: the token preflight and the token answer', async () => {
    const token = `${emu.get().origin}/_local/token`;
    const pre = await preflight(token, 'POST', 'content-type');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const res = await fetch(token, {
      method: 'POST',
      headers: { Origin: ORIGIN, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: 'reader' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(((await res.json()) as { access_token: string }).access_token).toMatch(/^ey/);
  });
});

describe('CORS on throttled answers', () => {
  const emu = useEmulator({ faults: { rate: 1, statuses: [429], retryAfterSeconds: 2 } });

  it('shares a 429 with the calling origin and lets it read Retry-After', async () => {
    const res = await api(emu.get(), 'reader', 'web/lists', { headers: { Origin: ORIGIN } });
    expect(res.status).toBe(429);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(res.headers.get('access-control-expose-headers')).toContain('Retry-After');
    expect(res.headers.get('retry-after')).toBe('2');
  });
});
