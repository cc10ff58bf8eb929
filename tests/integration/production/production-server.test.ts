import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DEMO_USERS, startEmulator, type RunningEmulator } from '@devplan/sp-emulator';
import { createRepositories, PlanSite, provision, TokenAuthenticated } from '@devplan/sharepoint';
import { importPlan, PLAN_2026 } from '@devplan/sharepoint/seed';
import { spfi } from '@pnp/sp/index.js';
import {
  productionSettingsFromEnv,
  SettingsError,
  startProductionServer,
  type ProductionSettings,
  type RunningProductionServer,
} from '@devplan/server';
import { ENTRA, makeCertificate, startLocalEntra, type LocalEntra } from './local-entra';

const TENANT = '5c1b5e0b-8a3d-4f6e-9a61-0d2b7f4c3e21';
const CLIENT = '8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a';
const GRAPH_TOKEN = 'graph-token-from-local-entra';

/** A complete production environment (the site URL is replaced by the emulator's below). */
function completeEnv(keyFile: string, thumbprint: string): Record<string, string> {
  return {
    SHAREPOINT_SITE_URL: 'https://contoso.sharepoint.com/sites/utvecklingsplan',
    TENANT_ID: TENANT,
    BOT_APP_ID: CLIENT,
    BOT_CLIENT_SECRET: 'bot-secret',
    API_AUDIENCE: CLIENT,
    APPROVAL_CARD_SECRET: 'c'.repeat(40),
    APPROVAL_SEAL_KEY: JSON.stringify({
      ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }),
      kid: 'test',
    }),
    CERTIFICATE_PRIVATE_KEY_FILE: keyFile,
    CERTIFICATE_THUMBPRINT: thumbprint,
    PORT: '0',
    HOST: '127.0.0.1',
    APPROVAL_SWEEP_SECONDS: '0',
  };
}

