import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { strToU8, unzipSync, zipSync } from 'fflate';
import {
  assembleRelease,
  ManifestError,
  pngInfo,
  validateManifest,
  verifySppkg,
  type ReleaseFile,
} from '@devplan/release';

const run = promisify(execFile);
const root = resolve(__dirname, '../../..');
const HOST = 'utvecklingsplan.example.se';
const CLIENT = '8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a';
const TENANT = '5c1b5e0b-8a3d-4f6e-9a61-0d2b7f4c3e21';

/** A tenant's environment file for the manifest. */
const tenantEnv = [
  'APP_VERSION=1.2.3',
  'TEAMS_APP_ID=6f0c2a8e-3b1d-4c5e-9a7f-1d2e3f4a5b6c',
  `APP_HOSTNAME=${HOST}`,
  `BOT_ID=${CLIENT}`,
  `AAD_APP_CLIENT_ID=${CLIENT}`,
  'PLAN_SITE_URL=https://contoso.sharepoint.com/sites/utvecklingsplan',
].join('\n');

describe('the release (npm run package)', () => {
  let dir: string;
  let out: string;
  let files: ReleaseFile[];
  let serverEnv: Record<string, string>;

  // The Teams zip and the app server bundle are really built here (Vite SSR bundle from the sources); the
  // web pages are a stand-in folder (their build is the e2e tests' business) and the .sppkg is left out (its
  // gulp build takes minutes and shares its folders with the web part's budget test). `npm run package`
  // builds and checks all of it from clean.
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'release-'));
    out = join(dir, 'release');
    writeFileSync(join(dir, 'tenant.env'), tenantEnv);
    mkdirSync(join(dir, 'web/tab'), { recursive: true });
    writeFileSync(join(dir, 'web/tab/index.html'), '<!doctype html><title>Utvecklingsplanen</title>');
    mkdirSync(join(dir, 'web/inbox'), { recursive: true });
    writeFileSync(join(dir, 'web/inbox/index.html'), '<!doctype html><title>local card inbox</title>');
    writeFileSync(join(dir, 'web/tab/main.js.map'), '{}');
    // The reader web component's build: its module, a chunk and a source map (left out).
    mkdirSync(join(dir, 'reader-build/reader/assets'), { recursive: true });
    writeFileSync(join(dir, 'reader-build/reader/utvecklingsplan-reader.js'), 'export {};');
    writeFileSync(join(dir, 'reader-build/reader/utvecklingsplan-reader.js.map'), '{}');
    writeFileSync(join(dir, 'reader-build/reader/assets/chunk-1.js'), 'export {};');
    files = await assembleRelease({
      root,
      out,
      envFile: join(dir, 'tenant.env'),
      manifestDir: join(root, 'apps/release'),
      webDir: join(dir, 'web'),
      readerDir: join(dir, 'reader-build'),
      sppkg: null,
    });
    const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    writeFileSync(join(dir, 'app.key.pem'), key.export({ type: 'pkcs8', format: 'pem' }).toString());
    serverEnv = {
      PATH: process.env['PATH'] ?? '',
      SHAREPOINT_SITE_URL: 'https://contoso.sharepoint.com/sites/utvecklingsplan',
      TENANT_ID: TENANT,
      BOT_APP_ID: CLIENT,
      BOT_CLIENT_SECRET: 'secret',
      API_AUDIENCE: CLIENT,
      APPROVAL_CARD_SECRET: 's'.repeat(40),
      APPROVAL_SEAL_KEY: JSON.stringify({
        ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }),
        kid: 'test',
      }),
      CERTIFICATE_PRIVATE_KEY_FILE: join(dir, 'app.key.pem'),
      CERTIFICATE_THUMBPRINT: 'ab'.repeat(32),
      PORT: '0',
      HOST: '127.0.0.1',
      APPROVAL_SWEEP_SECONDS: '0',
    };
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('holds the Teams app zip and the app server with its pages, README and settings example', () => {
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'utvecklingsplan-teams-1.2.3.zip',
        'app-server/server.mjs',
        'app-server/server.mjs.map',
        'app-server/README.md',
        'app-server/settings.env.example',
        'app-server/web/tab/index.html',
      ]),
    );
    expect(files.every((f) => f.bytes > 0)).toBe(true);
    // Local-only pages and browser source maps stay out; the reader web component is in.
    expect(files.filter((f) => f.path.startsWith('app-server/web/'))).toEqual([
      expect.objectContaining({ path: 'app-server/web/reader/assets/chunk-1.js' }),
      expect.objectContaining({ path: 'app-server/web/reader/utvecklingsplan-reader.js' }),
      expect.objectContaining({ path: 'app-server/web/tab/index.html' }),
    ]);
    const example = readFileSync(join(out, 'app-server/settings.env.example'), 'utf8');
    for (const name of [
      'SHAREPOINT_SITE_URL',
      'TENANT_ID',
      'BOT_APP_ID',
      'API_AUDIENCE',
      'CERTIFICATE_THUMBPRINT',
    ])
      expect(example).toMatch(new RegExp(`^${name}=$`, 'm'));
  });

  it('zips the manifest, both icons, the agent and the language files at the root, icons of the right size, manifest valid with the tenant’s values', async () => {
    const zip = unzipSync(readFileSync(join(out, 'utvecklingsplan-teams-1.2.3.zip')));
    expect(Object.keys(zip).sort().join(' ')).toBe(
      'color.png declarative-agent.json en-us.json manifest.json outline.png sv-se.json',
    );
    expect(pngInfo(zip['color.png']!)).toMatchObject({ width: 192, height: 192 });
    expect(pngInfo(zip['outline.png']!)).toMatchObject({ width: 32, height: 32, hasAlpha: true });
    const manifest = JSON.parse(Buffer.from(zip['manifest.json']!).toString('utf8')) as {
      configurableTabs: { configurationUrl: string }[];
      staticTabs: { contentUrl?: string }[];
      validDomains: string[];
      bots: { botId: string }[];
    };
    expect(await validateManifest(manifest)).toEqual([]);
    expect(manifest.configurableTabs[0]!.configurationUrl).toBe(`https://${HOST}/tab/?view=config`);
    expect(manifest.staticTabs[0]!.contentUrl).toBe(`https://${HOST}/tab/?view=personal`);
    expect(manifest.validDomains).toEqual([HOST]);
    expect(manifest.bots[0]!.botId).toBe(CLIENT);
  });

  it('runs the bundled app server with Node 22 alone: pages served, API and bot refuse unauthenticated calls', async () => {
    const serverDir = join(dir, 'elsewhere');
    cpSync(join(out, 'app-server'), serverDir, { recursive: true }); // no node_modules anywhere near
    const child: ChildProcess = spawn(process.execPath, ['server.mjs'], { cwd: serverDir, env: serverEnv });
    try {
      const port = await new Promise<string>((resolvePort, reject) => {
        let seen = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          const match = /listening on [\d.]+:(\d+)/.exec(seen);
          if (match) resolvePort(match[1]!);
        });
        child.stderr!.on('data', (chunk: Buffer) => (seen += chunk.toString()));
        child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${seen}`)));
      });
      const base = `http://127.0.0.1:${port}`;
      expect((await fetch(`${base}/tab/`)).status).toBe(200);
      // The privacy and terms pages the manifest links to, in both languages.
      for (const page of ['/privacy', '/terms', '/privacy?lang=en', '/terms?lang=en'])
        expect((await fetch(`${base}${page}`)).status).toBe(200);
      expect((await fetch(`${base}/api/approvals/pending`)).status).toBe(401);
      const bot = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"type":"message"}',
      });
      expect(bot.status).toBe(401);
      expect(await (await fetch(`${base}/config.json`)).json()).toMatchObject({ naa: { clientId: CLIENT } });
      // The reader web component and its settings, for pages on other origins (Omnia).
      const element = await fetch(`${base}/reader/utvecklingsplan-reader.js`, {
        headers: { origin: 'https://intranet.example' },
      });
      expect(element.status).toBe(200);
      expect(element.headers.get('content-type')).toContain('text/javascript');
      expect(element.headers.get('access-control-allow-origin')).toBe('*');
      expect((await fetch(`${base}/config.json`)).headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('stops the bundled server at start-up when a setting is missing, naming it', async () => {
    const { CERTIFICATE_THUMBPRINT: _omitted, ...env } = serverEnv;
    const failure = await run(process.execPath, [join(out, 'app-server/server.mjs')], { env }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toMatch(/CERTIFICATE_THUMBPRINT: saknas: .* \/ is missing: /);
  });

  it('refuses a deliberately broken manifest with the schema’s message and writes nothing', async () => {
    const broken = join(dir, 'broken-manifest');
    for (const folder of ['assets', 'agent', 'localization'])
      cpSync(join(root, 'apps/release', folder), join(broken, folder), { recursive: true });
    const template = readFileSync(join(root, 'apps/release/manifest.template.json'), 'utf8');
    writeFileSync(
      join(broken, 'manifest.template.json'),
      template.replace('"accentColor": "#0B5AA8"', '"accentColor": "blue"'),
    );
    const brokenOut = join(dir, 'broken-release');
    mkdirSync(brokenOut);
    writeFileSync(join(brokenOut, 'previous.txt'), 'the last good release');
    const attempt = assembleRelease({
      root,
      out: brokenOut,
      envFile: join(dir, 'tenant.env'),
      manifestDir: broken,
      webDir: join(dir, 'web'),
      sppkg: null,
    });
    await expect(attempt).rejects.toThrow(ManifestError);
    await expect(attempt).rejects.toThrow(/does not match its schema[\s\S]*accentColor/);
    expect(existsSync(join(brokenOut, 'previous.txt'))).toBe(true);
    expect(existsSync(join(brokenOut, 'app-server'))).toBe(false);
  });

  it('checks the .sppkg for its app manifest, a web part and the bundled script', () => {
    const good = zipSync({
      'AppManifest.xml': strToU8('<App/>'),
      'abc/WebPart_1.xml': strToU8('<Elements/>'),
      'ClientSideAssets/web-part_1.js': strToU8('0'),
    });
    expect(() => verifySppkg(good)).not.toThrow();
    const noScript = zipSync({ 'AppManifest.xml': strToU8('<App/>'), 'abc/WebPart_1.xml': strToU8('<x/>') });
    expect(() => verifySppkg(noScript)).toThrow(/ClientSideAssets/);
  });
});
