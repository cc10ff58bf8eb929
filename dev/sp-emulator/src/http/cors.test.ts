import {
  answerPreflight,
  corsHeaders,
  CrossOriginRefusedError,
  hasBearerToken,
  isLocalPath,
  type PreflightRequest,
} from './cors';

const ORIGIN = 'http://intranet.example:4310';
const preflight = (overrides: Partial<PreflightRequest> = {}) =>
  answerPreflight({
    origin: ORIGIN,
    method: 'GET',
    headers: 'authorization,accept,content-type',
    local: false,
    ...overrides,
  });

describe('CORS as SharePoint Online answers it', () => {
  it('grants a bearer-token request its origin and the headers a client reads, never credentials', () => {
    const headers = corsHeaders(ORIGIN, true);
    expect(headers['Access-Control-Allow-Origin']).toBe(ORIGIN);
    expect(headers['Access-Control-Expose-Headers']).toContain('ETag');
    expect(headers['Access-Control-Expose-Headers']).toContain('Retry-After');
    expect(headers.Vary).toBe('Origin');
    expect(headers).not.toHaveProperty('Access-Control-Allow-Credentials');
  });

  it('grants nothing to a cross-origin request without a bearer token, and adds nothing without an Origin', () => {
    expect(corsHeaders(ORIGIN, false)).toEqual({ Vary: 'Origin' });
    expect(corsHeaders(undefined, true)).toEqual({});
  });

  it('tells a bearer token from cookies, Basic and empty headers', () => {
    expect(hasBearerToken('Bearer eyJ.x.y')).toBe(true);
    expect(hasBearerToken('bearer abc')).toBe(true);
    expect(hasBearerToken('Bearer ')).toBe(false);
    expect(hasBearerToken('Basic dXNlcjpwdw==')).toBe(false);
    expect(hasBearerToken(undefined)).toBe(false);
  });

  it('knows the local sign-in paths', () => {
    expect(isLocalPath('/_local/token')).toBe(true);
    expect(isLocalPath('/_LOCAL')).toBe(true);
    expect(isLocalPath('/_localx')).toBe(false);
    expect(isLocalPath('/sites/utvecklingsplan/_api/web')).toBe(false);
  });

  it('grants a preflight that announces the Authorization header, with every header PnPjs sends', () => {
    const answer = preflight({
      method: 'post',
      headers: 'authorization, content-type, x-http-method, if-match, x-pnpjs-tracking, odata-version',
    });
    expect(answer.granted).toBe(true);
    expect(answer.status).toBe(204);
    expect(answer.headers['Access-Control-Allow-Origin']).toBe(ORIGIN);
    const allowed = answer.headers['Access-Control-Allow-Headers']!.toLowerCase();
    for (const name of [
      'authorization',
      'content-type',
      'accept',
      'if-match',
      'x-requestdigest',
      'odata-version',
    ])
      expect(allowed).toContain(name);
    expect(answer.headers['Access-Control-Allow-Methods']).toContain('MERGE');
    expect(answer.headers['Access-Control-Max-Age']).toBe('600');
    expect(answer.headers).not.toHaveProperty('Access-Control-Allow-Credentials');
  });

  it('refuses a REST preflight without the Authorization header (a cookie call from a foreign page)', () => {
    const answer = preflight({ headers: 'content-type' });
    expect(answer.granted).toBe(false);
    expect(answer.status).toBe(403);
    expect(answer.headers).not.toHaveProperty('Access-Control-Allow-Origin');
    expect(answer.reason).toContain('bearer token');
    expect(preflight({ headers: undefined }).granted).toBe(false);
  });

  it('refuses headers and methods off the list', () => {
    expect(preflight({ headers: 'authorization,x-evil' }).reason).toContain('x-evil');
    expect(preflight({ method: 'TRACE' }).granted).toBe(false);
    expect(preflight({ method: undefined }).granted).toBe(false);
  });

  it('grants the local sign-in to any origin without a token', () => {
    const answer = preflight({ method: 'POST', headers: 'content-type', local: true });
    expect(answer.granted).toBe(true);
    expect(answer.headers['Access-Control-Allow-Origin']).toBe(ORIGIN);
  });

  it('answers an OPTIONS request without an Origin as no preflight at all', () => {
    const answer = preflight({ origin: undefined });
    expect(answer).toMatchObject({ granted: false, status: 204, headers: {} });
  });

  it('carries a refusal as a SharePoint access-denied error with the refusal’s headers', () => {
    const error = new CrossOriginRefusedError(preflight({ headers: 'content-type' }));
    expect(error.status).toBe(403);
    expect(error.code).toContain('UnauthorizedAccessException');
    expect(error.message).toContain('Cross-origin request refused');
    expect(error.headers).toEqual({ Vary: 'Origin' });
  });
});
