import type { SealPrivateKey } from '@devplan/core';
import type { EntraValidationSettings } from '../auth/entra.js';
import type { BotSettings } from '../bot/bot.js';
import { EnvReader, isGuid, SettingsError } from '../server/env.js';

export { SettingsError };

/** Production settings of approvals, read from the environment. */
export interface ApprovalsProductionSettings {
  bot: BotSettings;
  api: EntraValidationSettings;
  cardSecret: string;
  /** The private seal key (ECDSA P-256 JWK with `kid`), from `APPROVAL_SEAL_KEY`. */
  sealKey: SealPrivateKey;
}

/** Entra ID's sign-in host (the public cloud). */
export const ENTRA_HOST = 'https://login.microsoftonline.com';

/**
 * Reads the approvals settings into `reader` (problems are collected there): the bot's Entra app
 * (`BOT_APP_ID`, `BOT_CLIENT_SECRET` or a managed identity, `TENANT_ID`), the API's expected audience
 * (`API_AUDIENCE`: the API's client id, which Entra v2 tokens carry as `aud`, or a comma-separated list), and
 * the card signing key (`APPROVAL_CARD_SECRET`, at least 32 characters). The bot validates Bot Framework
 * tokens against Microsoft's published keys; the API validates Entra v2 tokens of the tenant.
 * `BOT_ALLOW_UNAUTHENTICATED_LOCAL` is refused: unauthenticated mode exists only in the local stack.
 */
export function readApprovalsSettings(
  reader: EnvReader,
  entraHost = ENTRA_HOST,
): ApprovalsProductionSettings {
  const appId = reader.required('BOT_APP_ID', {
    sv: 'botens app-id (Entra-appregistreringens klient-id)',
    en: 'the bot’s app id (the Entra app registration’s client id)',
  });
  const tenantId = reader.required(
    'TENANT_ID',
    { sv: 'organisationens klientorganisations-id (GUID)', en: 'the tenant id (GUID)' },
    isGuid,
  );
  const audience = reader.required('API_AUDIENCE', {
    sv: 'API:ets målgrupp: appens klient-id, eller flera åtskilda med komma',
    en: 'the API’s audience: the app’s client id, or several separated by commas',
  });
  const cardSecret = reader.required(
    'APPROVAL_CARD_SECRET',
    {
      sv: 'minst 32 slumpmässiga tecken som signerar godkännandekortens data',
      en: 'at least 32 random characters that sign the approval cards’ data',
    },
    (v) =>
      v.length >= 32
        ? null
        : {
            sv: `ska vara minst 32 tecken (är ${v.length})`,
            en: `must be at least 32 characters (is ${v.length})`,
          },
  );
  const sealKeyText = reader.required(
    'APPROVAL_SEAL_KEY',
    {
      sv: 'den privata nyckeln (ECDSA P-256 som JWK med kid) som förseglar beslut och publiceringar',
      en: 'the private key (ECDSA P-256 as a JWK with kid) that seals decisions and publications',
    },
    (v) => (parseSealKey(v) ? null : { sv: 'är inte en sådan JWK', en: 'is not such a JWK' }),
  );
  reader.forbid('BOT_ALLOW_UNAUTHENTICATED_LOCAL', {
    sv: 'är bara till för lokal utveckling och får inte sättas i produktion',
    en: 'is for local development only and must not be set in production',
  });
  const clientSecret = reader.raw('BOT_CLIENT_SECRET');
  const audiences = audience
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  return {
    bot: { appId, tenantId, ...(clientSecret ? { clientSecret } : {}) },
    api: {
      issuer: `${entraHost}/${tenantId}/v2.0`,
      audience: audiences.length === 1 ? audiences[0]! : audiences,
      jwksUri: `${entraHost}/${tenantId}/discovery/v2.0/keys`,
    },
    cardSecret,
    sealKey: parseSealKey(sealKeyText) ?? { kid: '', kty: '', crv: '', x: '', y: '', d: '' },
  };
}

/** A private ECDSA P-256 JWK with a key id, or null. */
export function parseSealKey(text: string): SealPrivateKey | null {
  try {
    const key = JSON.parse(text) as Partial<SealPrivateKey>;
    const ok =
      key.kty === 'EC' && key.crv === 'P-256' && typeof key.d === 'string' && typeof key.kid === 'string';
    return ok ? (key as SealPrivateKey) : null;
  } catch {
    return null;
  }
}

/** Reads only the approvals settings from the environment; throws a `SettingsError` naming every problem. */
export function approvalsSettingsFromEnv(
  env: Record<string, string | undefined> = process.env,
): ApprovalsProductionSettings {
  const reader = new EnvReader(env);
  const settings = readApprovalsSettings(reader);
  reader.assertValid();
  return settings;
}
