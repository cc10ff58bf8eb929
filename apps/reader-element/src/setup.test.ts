import { configUrlOf, loadServerConfig, planSignIn, ReaderSetupError, type ServerConfig } from './setup';

const reader = (attributes: Record<string, string>) => (name: string) => attributes[name] ?? null;
const SCRIPT = 'https://app.example/reader/utvecklingsplan-reader.js';
const PAGE = 'https://intranet.example/sidor/plan?x=1#top';
const SITE = 'https://malmo.sharepoint.com/sites/utvecklingsplan';

describe('where the element’s settings come from', () => {
  it('is the app server that served the script, or the config attribute', () => {
    expect(configUrlOf(reader({ site: SITE }), SCRIPT)).toBe('https://app.example/config.json');
    expect(configUrlOf(reader({ config: '/settings.json' }), SCRIPT)).toBe(
      'https://app.example/settings.json',
    );
  });

  it('is the attributes alone when they name the site and the app registration', () => {
    expect(configUrlOf(reader({ site: SITE, 'client-id': 'c1' }), SCRIPT)).toBeNull();
  });
});

describe('the sign-in the element chooses', () => {
  const local: ServerConfig = {
    siteUrl: 'http://localhost:4321/sites/utvecklingsplan',
    signIn: { tokenEndpoint: 'http://localhost:4321/_local/token' },
  };
  const production: ServerConfig = {
    siteUrl: SITE,
    naa: { clientId: 'app-client', authority: 'https://login.microsoftonline.com/tenant-1' },
  };

  it('is the local sign-in as the demo reader when the app server offers it', () => {
    expect(planSignIn(reader({}), local, PAGE)).toEqual({
      kind: 'local',
      siteUrl: 'http://localhost:4321/sites/utvecklingsplan',
      tokenEndpoint: 'http://localhost:4321/_local/token',
      user: 'reader',
    });
    expect(planSignIn(reader({ 'local-user': 'staff' }), local, PAGE)).toMatchObject({ user: 'staff' });
  });

  it('is MSAL with the app server’s client id and tenant, SharePoint’s scope and the page as redirect', () => {
    expect(planSignIn(reader({}), production, PAGE)).toEqual({
      kind: 'msal',
      siteUrl: SITE,
      clientId: 'app-client',
      authority: 'https://login.microsoftonline.com/tenant-1',
      scopes: ['https://malmo.sharepoint.com/.default'],
      redirectUri: 'https://intranet.example/sidor/plan',
    });
  });

  it('takes the attributes over the app server’s settings, and never the local sign-in with a client id', () => {
    const plan = planSignIn(
      reader({
        site: 'https://malmo.sharepoint.com/sites/annan/',
        'client-id': 'own',
        tenant: 'malmo.onmicrosoft.com',
        scope: 'https://malmo.sharepoint.com/AllSites.Read',
        'redirect-uri': '/blank.html',
      }),
      local,
      PAGE,
    );
    expect(plan).toEqual({
      kind: 'msal',
      siteUrl: 'https://malmo.sharepoint.com/sites/annan',
      clientId: 'own',
      authority: 'https://login.microsoftonline.com/malmo.onmicrosoft.com',
      scopes: ['https://malmo.sharepoint.com/AllSites.Read'],
      redirectUri: 'https://intranet.example/blank.html',
    });
    expect(
      planSignIn(reader({ site: SITE, 'client-id': 'c', tenant: 'https://login.example/t' }), null, PAGE),
    ).toMatchObject({
      authority: 'https://login.example/t',
    });
  });

  it('refuses to start without a site or an app registration, saying what to set, in both languages', () => {
    const noSite = () => planSignIn(reader({ 'client-id': 'c' }), null, PAGE);
    expect(noSite).toThrow(ReaderSetupError);
    expect(noSite).toThrow(/site attribute/);
    try {
      planSignIn(reader({ site: SITE }), { siteUrl: SITE }, PAGE);
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(ReaderSetupError);
      expect((error as ReaderSetupError).reason.sv).toContain('client-id');
      expect((error as ReaderSetupError).reason.en).toContain('client-id');
    }
  });
});

describe('reading the app server’s settings', () => {
  const answer = (status: number, body: unknown) =>
    jest.fn(async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

  it('reads /config.json', async () => {
    await expect(
      loadServerConfig('https://app.example/config.json', answer(200, { siteUrl: SITE })),
    ).resolves.toEqual({
      siteUrl: SITE,
    });
  });

  it('says which address failed and how, for an HTTP error and for an unreachable server', async () => {
    await expect(loadServerConfig('https://app.example/config.json', answer(404, {}))).rejects.toThrow(
      /config\.json \(HTTP 404\)/,
    );
    const down = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(loadServerConfig('https://app.example/config.json', down)).rejects.toThrow(
      /Failed to fetch/,
    );
  });
});
