/**
 * Cross-origin requests (CORS) as SharePoint Online answers them: a page on another origin may call the site's
 * REST API with an OAuth bearer token (`Authorization: Bearer …`), so the preflight that announces the
 * `Authorization` header is granted and a request that carries a bearer token gets `Access-Control-Allow-Origin`
 * (the request's origin) and the response headers a client reads (ETag, Retry-After). A cross-origin request
 * without a bearer token (a cookie-authenticated call from a foreign page) gets no CORS grant, and no response
 * is ever shared with credentials (`Access-Control-Allow-Credentials` is never sent). The local development
 * sign-in (`/_local/*`, standing in for Entra ID's token endpoint, which SPAs call cross-origin) is granted to
 * every origin.
 */

import { CODE_ACCESS_DENIED, SpError } from '../errors/sp-errors.js';

/** Request headers a browser client may send (PnPjs, MSAL-bearing fetches), answered in every granted preflight. */
const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Accept',
  'X-HTTP-Method',
  'IF-Match',
  'If-None-Match',
  'X-RequestDigest',
  'X-ClientService-ClientTag',
  'X-PnPjs-NoDigest',
  'X-PnPjs-Tracking',
  'X-PnP-BatchNever',
  'X-PnP-CacheAlways',
  'X-PnP-CacheNever',
  'X-PnP-CacheKey',
  'X-PnP-CacheExpire',
  'X-PnP-CacheTimeout',
  'Prefer',
  'odata-version',
  'odata-maxversion',
];

const ALLOWED_PATTERN =
  /^(authorization|content-type|accept|x-http-method|if-match|if-none-match|x-requestdigest|x-clientservice-clienttag|x-pnpjs-[\w-]+|x-pnp-[\w-]+|prefer|odata-version|odata-maxversion)$/i;

/** Methods a cross-origin client may use (MERGE is what PnPjs's `X-HTTP-Method` stands for). */
export const CORS_ALLOWED_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'MERGE', 'DELETE', 'OPTIONS'] as const;

/** Response headers a cross-origin client may read. */
export const CORS_EXPOSED_HEADERS = 'ETag, Retry-After, Location, request-id, SPRequestGuid';

/** How long (seconds) a browser may keep a granted preflight. */
const PREFLIGHT_MAX_AGE = '600';

/** True for `/_local/*`, the local development sign-in, which any origin may call. */
export function isLocalPath(pathname: string): boolean {
  return /^\/_local(\/|$)/i.test(pathname);
}

/** True when an `Authorization` header carries an OAuth bearer token (whether valid or not is checked later). */
export function hasBearerToken(authorization: string | undefined): boolean {
  return /^Bearer\s+\S/i.test(authorization ?? '');
}

/**
 * Headers for the response to a (non-preflight) request from `origin`: the CORS grant when `granted` (a bearer
 * token on a REST call, or a local sign-in route), none for same-origin or non-browser requests (no `Origin`)
 * and none when not granted, so the browser keeps the response from the foreign page.
 */
export function corsHeaders(origin: string | undefined, granted: boolean): Record<string, string> {
  if (!origin || !granted) return origin ? { Vary: 'Origin' } : {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': CORS_EXPOSED_HEADERS,
    Vary: 'Origin',
  };
}

/** The answer to an `OPTIONS` request: granted with the `Access-Control-Allow-*` headers, or refused. */
export interface PreflightAnswer {
  granted: boolean;
  status: number;
  headers: Record<string, string>;
  /** Why a preflight was refused (for the error body and the request log); empty when granted. */
  reason: string;
}

/** What a browser asks in a preflight. */
export interface PreflightRequest {
  origin: string | undefined;
  /** `Access-Control-Request-Method`. */
  method: string | undefined;
  /** `Access-Control-Request-Headers` (comma-separated, lower-case in browsers). */
  headers: string | undefined;
  /** The path asked for is the local sign-in (`/_local/*`). */
  local: boolean;
}

/**
 * Answers a CORS preflight as SharePoint Online does: a REST call is granted only when the browser announces an
 * `Authorization` header (the bearer token it will send), a method the API takes, and only headers on the
 * allowed list; the local sign-in only needs an allowed method and headers. A refused preflight is answered
 * 403 without any `Access-Control-Allow-*` header, which the browser reports as a CORS failure.
 */
export function answerPreflight(request: PreflightRequest): PreflightAnswer {
  const refuse = (reason: string): PreflightAnswer => ({
    granted: false,
    status: 403,
    headers: request.origin ? { Vary: 'Origin' } : {},
    reason,
  });
  if (!request.origin) return { granted: false, status: 204, headers: {}, reason: 'not a CORS preflight' };
  const method = (request.method ?? '').trim().toUpperCase();
  if (!(CORS_ALLOWED_METHODS as readonly string[]).includes(method)) {
    return refuse(`the method '${request.method ?? ''}' is not allowed cross-origin`);
  }
  const requested = (request.headers ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '');
  const unknown = requested.filter((h) => !ALLOWED_PATTERN.test(h));
  if (unknown.length > 0) return refuse(`the headers ${unknown.join(', ')} are not allowed cross-origin`);
  if (!request.local && !requested.some((h) => h.toLowerCase() === 'authorization')) {
    return refuse('a cross-origin call to the REST API needs an OAuth bearer token (Authorization header)');
  }
  return {
    granted: true,
    status: 204,
    headers: {
      ...corsHeaders(request.origin, true),
      'Access-Control-Allow-Methods': CORS_ALLOWED_METHODS.join(', '),
      'Access-Control-Allow-Headers': [...new Set([...ALLOWED_HEADERS, ...requested])].join(', '),
      'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
    },
    reason: '',
  };
}

/** 403: a CORS preflight SharePoint Online would refuse (answered without any `Access-Control-Allow-*` header). */
export class CrossOriginRefusedError extends SpError {
  constructor(answer: PreflightAnswer) {
    super(403, CODE_ACCESS_DENIED, `Cross-origin request refused: ${answer.reason}.`, answer.headers);
  }
}
