import type { TokenProvider } from '@devplan/sharepoint/reader';
import type { ReaderAuth } from './types.js';

/** The local development sign-in refused or could not be reached. */
export class LocalSignInError extends Error {
  override readonly name = 'LocalSignInError';
}

/** Renew a token this long before it expires. */
const RENEW_BEFORE_MS = 60_000;

/**
 * Bearer tokens from the local emulator's sign-in (`POST /_local/token {user}`) for one demo user: one request
 * at a time, the token kept until a minute before it expires, a failed request asked again next time.
 */
export function localTokens(
  tokenEndpoint: string,
  user: string,
  fetchImpl: typeof fetch = fetch,
  now: () => number = Date.now,
): TokenProvider {
  let kept: { token: string; until: number } | null = null;
  let asking: Promise<string> | null = null;
  const ask = async (): Promise<string> => {
    const response = await fetchImpl(tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user }),
    });
    if (!response.ok) throw new LocalSignInError(`${tokenEndpoint}: HTTP ${response.status}`);
    const body = (await response.json()) as { access_token?: string; expires_in?: number };
    if (!body.access_token) throw new LocalSignInError(`${tokenEndpoint}: no access_token`);
    kept = { token: body.access_token, until: now() + (body.expires_in ?? 3600) * 1000 - RENEW_BEFORE_MS };
    return body.access_token;
  };
  return () => {
    if (kept && kept.until > now()) return Promise.resolve(kept.token);
    asking ??= ask().finally(() => {
      asking = null;
    });
    return asking;
  };
}

/** The local stack's sign-in as one demo user: no interaction, the first token proves it works. */
export function localAuth(tokens: TokenProvider): ReaderAuth {
  const signIn = async (): Promise<TokenProvider> => {
    await tokens();
    return tokens;
  };
  return { silent: signIn, interactive: signIn };
}
