import { ConfidentialClientApplication, type INetworkModule } from '@azure/msal-node';

/** The app's Entra registration and its certificate (app-only sign-in, e.g. `Sites.Selected`). */
export interface CertificateCredentials {
  tenantId: string;
  clientId: string;
  /** The PEM private key (`-----BEGIN PRIVATE KEY-----`). */
  privateKey: string;
  /** The certificate's SHA-256 thumbprint, 64 hex characters. */
  thumbprintSha256: string;
  /** Optional public certificate chain (PEM) sent as `x5c` (subject name/issuer authentication). */
  x5c?: string;
  /** Entra's sign-in host; `https://login.microsoftonline.com` unless a national cloud is used. */
  authorityHost?: string;
}

/** Test seams of the certificate sign-in; the production entry point never sets them. */
export interface CertificateTestSeams {
  /** MSAL's HTTP client (a test answers the token request itself). */
  networkClient?: INetworkModule;
  /** OpenID metadata of the authority, so MSAL asks nothing before the token request. */
  authorityMetadata?: string;
  cloudDiscoveryMetadata?: string;
}

/** Entra ID answered without an access token. */
export class CertificateSignInError extends Error {
  override readonly name = 'CertificateSignInError';
}

/**
 * A token provider for one resource (`scopes`, e.g. `https://<tenant>.sharepoint.com/.default`) through the
 * client-credentials flow with a certificate (`@azure/msal-node`, `clientCertificate`). MSAL caches tokens
 * and renews them before they expire.
 */
export function certificateTokenProvider(
  credentials: CertificateCredentials,
  scopes: string[],
  seams: CertificateTestSeams = {},
): () => Promise<string> {
  const authority = `${(credentials.authorityHost ?? 'https://login.microsoftonline.com').replace(/\/$/, '')}/${credentials.tenantId}`;
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: credentials.clientId,
      authority,
      clientCertificate: {
        thumbprintSha256: credentials.thumbprintSha256,
        privateKey: credentials.privateKey,
        ...(credentials.x5c ? { x5c: credentials.x5c } : {}),
      },
      ...(seams.authorityMetadata ? { authorityMetadata: seams.authorityMetadata } : {}),
      ...(seams.cloudDiscoveryMetadata ? { cloudDiscoveryMetadata: seams.cloudDiscoveryMetadata } : {}),
    },
    ...(seams.networkClient ? { system: { networkClient: seams.networkClient } } : {}),
  });
  return async () => {
    const result = await app.acquireTokenByClientCredential({ scopes });
    if (!result?.accessToken)
      throw new CertificateSignInError(`Entra ID gave no access token for ${scopes.join(' ')}.`);
    return result.accessToken;
  };
}
