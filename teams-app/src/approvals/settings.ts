import type { EntraValidationSettings } from '../auth/entra.js';
import type { BotSettings } from '../bot/bot.js';

/** A required production setting is missing or unsafe; the server must not start. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  constructor(readonly variables: string[]) {
    super(`Missing or invalid settings: ${variables.join(', ')}`);
  }
}

/** Production settings of approvals, read from the environment. */
export interface ApprovalsProductionSettings {
  bot: BotSettings;
  api: EntraValidationSettings;
  cardSecret: string;
}

/**
 * Reads the production settings: the bot's Entra app (`BOT_APP_ID`, `BOT_CLIENT_SECRET` or a managed
 * identity, `TENANT_ID`), the API's expected audience (`API_AUDIENCE`, e.g. `api://utvecklingsplan`), and the
 * card signing key (`APPROVAL_CARD_SECRET`, at least 32 characters). The bot validates Bot Framework tokens
 * against Microsoft's published keys; the API validates Entra v2 tokens of the tenant. Unauthenticated mode
 * cannot be switched on from here: it exists only in the local stack behind its own setting.
 */
export function approvalsSettingsFromEnv(
  env: Record<string, string | undefined> = process.env,
): ApprovalsProductionSettings {
  const missing: string[] = [];
  const need = (name: string, ok: (v: string) => boolean = (v) => v.length > 0) => {
    const value = env[name]?.trim() ?? '';
    if (!ok(value)) missing.push(name);
    return value;
  };
  const appId = need('BOT_APP_ID');
  const tenantId = need('TENANT_ID', (v) => /^[0-9a-f-]{36}$/i.test(v));
  const audience = need('API_AUDIENCE');
  const cardSecret = need('APPROVAL_CARD_SECRET', (v) => v.length >= 32);
  if (env['BOT_ALLOW_UNAUTHENTICATED_LOCAL'] === '1')
    missing.push('BOT_ALLOW_UNAUTHENTICATED_LOCAL (not allowed in production)');
  if (missing.length) throw new SettingsError(missing);
  const clientSecret = env['BOT_CLIENT_SECRET']?.trim();
  return {
    bot: { appId, tenantId, ...(clientSecret ? { clientSecret } : {}) },
    api: {
      issuer: `https://login.microsoftonline.com/${tenantId}/v2.0`,
      audience,
      jwksUri: `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`,
    },
    cardSecret,
  };
}
