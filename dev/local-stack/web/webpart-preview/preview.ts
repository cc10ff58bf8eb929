import { localeFrom } from '@devplan/core/i18n';
import type { Locale } from '@devplan/core/domain';

/** What `/config.json` of the local app server tells a browser page. */
export interface PreviewConfig {
  siteUrl: string;
  signIn?: { tokenEndpoint: string; usersEndpoint: string };
}

/** The local sign-in did not give a token (the emulator is not running, or refused the user). */
export class PreviewSignInError extends Error {
  override readonly name = 'PreviewSignInError';
}

/** The demo user the preview reads as: an intranet reader (visitor), never a member. */
export const PREVIEW_USER = 'reader';

/** The preview's language: `?lang=en` or `?lang=sv`; Swedish (the intranet's default) otherwise. */
export function previewLocale(search: string): Locale {
  return localeFrom(new URLSearchParams(search).get('lang') ?? 'sv');
}

/** Reads the app server's `/config.json`. */
export async function loadConfig(): Promise<PreviewConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new PreviewSignInError(`/config.json: ${response.status}`);
  return (await response.json()) as PreviewConfig;
}

/**
 * A token provider for the local emulator's sign-in as `user`, asking once and reusing the token (a failed
 * sign-in is asked again next time).
 */
export function emulatorTokens(tokenEndpoint: string, user: string): () => Promise<string> {
  let pending: Promise<string> | null = null;
  const ask = async () => {
    const response = await fetch(tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user }),
    });
    if (!response.ok) throw new PreviewSignInError(`${tokenEndpoint}: ${response.status}`);
    const body = (await response.json()) as { access_token?: string };
    if (!body.access_token) throw new PreviewSignInError(`${tokenEndpoint}: no access_token`);
    return body.access_token;
  };
  return () => {
    pending ??= ask().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
