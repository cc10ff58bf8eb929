import { createHash, generateKeyPairSync } from 'node:crypto';
import { decodeProtectedHeader, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { generateRsaKeyPair, JwtError, rsaKeyFromJwk, signJwt, verifyJwt, type JwtFailure } from './jwt';

const ISSUER = 'http://127.0.0.1:1/_local';
const now = () => Math.floor(Date.now() / 1000);

async function failure(verifying: Promise<unknown>): Promise<JwtFailure> {
  try {
    await verifying;
  } catch (error) {
    if (error instanceof JwtError) return error.reason;
    throw error;
  }
  throw new Error('the token was accepted');
}

describe('the emulator’s RS256 tokens', () => {
  let privateKey: CryptoKey;
  let publicKey: CryptoKey;
  let kid: string;
  const claims = (overrides: JWTPayload = {}): JWTPayload => ({
    oid: 'o1',
    iss: ISSUER,
    aud: 'http://127.0.0.1:1',
    iat: now(),
    nbf: now() - 5,
    exp: now() + 3600,
    ...overrides,
  });
  const sign = (payload: JWTPayload) => signJwt(payload, privateKey, kid);

  beforeAll(async () => {
    const pair = await generateRsaKeyPair();
    kid = pair.kid;
    privateKey = await rsaKeyFromJwk(pair.privateJwk);
    publicKey = await rsaKeyFromJwk(pair.publicJwk);
  });

  it('signs with an RS256 header naming the key, and verifies to the same claims', async () => {
    const payload = claims();
    const token = await sign(payload);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'RS256', typ: 'JWT', kid });
    await expect(verifyJwt(token, publicKey, ISSUER)).resolves.toEqual(payload);
  });

  it('reads a key pair stored by the earlier node:crypto implementation, with the same key id', async () => {
    const { publicKey: pub, privateKey: priv } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const publicJwk = pub.export({ format: 'jwk' });
    const storedKid = createHash('sha256')
      .update(JSON.stringify({ e: publicJwk.e, kty: 'RSA', n: publicJwk.n }))
      .digest('base64url');
    const token = await signJwt(claims(), await rsaKeyFromJwk(priv.export({ format: 'jwk' })), storedKid);
    await expect(verifyJwt(token, await rsaKeyFromJwk(publicJwk), ISSUER)).resolves.toMatchObject({
      oid: 'o1',
    });
    const { kid: generatedKid, publicJwk: generated } = await generateRsaKeyPair();
    expect(generatedKid).toBe(
      createHash('sha256')
        .update(JSON.stringify({ e: generated.e, kty: 'RSA', n: generated.n }))
        .digest('base64url'),
    );
  });

  it.each([
    ['a string that is no JWT', 'not.a.token'],
    ['a token of two parts', 'abc.def'],
    ['a token whose claims are not JSON (before its wrong signature)', 'eyJhbGciOiJSUzI1NiJ9.bm9wZQ.c2ln'],
  ])('refuses %s as malformed', async (_label, token) => {
    expect(await failure(verifyJwt(token, publicKey, ISSUER))).toBe('malformed');
  });

  it('refuses a token of another algorithm as malformed', async () => {
    const hs256 = await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256' }).sign(new Uint8Array(32));
    expect(await failure(verifyJwt(hs256, publicKey, ISSUER))).toBe('malformed');
  });

  it('refuses a token signed with another key, or with a garbled signature, as a signature failure', async () => {
    const other = await generateRsaKeyPair();
    const foreign = await signJwt(claims(), await rsaKeyFromJwk(other.privateJwk), other.kid);
    expect(await failure(verifyJwt(foreign, publicKey, ISSUER))).toBe('signature');
    const [header, payload] = (await sign(claims())).split('.');
    expect(await failure(verifyJwt(`${header}.${payload}.!!`, publicKey, ISSUER))).toBe('signature');
  });

  it('refuses another or no issuer', async () => {
    expect(await failure(verifyJwt(await sign(claims({ iss: 'x' })), publicKey, ISSUER))).toBe('issuer');
    const { iss: _iss, ...withoutIssuer } = claims();
    expect(await failure(verifyJwt(await sign(withoutIssuer), publicKey, ISSUER))).toBe('issuer');
  });

  it('refuses a token that has expired, even by a second, or has no expiry', async () => {
    expect(await failure(verifyJwt(await sign(claims({ exp: now() - 120 })), publicKey, ISSUER))).toBe(
      'expired',
    );
    expect(await failure(verifyJwt(await sign(claims({ exp: now() })), publicKey, ISSUER))).toBe('expired');
    const { exp: _exp, ...withoutExpiry } = claims();
    expect(await failure(verifyJwt(await sign(withoutExpiry), publicKey, ISSUER))).toBe('expired');
  });

  it('accepts a not-before up to a minute ahead, and refuses one further ahead', async () => {
    await expect(verifyJwt(await sign(claims({ nbf: now() + 30 })), publicKey, ISSUER)).resolves.toBeTruthy();
    expect(await failure(verifyJwt(await sign(claims({ nbf: now() + 120 })), publicKey, ISSUER))).toBe(
      'not-yet-valid',
    );
  });
});
