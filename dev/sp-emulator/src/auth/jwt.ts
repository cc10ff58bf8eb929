import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  sign,
  verify,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';

/** An RSA key pair as JWKs (public and private). */
export interface RsaJwkPair {
  kid: string;
  privateJwk: JsonWebKey;
  publicJwk: JsonWebKey;
}

/** Why a token was refused. */
export type JwtFailure = 'malformed' | 'signature' | 'issuer' | 'expired' | 'not-yet-valid';

/** A refused token. */
export class JwtError extends Error {
  constructor(readonly reason: JwtFailure) {
    super(`JWT refused: ${reason}`);
    this.name = 'JwtError';
  }
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** RFC 7638 thumbprint of an RSA public JWK. */
export function jwkThumbprint(jwk: JsonWebKey): string {
  const canonical = JSON.stringify({ e: jwk.e, kty: 'RSA', n: jwk.n });
  return createHash('sha256').update(canonical).digest('base64url');
}

/** Generates a 2048-bit RSA key pair for RS256. */
export function generateRsaKeyPair(): Promise<RsaJwkPair> {
  return new Promise((resolve, reject) => {
    generateKeyPair('rsa', { modulusLength: 2048 }, (error, publicKey, privateKey) => {
      if (error) {
        reject(error);
        return;
      }
      const publicJwk = publicKey.export({ format: 'jwk' });
      resolve({ kid: jwkThumbprint(publicJwk), publicJwk, privateJwk: privateKey.export({ format: 'jwk' }) });
    });
  });
}

/** Imports a private JWK. */
export function privateKeyFromJwk(jwk: JsonWebKey): KeyObject {
  return createPrivateKey({ key: jwk, format: 'jwk' });
}

/** Imports a public JWK. */
export function publicKeyFromJwk(jwk: JsonWebKey): KeyObject {
  return createPublicKey({ key: jwk, format: 'jwk' });
}

/** Signs claims as an RS256 JWT. */
export function signJwt(claims: Record<string, unknown>, key: KeyObject, kid: string): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const payload = base64url(JSON.stringify(claims));
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), key);
  return `${header}.${payload}.${base64url(signature)}`;
}

/** Verifies an RS256 JWT's signature, issuer and lifetime; returns its claims. */
export function verifyJwt(
  token: string,
  key: KeyObject,
  issuer: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3) throw new JwtError('malformed');
  const [headerText, payloadText, signatureText] = parts as [string, string, string];
  let header: { alg?: unknown };
  let claims: Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(headerText, 'base64url').toString('utf8')) as { alg?: unknown };
    claims = JSON.parse(Buffer.from(payloadText, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new JwtError('malformed');
  }
  if (header.alg !== 'RS256' || claims === null || typeof claims !== 'object')
    throw new JwtError('malformed');
  const valid = verify(
    'sha256',
    Buffer.from(`${headerText}.${payloadText}`),
    key,
    Buffer.from(signatureText, 'base64url'),
  );
  if (!valid) throw new JwtError('signature');
  if (claims.iss !== issuer) throw new JwtError('issuer');
  if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) throw new JwtError('expired');
  if (typeof claims.nbf === 'number' && claims.nbf > nowSeconds + 60) throw new JwtError('not-yet-valid');
  return claims;
}
