import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_USERS, startEmulator } from '@devplan/sp-emulator';
import { api, errorOf, pnp, useEmulator } from './helpers.js';

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

async function token(origin: string, body: unknown): Promise<Response> {
  return fetch(`${origin}/_local/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('local sign-in and tokens', () => {
  const emu = useEmulator();

  it('issues an RS256 user token by key or UPN with the expected claims', async () => {
    const res = await token(emu.get().origin, { user: 'sara.lindqvist@malmo.example' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const claims = claimsOf(body.access_token);
    const staff = DEMO_USERS.find((u) => u.key === 'staff');
    expect(claims).toMatchObject({
      iss: `${emu.get().origin}/_local`,
      aud: emu.get().origin,
      oid: staff?.oid,
      upn: 'sara.lindqvist@malmo.example',
      name: 'Sara Lindqvist',
      tid: expect.any(String),
    });
    expect(claims.exp).toBe((claims.iat as number) + 3600);
  });

  it('issues an app-only token for the app principal', async () => {
    const claims = claimsOf(await emu.get().issueToken('app'));
    expect(claims).toMatchObject({ idtyp: 'app', roles: ['Sites.Selected'], appid: expect.any(String) });
    expect(claims.upn).toBeUndefined();
  });

  it('publishes the signing key as a JWKS that verifies the tokens', async () => {
    const jwks = (await (await fetch(`${emu.get().origin}/_local/.well-known/jwks.json`)).json()) as {
      keys: (Record<string, unknown> & { kid: string })[];
    };
    const access = await emu.get().issueToken('staff');
    const [header, payload, signature] = access.split('.') as [string, string, string];
    const kid = (JSON.parse(Buffer.from(header, 'base64url').toString()) as { kid: string }).kid;
    const jwk = jwks.keys.find((k) => k.kid === kid);
    expect(jwk).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    const key = createPublicKey({ key: jwk as never, format: 'jwk' });
    expect(
      verify('sha256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url')),
    ).toBe(true);
  });

  it('lists the demo users for a sign-in picker', async () => {
    const users = (await (await fetch(`${emu.get().origin}/_local/users`)).json()) as {
      key: string;
      role: string;
    }[];
    expect(users.map((u) => [u.key, u.role])).toEqual([
      ['admin', 'owner'],
      ['staff', 'member'],
      ['staff2', 'member'],
      ['approver', 'member'],
      ['deputy', 'member'],
      ['reader', 'visitor'],
      ['app', 'app'],
    ]);
  });

  it('refuses a token request for an unknown user', async () => {
    const res = await token(emu.get().origin, { user: 'mallory' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error_description: string }).error_description).toContain('Unknown user');
  });

  it.each([
    ['no Authorization header', async () => undefined, 'bearer token'],
    ['a malformed token', async () => 'Bearer not.a.token', 'Invalid JWT token'],
    [
      'an expired token',
      async (origin: string) =>
        `Bearer ${((await (await token(origin, { user: 'staff', expiresIn: -120 })).json()) as { access_token: string }).access_token}`,
      'The token is expired',
    ],
    [
      'a token for another audience',
      async (origin: string) =>
        `Bearer ${((await (await token(origin, { user: 'staff', audience: 'https://contoso.sharepoint.com' })).json()) as { access_token: string }).access_token}`,
      'Invalid audience',
    ],
    [
      'a token signed by another emulator',
      async () => {
        const other = await startEmulator();
        const t = await other.issueToken('staff');
        await other.close();
        return `Bearer ${t}`;
      },
      'Invalid issuer or signature',
    ],
  ])('refuses %s with 401 and a Bearer challenge', async (_label, authorization, message) => {
    const auth = await authorization(emu.get().origin);
    const res = await fetch(`${emu.get().siteUrl}/_api/web`, {
      headers: { Accept: 'application/json', ...(auth ? { Authorization: auth } : {}) },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="[0-9a-f-]{36}"/);
    expect(((await res.json()) as { error_description: string }).error_description).toContain(message);
  });

  it('keeps its signing key in the database, so tokens survive a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-emu-'));
    try {
      const dbFile = join(dir, 'site.sqlite');
      const first = await startEmulator({ dbFile });
      const { port } = first;
      const issued = await first.issueToken('staff');
      await first.close();
      const second = await startEmulator({ dbFile, port });
      try {
        const res = await fetch(`${second.siteUrl}/_api/web`, {
          headers: { Authorization: `Bearer ${issued}`, Accept: 'application/json' },
        });
        expect(res.status).toBe(200);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('site users', () => {
  const emu = useEmulator();

  it('gives the current user, with the SharePoint user properties', async () => {
    const sp = await pnp(emu.get(), 'staff');
    expect(await sp.web.currentUser()).toMatchObject({
      Id: 7,
      Title: 'Sara Lindqvist',
      Email: 'sara.lindqvist@malmo.example',
      LoginName: 'i:0#.f|membership|sara.lindqvist@malmo.example',
      PrincipalType: 1,
      IsSiteAdmin: false,
      IsHiddenInUI: false,
      UserPrincipalName: 'sara.lindqvist@malmo.example',
      UserId: { NameId: expect.any(String), NameIdIssuer: 'urn:federation:microsoftonline' },
    });
    expect(
      ((await (await pnp(emu.get(), 'admin')).web.currentUser()) as { IsSiteAdmin: boolean }).IsSiteAdmin,
    ).toBe(true);
  });

  it("gives the current user's groups", async () => {
    const sp = await pnp(emu.get(), 'approver');
    const groups = (await sp.web.currentUser.groups()) as { Title: string }[];
    expect(groups.map((g) => g.Title)).toEqual(['Utvecklingsplan Members']);
  });

  it('finds users by id, e-mail and claims login', async () => {
    const sp = await pnp(emu.get(), 'staff');
    expect(((await sp.web.siteUsers.getById(9)()) as { Title: string }).Title).toBe('Karin Nilsson');
    expect(((await sp.web.getUserById(10)()) as { Title: string }).Title).toBe('Erik Johansson');
    expect(((await sp.web.siteUsers.getByEmail('lars.persson@malmo.example')()) as { Id: number }).Id).toBe(
      11,
    );
    const byLogin = (await sp.web.siteUsers.getByLoginName(
      'i:0#.f|membership|omar.haddad@malmo.example',
    )()) as { Title: string };
    expect(byLogin.Title).toBe('Omar Haddad');
    const raw = await api(
      emu.get(),
      'staff',
      "web/siteUsers(@v)?@v='i%3A0%23.f%7Cmembership%7Comar.haddad%40malmo.example'",
    );
    expect(((await raw.json()) as { Id: number }).Id).toBe(8);
    const all = (await sp.web.siteUsers
      .filter("substringof('malmo.example', Email)")
      .select('Title')()) as unknown[];
    expect(all).toHaveLength(6);
  });

  it('adds the app principal to the site users on its first request', async () => {
    const app = await pnp(emu.get(), 'app');
    const me = (await app.web.currentUser()) as { LoginName: string; Title: string; Id: number };
    expect(me.Title).toBe('Utvecklingsplan (app)');
    expect(me.LoginName).toMatch(/^i:0i\.t\|ms\.sp\.ext\|[0-9a-f-]{36}@[0-9a-f-]{36}$/);
    const sp = await pnp(emu.get(), 'admin');
    expect(((await sp.web.siteUsers.getById(me.Id)()) as { Title: string }).Title).toBe(
      'Utvecklingsplan (app)',
    );
  });

  it('ensures users by claims login or e-mail, and refuses unknown ones', async () => {
    const sp = await pnp(emu.get(), 'staff');
    const byClaims = (await sp.web.ensureUser('i:0#.f|membership|karin.nilsson@malmo.example')) as {
      Id: number;
    };
    expect(byClaims.Id).toBe(9);
    const byEmail = (await sp.web.ensureUser('erik.johansson@malmo.example')) as { Id: number };
    expect(byEmail.Id).toBe(10);
    const res = await api(emu.get(), 'staff', 'web/ensureuser', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ logonName: 'i:0#.f|membership|nobody@malmo.example' }),
    });
    expect(res.status).toBe(404);
    expect((await errorOf(res)).message).toBe(
      'The specified user i:0#.f|membership|nobody@malmo.example could not be found.',
    );
  });

  it('answers 404 for a user id that is not in the site', async () => {
    const res = await api(emu.get(), 'staff', 'web/getUserById(999)');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).message).toBe('User cannot be found.');
  });
});
