import { directoryUsers } from '../directory/demo-users.js';
import { SpError } from '../errors/sp-errors.js';
import type { TokenService } from '../auth/tokens.js';
import type { RequestLog } from './request-log.js';

/** A response of a `/_local/*` route. */
export interface LocalAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What the local routes need. */
export interface LocalEnvironment {
  tokens: TokenService;
  log: RequestLog;
  origin: string;
  siteUrl: string;
}

function json(status: number, value: unknown): LocalAnswer {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify(value),
  };
}

function oauthError(status: number, description: string): LocalAnswer {
  return json(status, { error: 'invalid_request', error_description: description });
}

function parseTokenBody(contentType: string | undefined, body: string): Record<string, unknown> | undefined {
  if (/application\/x-www-form-urlencoded/i.test(contentType ?? '')) {
    return Object.fromEntries(new URLSearchParams(body));
  }
  try {
    const value: unknown = JSON.parse(body === '' ? '{}' : body);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The local development endpoints (no authentication, never faulted): token issuing, JWKS, the demo users
 * and the request log.
 */
export async function handleLocal(
  env: LocalEnvironment,
  method: string,
  path: string,
  contentType: string | undefined,
  body: string,
): Promise<LocalAnswer> {
  const route = path.replace(/\/+$/, '').toLowerCase();
  if (route === '/_local/token') {
    if (method !== 'POST') return oauthError(405, 'Use POST with {"user": "<key or UPN>"}.');
    const params = parseTokenBody(contentType, body);
    if (!params)
      return oauthError(400, 'The body must be JSON: {"user": "staff", "audience": "<optional>"}.');
    const user = params.user ?? params.username;
    if (typeof user !== 'string' || user.trim() === '')
      return oauthError(400, 'The "user" field (a demo user key or UPN) is required.');
    const audience =
      typeof params.audience === 'string' && params.audience !== '' ? params.audience : undefined;
    const expiresIn = params.expiresIn === undefined ? undefined : Number(params.expiresIn);
    if (expiresIn !== undefined && (!Number.isInteger(expiresIn) || Math.abs(expiresIn) > 86400)) {
      return oauthError(400, '"expiresIn" must be an integer number of seconds (at most one day).');
    }
    try {
      return json(200, await env.tokens.issue(user, audience, expiresIn));
    } catch (error) {
      if (error instanceof SpError) return oauthError(400, error.message);
      throw error;
    }
  }
  if (method === 'GET' && route === '/_local/.well-known/jwks.json')
    return json(200, { keys: [env.tokens.publicJwk] });
  if (method === 'GET' && route === '/_local/.well-known/openid-configuration') {
    return json(200, {
      issuer: env.tokens.issuer,
      jwks_uri: `${env.origin}/_local/.well-known/jwks.json`,
      token_endpoint: `${env.origin}/_local/token`,
      id_token_signing_alg_values_supported: ['RS256'],
    });
  }
  if (method === 'GET' && route === '/_local/users') {
    return json(
      200,
      directoryUsers().map((u) => ({
        key: u.key,
        upn: u.upn,
        email: u.email,
        displayName: u.displayName,
        oid: u.oid,
        role: u.role,
        description: u.description,
      })),
    );
  }
  if (route === '/_local/requests') {
    if (method === 'GET') return json(200, env.log.list());
    if (method === 'DELETE') {
      env.log.clear();
      return { status: 204, headers: {}, body: '' };
    }
  }
  if (method === 'GET' && route === '/_local/health')
    return json(200, { status: 'ok', siteUrl: env.siteUrl });
  return json(404, { error: 'not_found', error_description: `No local endpoint ${method} ${path}.` });
}
