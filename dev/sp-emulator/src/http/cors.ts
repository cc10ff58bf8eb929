/** Request headers a browser client may send (PnPjs, MSAL-bearing fetches). */
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
];

const ALLOWED_PATTERN =
  /^(authorization|content-type|accept|x-http-method|if-match|if-none-match|x-requestdigest|x-clientservice-clienttag|x-pnpjs-[\w-]+|x-pnp-[\w-]+|prefer|odata-version|odata-maxversion)$/i;

/** Headers for a CORS response to a request from `origin` (none for same-origin or non-browser requests). */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!origin) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': 'ETag, Retry-After, Location, request-id, SPRequestGuid',
    Vary: 'Origin',
  };
}

/** Headers answering a CORS preflight. */
export function preflightHeaders(
  origin: string | undefined,
  requestedHeaders: string | undefined,
): Record<string, string> {
  const requested = (requestedHeaders ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '' && ALLOWED_PATTERN.test(h));
  const allowed = [...new Set([...ALLOWED_HEADERS, ...requested])];
  return {
    ...corsHeaders(origin ?? '*'),
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': allowed.join(', '),
    'Access-Control-Max-Age': '600',
  };
}
