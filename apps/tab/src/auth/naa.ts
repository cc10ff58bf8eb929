import type { TokenProvider } from '@devplan/sharepoint';

/** Nested App Authentication could not give a token. */
export class NaaError extends Error {
  override readonly name = 'NaaError';
}

/**
 * Token providers for the tab inside Teams, by Nested App Authentication: the host (Teams) brokers the
 * sign-in, so no redirect or pop-up leaves Teams. One MSAL instance, one provider per resource: SharePoint
 * (`<tenant>.sharepoint.com/.default`) and the app server's API (`api://<client id>/access_as_user`).
 * msal-browser is loaded only here, so standalone mode never downloads it.
 */
export async function createNaaTokenProviders(options: {
  clientId: string;
  authority?: string;
  sharePointOrigin: string;
}): Promise<{ sharePoint: TokenProvider; api: TokenProvider }> {
  const { createNestablePublicClientApplication, InteractionRequiredAuthError } =
    await import('@azure/msal-browser');
  const msal = await createNestablePublicClientApplication({
    auth: {
      clientId: options.clientId,
      authority: options.authority ?? 'https://login.microsoftonline.com/organizations',
    },
  });
  const provider =
    (scopes: string[]): TokenProvider =>
    async () => {
      const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
      try {
        const result = await msal.acquireTokenSilent({ scopes, ...(account ? { account } : {}) });
        return result.accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError)) {
          throw new NaaError(error instanceof Error ? error.message : String(error));
        }
        const result = await msal.acquireTokenPopup({ scopes });
        msal.setActiveAccount(result.account);
        return result.accessToken;
      }
    };
  return {
    sharePoint: provider([`${options.sharePointOrigin}/.default`]),
    api: provider([`api://${options.clientId}/access_as_user`]),
  };
}
