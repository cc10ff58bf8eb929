/** What the app server tells browser pages in `/config.json`. */
export interface TabServerConfig {
  siteUrl: string;
  /** The local development sign-in (standalone mode); absent in production. */
  signIn?: { tokenEndpoint: string; usersEndpoint: string };
  /** Audience of the app server's API tokens in standalone mode (the local sign-in issues them). */
  apiAudience?: string;
  /** Nested App Authentication in Teams: the Entra app's client id (and optional authority). */
  naa?: { clientId: string; authority?: string };
}

/** A failure reading the server's configuration. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads `/config.json` from the app server. */
export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<TabServerConfig> {
  const response = await fetchImpl('/config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new ConfigError(`/config.json: HTTP ${response.status}`);
  const body = (await response.json()) as TabServerConfig;
  if (typeof body.siteUrl !== 'string') throw new ConfigError('/config.json: siteUrl is missing');
  return body;
}
