import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { assembleRelease, ManifestError } from '@devplan/release';

const root = resolve(__dirname, '../../..');
const CLIENT = '8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a';
/** A tenant's environment file that is right in every value. */
const good: Record<string, string> = {
  APP_VERSION: '1.2.3',
  TEAMS_APP_ID: '6f0c2a8e-3b1d-4c5e-9a7f-1d2e3f4a5b6c',
  APP_HOSTNAME: 'utvecklingsplan.example.se',
  BOT_ID: CLIENT,
  AAD_APP_CLIENT_ID: CLIENT,
  PLAN_SITE_URL: 'https://contoso.sharepoint.com/sites/utvecklingsplan',
};

/**
 * `npm run package` with a bad setting in the tenant's environment file: refused with the setting's name,
 * before anything is built or written (the last good release stays as it was).
 */
describe('the release refuses bad settings by name and writes nothing', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'release-settings-'));
    mkdirSync(join(dir, 'web/tab'), { recursive: true });
    writeFileSync(join(dir, 'web/tab/index.html'), '<!doctype html><title>Utvecklingsplanen</title>');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [
      'APP_HOSTNAME given as a URL',
      { APP_HOSTNAME: 'https://utvecklingsplan.example.se/' },
      /APP_HOSTNAME: .*not a URL/,
    ],
    ['a BOT_ID that is no GUID', { BOT_ID: 'utvecklingsplan-bot' }, /BOT_ID: .*must be a GUID/],
    [
      'a BOT_ID that is not the app registration’s id',
      { BOT_ID: '11111111-2222-4333-8444-555555555555' },
      /BOT_ID: .*is not the app registration's id/,
    ],
    [
      'a missing AAD_APP_CLIENT_ID',
      { AAD_APP_CLIENT_ID: '' },
      /AAD_APP_CLIENT_ID: saknas i miljöfilen \/ is missing/,
    ],
    ['a missing PLAN_SITE_URL', { PLAN_SITE_URL: '' }, /PLAN_SITE_URL: saknas i miljöfilen \/ is missing/],
    [
      'a plan site that is no https site URL',
      { PLAN_SITE_URL: 'contoso.sharepoint.com' },
      /PLAN_SITE_URL: .*https:\/\//,
    ],
  ])('refuses %s', async (name, values, pattern) => {
    const case_ = join(dir, name.replace(/\W+/g, '-'));
    const out = join(case_, 'release');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'previous.txt'), 'the last good release');
    const env = { ...good, ...values };
    writeFileSync(
      join(case_, 'tenant.env'),
      Object.entries(env)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n'),
    );
    const attempt = assembleRelease({
      root,
      out,
      envFile: join(case_, 'tenant.env'),
      manifestDir: join(root, 'apps/release'),
      webDir: join(dir, 'web'),
      sppkg: null,
    });
    await expect(attempt).rejects.toThrow(ManifestError);
    await expect(attempt).rejects.toThrow(/nothing was written/);
    await expect(attempt).rejects.toThrow(pattern);
    expect(readdirSync(out)).toEqual(['previous.txt']);
    expect(existsSync(join(out, 'app-server'))).toBe(false);
  });
});
