import {
  calculateJwkThumbprint,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';

/** The one signing algorithm of the local sign-in's tokens. */
const ALGORITHM = 'RS256';

/** How far in the future a token's `nbf` may lie (clock skew); `exp` gets no such leeway. */
const NOT_BEFORE_LEEWAY_SECONDS = 60;

/** An RSA key pair as JWKs (public and private). */
export interface RsaJwkPair {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

/** Why a token was refused. */
export type JwtFailure = 'malformed' | 'signature' | 'issuer' | 'expired' | 'not-yet-valid';

/** A refused token. */
export class JwtError extends Error {
  constructor(
    readonly reason: JwtFailure,
    options?: { cause?: unknown },
  ) {
    super(`JWT refused: ${reason}`, options);
    this.name = 'JwtError';
  }
}

/** Generates a 2048-bit RSA key pair for RS256; `kid` is the public key's RFC 7638 thumbprint. */
export async function generateRsaKeyPair(): Promise<RsaJwkPair> {
  const { publicKey, privateKey } = await generateKeyPair(ALGORITHM, {
    modulusLength: 2048,
    extractable: true,
  });
  const publicJwk = await exportJWK(publicKey);
  return { kid: await calculateJwkThumbprint(publicJwk), publicJwk, privateJwk: await exportJWK(privateKey) };
}

/** Imports a JWK (public or private) as an RS256 key. */
export async function rsaKeyFromJwk(jwk: JWK): Promise<CryptoKey> {
  const key = await importJWK(jwk, ALGORITHM);
  if (key instanceof Uint8Array) throw new TypeError('An RSA JWK was expected, not a symmetric key.');
  return key;
}

/** Signs claims as an RS256 JWT (header `alg`, `typ: JWT`, `kid`; the claims as given). */
export function signJwt(claims: JWTPayload, key: CryptoKey, kid: string): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: ALGORITHM, typ: 'JWT', kid }).sign(key);
}

/**
 * Refuses a token that is not a JWT at all before its signature is checked (jose reads the claims only after
 * the signature): three parts, a JSON header with `alg` RS256, a JSON object of claims.
 */
function checkForm(token: string): void {
  let alg: unknown;
  try {
    // A header that is not base64url JSON is a TypeError; claims that are not a JSON object a JWTInvalid.
    alg = decodeProtectedHeader(token).alg;
    decodeJwt(token);
  } catch (error) {
    if (error instanceof TypeError || error instanceof errors.JWTInvalid)
      throw new JwtError('malformed', { cause: error });
    throw error;
  }
  if (alg !== ALGORITHM) throw new JwtError('malformed');
}

/** Which failure a jose error of `jwtVerify` is, for a token `checkForm` found well formed. */
function failureOf(error: errors.JOSEError): JwtFailure {
  // The header and claims are well formed, so a JWSInvalid is about the signature part (not base64url).
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWSInvalid)
    return 'signature';
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'issuer';
    if (error.claim === 'exp') return 'expired';
    if (error.claim === 'nbf') return 'not-yet-valid';
  }
  return 'malformed';
}

/**
 * Verifies an RS256 JWT's signature, issuer and lifetime; returns its claims. Checked in this order, the
 * first failure deciding the reason: the token's form, the signature, the issuer, `exp` (required, strictly
 * in the future), `nbf` (at most `NOT_BEFORE_LEEWAY_SECONDS` ahead).
 */
export async function verifyJwt(token: string, key: CryptoKey, issuer: string): Promise<JWTPayload> {
  checkForm(token);
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: [ALGORITHM],
      issuer,
      requiredClaims: ['exp'],
      // jose applies one tolerance to `nbf` and `exp`; `exp` gets none, so it is checked again below.
      clockTolerance: NOT_BEFORE_LEEWAY_SECONDS,
    }));
  } catch (error) {
    if (error instanceof errors.JOSEError) throw new JwtError(failureOf(error), { cause: error });
    throw error;
  }
  if (typeof payload.exp !== 'number' || payload.exp <= Math.floor(Date.now() / 1000))
    throw new JwtError('expired');
  return payload;
}
