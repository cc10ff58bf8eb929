import { readFile } from 'node:fs/promises';
import { PublicClientApplication } from '@azure/msal-node';
import type { TokenProvider } from '@devplan/sharepoint';
import { certificateTokenProvider } from '@devplan/server/auth';
import type { SignIn } from './args.js';

/**
 * A SharePoint token provider for the chosen sign-in: app-only with a certificate (the production path,
 * `Sites.Selected`), a site owner by device code, or the local emulator's app token.
 */
export async function tokenProviderFor(
  signIn: SignIn,
  siteUrl: string,
  say: (line: string) => void,
): Promise<TokenProvider> {
  const resource = new URL(siteUrl).origin;
  const scopes = [`${resource}/.default`];
  switch (signIn.kind) {
    case 'local':
      return async () => {
        const response = await fetch(`${resource}/_local/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ user: 'app' }),
        });
        if (!response.ok)
          throw new Error(`The local sign-in answered ${response.status}: ${await response.text()}`);
        return ((await response.json()) as { access_token: string }).access_token;
      };
    case 'certificate': {
      const privateKey = await readFile(signIn.certificatePath, 'utf8');
      return certificateTokenProvider(
        {
          tenantId: signIn.tenantId,
          clientId: signIn.clientId,
          privateKey,
          thumbprintSha256: signIn.thumbprint,
        },
        scopes,
      );
    }
    case 'deviceCode': {
      const app = new PublicClientApplication({
        auth: {
          clientId: signIn.clientId,
          authority: `https://login.microsoftonline.com/${signIn.tenantId}`,
        },
      });
      const result = await app.acquireTokenByDeviceCode({
        scopes,
        deviceCodeCallback: (r) => say(r.message),
      });
      if (!result?.accessToken) throw new Error('Entra ID gave no access token.');
      const token = result.accessToken;
      return async () => token;
    }
  }
}
