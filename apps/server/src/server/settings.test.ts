import { generateKeyPairSync } from 'node:crypto';
import { SettingsError } from './env';
import { productionSettingsFromEnv, PRODUCTION_VARIABLES, settingsExample } from './settings';

const CLIENT = '8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a';
const TENANT = '5c1b5e0b-8a3d-4f6e-9a61-0d2b7f4c3e21';
const KEY = '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n';
const complete: Record<string, string> = {
  SHAREPOINT_SITE_URL: 'https://contoso.sharepoint.com/sites/utvecklingsplan/',
  TENANT_ID: TENANT,
  BOT_APP_ID: CLIENT,
  API_AUDIENCE: CLIENT,
  APPROVAL_CARD_SECRET: 'k'.repeat(32),
  APPROVAL_SEAL_KEY: JSON.stringify({
    ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }),
    kid: 'test',
  }),
  CERTIFICATE_PRIVATE_KEY_FILE: '/secrets/app.key.pem',
  CERTIFICATE_THUMBPRINT: 'AB:'.repeat(31) + 'AB',
};
const files = { readFile: (path: string) => (path === '/secrets/app.key.pem' ? KEY : '') };

function refused(env: Record<string, string>): SettingsError {
  try {
    productionSettingsFromEnv(env, files);
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error('the settings were accepted');
}

describe('the production settings', () => {
  it('read a complete environment with the defaults filled in', () => {
    const settings = productionSettingsFromEnv(complete, {
      ...files,
      defaultWebDirs: ['/nope'],
      exists: () => false,
    });
    expect(settings).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      siteUrl: 'https://contoso.sharepoint.com/sites/utvecklingsplan',
      naaClientId: CLIENT,
      webDir: null,
      sweepSeconds: 300,
      channelSummaries: true,
      policy: { remindAfterDays: 3, escalateAfterDays: 6, ownerReminderDaysBefore: 7 },
      certificate: { tenantId: TENANT, clientId: CLIENT, privateKey: KEY, thumbprintSha256: 'ab'.repeat(32) },
    });
    expect(settings.approvals.api).toEqual({
      issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
      audience: CLIENT,
      jwksUri: `https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`,
    });
  });

  it('take the key itself from CERTIFICATE_PRIVATE_KEY, with \\n escapes, but not together with the file', () => {
    const { CERTIFICATE_PRIVATE_KEY_FILE: _file, ...noFile } = complete;
    const inline = { ...noFile, CERTIFICATE_PRIVATE_KEY: KEY.replace(/\n/g, '\\n') };
    expect(productionSettingsFromEnv(inline, files).certificate.privateKey).toBe(KEY);
    expect(refused({ ...complete, CERTIFICATE_PRIVATE_KEY: KEY }).variables).toEqual([
      'CERTIFICATE_PRIVATE_KEY_FILE',
    ]);
    expect(refused({ ...noFile, CERTIFICATE_PRIVATE_KEY: 'not a key' }).message).toMatch(/PEM/);
  });

  it('name every bad value at once, in Swedish and English', () => {
    const error = refused({
      ...complete,
      PORT: 'eighty',
      BOT_APP_ID: 'my-bot',
      APPROVAL_CHANNEL_SUMMARY: 'maybe',
      WEB_DIR: '/does/not/exist',
    });
    expect(error.variables).toEqual(['BOT_APP_ID', 'PORT', 'WEB_DIR', 'APPROVAL_CHANNEL_SUMMARY']);
    expect(error.message).toMatch(
      /PORT: ska vara ett heltal 0–65535 \(är "eighty"\) \/ must be a whole number/,
    );
    expect(error.problems.every((p) => p.sv && p.en)).toBe(true);
  });

  it('refuse an escalation that would come before the reminder', () => {
    expect(
      refused({ ...complete, APPROVAL_REMIND_AFTER_DAYS: '5', APPROVAL_ESCALATE_AFTER_DAYS: '5' }).variables,
    ).toEqual(['APPROVAL_ESCALATE_AFTER_DAYS']);
  });

  it('list every variable in the example settings file, the required ones uncommented', () => {
    const example = settingsExample();
    for (const v of PRODUCTION_VARIABLES)
      expect(example).toMatch(new RegExp(`^${v.required ? '' : '# '}${v.name}=$`, 'm'));
  });
});
