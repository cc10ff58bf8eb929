import { generateKeyPairSync } from 'node:crypto';
import { approvalsSettingsFromEnv, SettingsError } from './settings';

const tenant = '5c1b5e0b-8a3d-4f6e-9a61-0d2b7f4c3e21';
const complete = {
  BOT_APP_ID: 'bot-app-id',
  BOT_CLIENT_SECRET: 'secret',
  TENANT_ID: tenant,
  API_AUDIENCE: 'api://utvecklingsplan',
  APPROVAL_CARD_SECRET: 'x'.repeat(32),
  APPROVAL_SEAL_KEY: JSON.stringify({
    ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }),
    kid: 'test',
  }),
};

describe('production settings of approvals', () => {
  it('point the API at the tenant’s Entra issuer and keys and keep Microsoft’s Bot Framework keys for the bot', () => {
    const settings = approvalsSettingsFromEnv(complete);
    expect(settings.api).toEqual({
      issuer: `https://login.microsoftonline.com/${tenant}/v2.0`,
      audience: 'api://utvecklingsplan',
      jwksUri: `https://login.microsoftonline.com/${tenant}/discovery/v2.0/keys`,
    });
    expect(settings.bot).toEqual({ appId: 'bot-app-id', tenantId: tenant, clientSecret: 'secret' });
    expect(settings.bot.cloud).toBeUndefined();
    expect(settings.bot.dangerouslyAllowUnauthenticatedLocalRequests).toBeUndefined();
  });

  it('refuse to start without what authentication needs, or with the local unauthenticated switch on', () => {
    const refused = (env: Record<string, string>) => {
      try {
        approvalsSettingsFromEnv(env);
      } catch (error) {
        return error as SettingsError;
      }
      throw new Error('the settings were accepted');
    };
    const error = refused({ ...complete, TENANT_ID: 'common', APPROVAL_CARD_SECRET: 'short' });
    expect(error).toBeInstanceOf(SettingsError);
    expect(error.variables).toEqual(['TENANT_ID', 'APPROVAL_CARD_SECRET']);
    expect(error.message).toMatch(/TENANT_ID: ska vara ett GUID .* \/ must be a GUID/);
    const { API_AUDIENCE: _, ...noAudience } = complete;
    expect(refused(noAudience).message).toMatch(/API_AUDIENCE: saknas: .* \/ is missing: /);
    expect(refused({ ...complete, BOT_ALLOW_UNAUTHENTICATED_LOCAL: '1' }).variables).toEqual([
      'BOT_ALLOW_UNAUTHENTICATED_LOCAL',
    ]);
  });
});
