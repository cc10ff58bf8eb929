import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, jwtVerify, SignJWT, decodeProtectedHeader, type JWK } from 'jose';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/** Microsoft's sign-in host, as the production code addresses it. */
export const ENTRA = 'https://login.microsoftonline.com';

/** The app's certificate as the test makes it: a private key and the thumbprint Entra would know it by. */
export interface TestCertificate {
  privateKeyPem: string;
  publicKey: KeyObject;
  thumbprintSha256: string;
}

/** A fresh RSA key standing in for the app's certificate (Entra only checks the key and the thumbprint). */
export function makeCertificate(): TestCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey,
    thumbprintSha256: createHash('sha256').update(der).digest('hex'),
  };
}

/** One client-credentials request the local Entra accepted or refused. */
export interface TokenRequestRecord {
  scope: string;
  clientId: string;
  accepted: boolean;
  reason?: string;
  assertionAlg?: string;
}

/** The local Entra ID: token endpoint checking certificate assertions, the API's signing keys, discovery. */
export interface LocalEntra {
  origin: string;
  tenantId: string;
  clientId: string;
  /** Token requests seen. */
  requests: TokenRequestRecord[];
  /** MSAL's HTTP client: requests to login.microsoftonline.com go to this server instead. */
  networkClient: INetworkModule;
  /** The API keys' JWKS address (stands in for `<tenant>/discovery/v2.0/keys`). */
  jwksUri: string;
  /** Signs an API token as Entra would (v2: issuer of the tenant, `aud` the API's client id). */
  apiToken(
    claims: Record<string, unknown>,
    options?: { audience?: string; issuer?: string; foreignKey?: boolean },
  ): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts a local stand-in for Entra ID on loopback HTTP. Its token endpoint verifies the client assertion
 * MSAL signs with the certificate (signature with the certificate's public key, `x5t#S256` = thumbprint,
 * audience = token endpoint, issuer = subject = client id) and answers with `issue(scope)`.
 */
export async function startLocalEntra(options: {
  tenantId: string;
  clientId: string;
  certificate: TestCertificate;
  issue: (scope: string) => Promise<string>;
}): Promise<LocalEntra> {
  const { tenantId, clientId, certificate } = options;
  const apiKeys = await generateKeyPair('RS256');
  const foreignKeys = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(apiKeys.publicKey)), kid: 'api-key', alg: 'RS256', use: 'sig' };
  const requests: TokenRequestRecord[] = [];
  const tokenEndpoint = `${ENTRA}/${tenantId}/oauth2/v2.0/token`;
  const thumbprintB64 = Buffer.from(certificate.thumbprintSha256, 'hex').toString('base64url');

  const openId = {
    token_endpoint: tokenEndpoint,
    issuer: `${ENTRA}/${tenantId}/v2.0`,
    authorization_endpoint: `${ENTRA}/${tenantId}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${ENTRA}/${tenantId}/oauth2/v2.0/logout`,
    jwks_uri: `${ENTRA}/${tenantId}/discovery/v2.0/keys`,
  };
  const instance = {
    tenant_discovery_endpoint: `${ENTRA}/${tenantId}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [
      {
        preferred_network: 'login.microsoftonline.com',
        preferred_cache: 'login.windows.net',
        aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com'],
      },
    ],
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.method === 'GET' && url.pathname === `/${tenantId}/discovery/v2.0/keys`)
      return send(200, { keys: [jwk] });
    if (req.method === 'GET' && url.pathname.endsWith('/.well-known/openid-configuration'))
      return send(200, openId);
    if (req.method === 'GET' && url.pathname.endsWith('/discovery/instance')) return send(200, instance);
    if (req.method === 'POST' && url.pathname === `/${tenantId}/oauth2/v2.0/token`) {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        const scope = (form.get('scope') ?? '').split(' ').find((s) => s.endsWith('/.default')) ?? '';
        const record: TokenRequestRecord = { scope, clientId: form.get('client_id') ?? '', accepted: false };
        requests.push(record);
        const refuse = (reason: string) => {
          record.reason = reason;
          send(401, { error: 'invalid_client', error_description: reason });
        };
        const assertion = form.get('client_assertion') ?? '';
        if (form.get('grant_type') !== 'client_credentials') return refuse('not client credentials');
        if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
          return refuse('no certificate assertion');
        let header: ReturnType<typeof decodeProtectedHeader>;
        try {
          header = decodeProtectedHeader(assertion);
        } catch {
          return refuse('assertion is not a JWT');
        }
        record.assertionAlg = String(header.alg);
        if (header['x5t#S256'] !== thumbprintB64) return refuse('unknown certificate thumbprint');
        // Entra allows clock skew (MSAL rounds "now", so nbf may be half a second ahead).
        jwtVerify(assertion, certificate.publicKey, {
          audience: tokenEndpoint,
          issuer: clientId,
          subject: clientId,
          clockTolerance: 300,
        })
          .then(() => options.issue(scope))
          .then(
            (token) => {
              record.accepted = true;
              send(200, {
                token_type: 'Bearer',
                expires_in: 3599,
                ext_expires_in: 3599,
                access_token: token,
              });
            },
            (error: unknown) => refuse(`assertion refused: ${(error as Error).message}`),
          );
      });
      return;
    }
    send(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const forward = async <T>(
    method: string,
    url: string,
    o?: NetworkRequestOptions,
  ): Promise<NetworkResponse<T>> => {
    const target = url.startsWith(ENTRA) ? origin + url.slice(ENTRA.length) : url;
    if (!target.startsWith(origin)) throw new Error(`The test network refuses ${url}`);
    const response = await fetch(target, {
      method,
      ...(o?.headers ? { headers: o.headers } : {}),
      ...(o?.body ? { body: o.body } : {}),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((v, k) => (headers[k] = v));
    return { status: response.status, headers, body: (await response.json()) as T };
  };

  return {
    origin,
    tenantId,
    clientId,
    requests,
    networkClient: {
      sendGetRequestAsync: (url, o) => forward('GET', url, o),
      sendPostRequestAsync: (url, o) => forward('POST', url, o),
    },
    jwksUri: `${origin}/${tenantId}/discovery/v2.0/keys`,
    apiToken: (claims, o = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'api-key', typ: 'JWT' })
        .setIssuer(o.issuer ?? `${ENTRA}/${tenantId}/v2.0`)
        .setAudience(o.audience ?? clientId)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(o.foreignKey ? foreignKeys.privateKey : apiKeys.privateKey),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
