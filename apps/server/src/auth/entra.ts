import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { IncomingMessage } from 'node:http';

/** Where the API's tokens come from and for whom they must be: Entra in production, the emulator locally. */
export interface EntraValidationSettings {
  /** e.g. `https://login.microsoftonline.com/<tenant>/v2.0`, or `<emulator>/_local`. */
  issuer: string;
  /** e.g. the API's client id (Entra v2 tokens) or `api://utvecklingsplan`; any one of a list. */
  audience: string | string[];
  /** e.g. `https://login.microsoftonline.com/<tenant>/discovery/v2.0/keys`. */
  jwksUri: string;
  /**
   * After fetching the key set, how long a token with an unknown key id waits before the set is fetched again
   * (default 30 s), so a flood of forged key ids cannot make the server hammer the key endpoint.
   */
  jwksCooldownMs?: number;
}

/** How long the key set is kept before it is fetched again anyway (Entra rotates keys every few weeks). */
const JWKS_MAX_AGE_MS = 10 * 60 * 1000;
/** The default cooldown between two fetches of the key set. */
export const JWKS_COOLDOWN_MS = 30_000;

/** The request carried no valid token; answered 401 with the reason. */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
  readonly status = 401;
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * Validates bearer tokens of the API with jose: RS256 signature against the configured JWKS, issuer,
 * audience, expiry and not-before. The same code validates Entra tokens in production and the emulator's
 * locally; only the settings differ.
 */
export class EntraTokenValidator {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly settings: EntraValidationSettings) {
    this.jwks = createRemoteJWKSet(new URL(settings.jwksUri), {
      cooldownDuration: settings.jwksCooldownMs ?? JWKS_COOLDOWN_MS,
      cacheMaxAge: JWKS_MAX_AGE_MS,
    });
  }

  /** The claims of a valid token, or an AuthenticationError saying what is wrong. */
  async validate(token: string | null | undefined): Promise<JWTPayload> {
    if (!token) throw new AuthenticationError('missing bearer token');
    try {
      const { payload } = await jwtVerify(token, this.jwks, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ['RS256'],
        clockTolerance: 60,
      });
      return payload;
    } catch (error) {
      throw new AuthenticationError(`invalid token: ${(error as Error).message}`);
    }
  }

  /** Validates the `Authorization: Bearer` header of a request. */
  validateRequest(req: IncomingMessage): Promise<JWTPayload> {
    const header = req.headers.authorization ?? '';
    return this.validate(header.startsWith('Bearer ') ? header.slice(7).trim() : null);
  }
}