/** A stand-in for Microsoft Graph's `/users/{id | upn}` over the demo users; it wants the Graph token. */
async function startLocalGraph(): Promise<{ url: string; calls: string[]; close(): Promise<void> }> {
  const calls: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    calls.push(url.pathname);
    if (req.headers.authorization !== `Bearer ${GRAPH_TOKEN}`) return res.writeHead(401).end();
    const key = decodeURIComponent(url.pathname.replace('/v1.0/users/', '')).toLowerCase();
    const user = DEMO_USERS.find((u) => u.upn && (u.oid === key || u.upn.toLowerCase() === key));
    if (!user) return res.writeHead(404, { 'content-type': 'application/json' }).end('{}');
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ id: user.oid, userPrincipalName: user.upn, displayName: user.displayName }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('the production app server', () => {
  let emulator: RunningEmulator;
  let entra: LocalEntra;
  let graph: Awaited<ReturnType<typeof startLocalGraph>>;
  let server: RunningProductionServer;
  let settings: ProductionSettings;
  let env: Record<string, string>;
  let dir: string;
  let base: string;
  const approver = DEMO_USERS.find((u) => u.key === 'approver')!;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, dbFile: ':memory:' });
    const asApp = new PlanSite(
      spfi(emulator.siteUrl).using(TokenAuthenticated(() => emulator.issueToken('app'))),
      emulator.siteUrl,
    );
    await provision(asApp);
    await importPlan(createRepositories(asApp), PLAN_2026, { actor: 'test' });

    const certificate = makeCertificate();
    entra = await startLocalEntra({
      tenantId: TENANT,
      clientId: CLIENT,
      certificate,
      // SharePoint's scope gets the emulator's app token; Graph's the token the local Graph wants.
      issue: async (scope) =>
        scope === `${emulator.origin}/.default`
          ? emulator.issueToken('app')
          : scope === 'https://graph.microsoft.com/.default'
            ? GRAPH_TOKEN
            : Promise.reject(new Error(`unexpected scope ${scope}`)),
    });
    graph = await startLocalGraph();
    dir = mkdtempSync(join(tmpdir(), 'prod-server-'));
    writeFileSync(join(dir, 'app.key.pem'), certificate.privateKeyPem);
    mkdirSync(join(dir, 'web/tab'), { recursive: true });
    writeFileSync(join(dir, 'web/tab/index.html'), '<!doctype html><title>tab</title>');
    env = {
      ...completeEnv(join(dir, 'app.key.pem'), certificate.thumbprintSha256),
      WEB_DIR: join(dir, 'web'),
    };

    settings = productionSettingsFromEnv(env);
    // Production insists on an https site; the emulator is plain http on loopback.
    settings = { ...settings, siteUrl: emulator.siteUrl };
    server = await startProductionServer(settings, {
      msal: { networkClient: entra.networkClient },
      api: { issuer: `${ENTRA}/${TENANT}/v2.0`, jwksUri: entra.jwksUri },
      graphBaseUrl: graph.url,
    });
    base = server.app.url;
  });

  afterAll(async () => {
    await server?.close();
    await graph?.close();
    await entra?.close();
    await emulator?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers /api/health by reading SharePoint app-only with a token got by the certificate', async () => {
    const response = await fetch(`${base}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    const sharePoint = entra.requests.filter((r) => r.scope === `${emulator.origin}/.default`);
    expect(sharePoint.length).toBeGreaterThan(0);
    expect(sharePoint.every((r) => r.accepted && r.clientId === CLIENT)).toBe(true);
    expect(sharePoint[0]!.assertionAlg).toMatch(/^(PS|RS)256$/);
  });

  it('gets no SharePoint token with a key that is not the registered certificate’s', async () => {
    const other = makeCertificate();
    const wrong = await startProductionServer(
      {
        ...settings,
        port: 0,
        certificate: { ...settings.certificate, privateKey: other.privateKeyPem },
      },
      { msal: { networkClient: entra.networkClient }, graphBaseUrl: graph.url },
    );
    try {
      const before = entra.requests.length;
      const response = await fetch(`${wrong.app.url}/api/health`);
      expect(response.status).toBe(502);
      expect(await response.text()).not.toMatch(/invalid_client|assertion/); // logged, not shown
      expect(entra.requests.slice(before)).toContainEqual(
        expect.objectContaining({ accepted: false, reason: expect.stringMatching(/assertion refused/) }),
      );
    } finally {
      await wrong.close();
    }
  });

  it('refuses API calls without a token, with another key, audience or issuer', async () => {
    const pending = (token?: string) =>
      fetch(`${base}/api/approvals/pending`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
    const claims = { oid: approver.oid, upn: approver.upn, name: approver.displayName };
    const none = await pending();
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ code: 'unauthenticated', reason: { sv: expect.any(String) } });
    expect((await pending(await entra.apiToken(claims, { foreignKey: true }))).status).toBe(401);
    expect((await pending(await entra.apiToken(claims, { audience: 'api://someone-else' }))).status).toBe(
      401,
    );
    expect(
      (await pending(await entra.apiToken(claims, { issuer: `${ENTRA}/another-tenant/v2.0` }))).status,
    ).toBe(401);
    // A token of the local emulator's sign-in (another issuer and key) is no Entra token here.
    expect((await pending(await emulator.issueToken('approver', CLIENT))).status).toBe(401);
  });

  it('refuses every API of the composed routes without a token', async () => {
    const calls: [string, string][] = [
      ['POST', '/api/approvals/decisions'],
      ['POST', '/api/approvals/delegations'],
      ['POST', '/api/audit/changes'],
      ['GET', '/api/reports/me'],
      ['POST', '/api/reports/close'],
      ['GET', '/api/reports/export'],
    ];
    for (const [method, path] of calls) {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(method === 'POST' ? { body: '{}' } : {}),
      });
      expect({ path, status: response.status }).toEqual({ path, status: 401 });
    }
  });

  it('accepts the tenant’s Entra token and finds the caller through Graph', async () => {
    const token = await entra.apiToken({ oid: approver.oid, name: approver.displayName });
    const response = await fetch(`${base}/api/approvals/pending`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ pending: [] });
    expect(graph.calls).toContain(`/v1.0/users/${approver.oid}`);
    // The other composed APIs take the same token.
    const me = await fetch(`${base}/api/reports/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
  });

  it('refuses the bot endpoint without a Bot Framework token', async () => {
    const response = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hej' }),
    });
    expect(response.status).toBe(401);
  });

  it('serves the web pages, sends / to the tab and gives the tab its NAA client id', async () => {
    expect((await fetch(`${base}/tab/`)).status).toBe(200);
    const home = await fetch(`${base}/`, { redirect: 'manual' });
    expect(home.status).toBe(302);
    expect(home.headers.get('location')).toBe('/tab/');
    const config = (await (await fetch(`${base}/config.json`)).json()) as Record<string, unknown>;
    expect(config).toEqual({
      siteUrl: emulator.siteUrl,
      naa: { clientId: CLIENT, authority: `${ENTRA}/${TENANT}` },
    });
  });

  it('does not start when a setting is missing or bad, and names it in Swedish and English', () => {
    const { CERTIFICATE_THUMBPRINT: _thumbprint, ...noThumbprint } = env;
    const refused = (e: Record<string, string>) => {
      try {
        productionSettingsFromEnv(e);
      } catch (error) {
        if (error instanceof SettingsError) return error;
        throw error;
      }
      throw new Error('the settings were accepted');
    };
    const missing = refused(noThumbprint);
    expect(missing.variables).toEqual(['CERTIFICATE_THUMBPRINT']);
    expect(missing.message).toMatch(/CERTIFICATE_THUMBPRINT: saknas: .* \/ is missing: /);
    expect(refused({ ...env, SHAREPOINT_SITE_URL: 'http://intranet/sites/x' }).variables).toEqual([
      'SHAREPOINT_SITE_URL',
    ]);
    expect(refused({ ...env, CERTIFICATE_PRIVATE_KEY_FILE: join(dir, 'nope.pem') }).message).toMatch(
      /CERTIFICATE_PRIVATE_KEY_FILE: filen kan inte läsas/,
    );
    expect(refused({ ...env, BOT_ALLOW_UNAUTHENTICATED_LOCAL: '1' }).variables).toEqual([
      'BOT_ALLOW_UNAUTHENTICATED_LOCAL',
    ]);
  });
});
