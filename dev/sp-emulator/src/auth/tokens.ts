import type { CryptoKey, JWK } from 'jose';
import { generateRsaKeyPair, JwtError, rsaKeyFromJwk, signJwt, verifyJwt, type RsaJwkPair } from './jwt.js';
import {
  APP_CLIENT_ID,
  directoryUsers,
  findDemoUser,
  TENANT_ID,
  type DemoUser,
} from '../directory/demo-users.js';
import { BadRequestError, UnauthorizedError } from '../errors/sp-errors.js';
import type { MetaRepo } from '../storage/meta-repo.js';

/** Lifetime of issued tokens, in seconds. */
export const TOKEN_LIFETIME_SECONDS = 3600;

/** The answer of the local token endpoint. */
export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

const SIGNING_KEY = 'signing_key';

/** Issues and verifies the local development sign-in's RS256 tokens (key pair kept in the database). */
export class TokenService {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly publicKey: CryptoKey,
    /** Public key as a JWK (with `kid`, `alg`, `use`). */
    readonly publicJwk: JWK & { kid: string },
    /** `iss` of every token (`<origin>/_local`). */
    readonly issuer: string,
    /** The default audience (the emulator's origin). */
    readonly audience: string,
    private readonly acceptedAudiences: ReadonlySet<string>,
  ) {}

  /** Loads the database's key pair (generating and storing it the first time). */
  static async create(
    meta: MetaRepo,
    origin: string,
    acceptedAudiences: readonly string[],
  ): Promise<TokenService> {
    let stored = meta.get(SIGNING_KEY);
    if (!stored) {
      const value: RsaJwkPair = await generateRsaKeyPair();
      stored = JSON.stringify(value);
      meta.set(SIGNING_KEY, stored);
    }
    const key = JSON.parse(stored) as RsaJwkPair;
    const privateKey = await rsaKeyFromJwk(key.privateJwk);
    const publicKey = await rsaKeyFromJwk(key.publicJwk);
    const publicJwk = { ...key.publicJwk, kid: key.kid, alg: 'RS256', use: 'sig' };
    return new TokenService(
      privateKey,
      publicKey,
      publicJwk,
      `${origin}/_local`,
      origin,
      new Set(acceptedAudiences),
    );
  }

  /** Signs a token for a demo user (key or UPN); `expiresIn` may be shortened (even negative) for tests. */
  async issue(
    userKeyOrUpn: string,
    audience?: string,
    expiresIn = TOKEN_LIFETIME_SECONDS,
  ): Promise<TokenResponse> {
    const user = findDemoUser(userKeyOrUpn);
    if (!user) {
      throw new BadRequestError(
        `Unknown user '${userKeyOrUpn}'. Use one of: ${directoryUsers()
          .map((u) => u.key)
          .join(', ')} (or their UPN).`,
      );
    }
    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = { oid: user.oid, tid: TENANT_ID, name: user.displayName };
    if (user.role === 'app') {
      Object.assign(claims, {
        appid: user.appId ?? APP_CLIENT_ID,
        app_displayname: user.displayName,
        idtyp: 'app',
        roles: ['Sites.Selected'],
      });
    } else {
      Object.assign(claims, {
        appid: APP_CLIENT_ID,
        upn: user.upn,
        unique_name: user.upn,
        preferred_username: user.upn,
        idtyp: 'user',
        scp: 'AllSites.Manage',
      });
    }
    Object.assign(claims, {
      iss: this.issuer,
      aud: audience ?? this.audience,
      sub: user.oid,
      iat: now,
      nbf: Math.min(now, now + expiresIn) - 5,
      exp: now + expiresIn,
    });
    const token = await signJwt(claims, this.privateKey, this.publicJwk.kid);
    return { access_token: token, token_type: 'Bearer', expires_in: expiresIn };
  }

  /** The `WWW-Authenticate` header of a 401, as SharePoint Online sends it. */
  challenge(): Record<string, string> {
    return {
      'WWW-Authenticate': `Bearer realm="${TENANT_ID}",client_id="00000003-0000-0ff1-ce00-000000000000",trusted_issuers="00000001-0000-0000-c000-000000000000@*,${this.issuer}",authorization_uri="${this.issuer}/token"`,
    };
  }

  /** Verifies an `Authorization` header and returns the identity (401 when missing, invalid, expired or for another audience). */
  async verify(authorization: string | undefined): Promise<DemoUser> {
    const fail = (description: string): UnauthorizedError =>
      new UnauthorizedError(description, this.challenge());
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!m)
      throw fail('Unsupported authorization: a bearer token (Authorization: Bearer <token>) is required.');
    let payload: Record<string, unknown>;
    try {
      payload = await verifyJwt(m[1] as string, this.publicKey, this.issuer);
    } catch (error) {
      if (!(error instanceof JwtError)) throw error;
      if (error.reason === 'expired') throw fail('Invalid JWT token. The token is expired.');
      if (error.reason === 'not-yet-valid') throw fail('Invalid JWT token. The token is not yet valid.');
      if (error.reason === 'malformed') throw fail('Invalid JWT token. The token is malformed.');
      throw fail('Invalid issuer or signature.');
    }
    const aud = payload.aud;
    const audiences = Array.isArray(aud) ? aud : [aud];
    if (!audiences.some((a) => typeof a === 'string' && this.acceptedAudiences.has(a.replace(/\/$/, '')))) {
      throw fail(`Invalid audience Uri '${String(aud)}'.`);
    }
    const user =
      directoryUsers().find((u) => u.oid === payload.oid) ??
      (typeof payload.upn === 'string' ? findDemoUser(payload.upn) : undefined);
    if (!user) throw fail('The user of the token is not in the directory.');
    if ((user.role === 'app') !== (payload.idtyp === 'app'))
      throw fail('Invalid JWT token. The token type does not match its subject.');
    return user;
  }
}
