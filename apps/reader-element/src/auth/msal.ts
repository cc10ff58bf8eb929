import type { TokenProvider } from '@devplan/sharepoint/reader';
import type { ReaderAuth } from './types.js';

/** An account MSAL knows (only what the element passes around). */
export interface MsalAccount {
  homeAccountId: string;
  username?: string;
}

/** What a sign-in gives back. */
export interface MsalResult {
  accessToken: string;
  account: MsalAccount | null;
}

/** The part of an MSAL public client application the element uses (a fake in the unit tests). */
export interface MsalClient {
  getActiveAccount(): MsalAccount | null;
  getAllAccounts(): MsalAccount[];
  setActiveAccount(account: MsalAccount | null): void;
  acquireTokenSilent(request: { scopes: string[]; account: MsalAccount }): Promise<MsalResult>;
  ssoSilent(request: { scopes: string[] }): Promise<MsalResult>;
  loginPopup(request: { scopes: string[] }): Promise<MsalResult>;
  acquireTokenPopup(request: { scopes: string[]; account?: MsalAccount }): Promise<MsalResult>;
}

/** MSAL could not give a token, for a reason other than needing the person's interaction. */
export class MsalSignInError extends Error {
  override readonly name = 'MsalSignInError';
}

/**
 * The reader's sign-in over an MSAL client: silently first (the active or a cached account with
 * `acquireTokenSilent`, else `ssoSilent` with the Entra ID session the intranet already has); when MSAL says
 * interaction is needed, the element shows a sign-in button whose click opens `loginPopup`. The token provider
 * renews silently and falls back to a pop-up only when the session has ended. `needsInteraction` tells MSAL's
 * "interaction required" and browser failures (blocked frame, no session) from real errors.
 */
export function msalReaderAuth(
  msal: MsalClient,
  scopes: string[],
  needsInteraction: (error: unknown) => boolean,
): ReaderAuth {
  const remember = (result: MsalResult): void => {
    if (result.account) msal.setActiveAccount(result.account);
  };
  const tokens: TokenProvider = async () => {
    const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
    if (!account) throw new MsalSignInError('Not signed in.');
    try {
      return (await msal.acquireTokenSilent({ scopes, account })).accessToken;
    } catch (error) {
      if (!needsInteraction(error)) throw error;
      const result = await msal.acquireTokenPopup({ scopes, account });
      remember(result);
      return result.accessToken;
    }
  };
  return {
    async silent() {
      const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
      try {
        const result = account
          ? await msal.acquireTokenSilent({ scopes, account })
          : await msal.ssoSilent({ scopes });
        remember(result);
        return tokens;
      } catch (error) {
        if (needsInteraction(error)) return null;
        throw error;
      }
    },
    async interactive() {
      remember(await msal.loginPopup({ scopes }));
      return tokens;
    },
  };
}

/** What MSAL needs to know of the city's app registration. */
export interface MsalSettings {
  clientId: string;
  authority: string;
  redirectUri: string;
  scopes: string[];
}

/**
 * The reader's MSAL sign-in in production: `@azure/msal-browser` is loaded only here (a chunk on demand, so
 * the local stack and the first paint never load it), one standard public client application per element
 * start, its cache in localStorage so a second page or tab signs in silently.
 */
export async function createMsalAuth(settings: MsalSettings): Promise<ReaderAuth> {
  const { createStandardPublicClientApplication, InteractionRequiredAuthError, BrowserAuthError } =
    await import('@azure/msal-browser');
  const msal = await createStandardPublicClientApplication({
    auth: { clientId: settings.clientId, authority: settings.authority, redirectUri: settings.redirectUri },
    cache: { cacheLocation: 'localStorage' },
  });
  return msalReaderAuth(
    msal as unknown as MsalClient,
    settings.scopes,
    (error) => error instanceof InteractionRequiredAuthError || error instanceof BrowserAuthError,
  );
}
