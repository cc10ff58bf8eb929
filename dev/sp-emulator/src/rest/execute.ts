import { BadRequestError, NotFoundError, SpError } from '../errors/sp-errors.js';
import { parseQueryOptions } from '../odata/query-options.js';
import type { Store } from '../storage/store.js';
import type { ApiRequest, Caller, SiteSettings } from './context.js';
import { handleApiRequest } from './dispatch.js';
import {
  contentTypeOf,
  errorResponse,
  negotiateFormat,
  renderPayload,
  type ResponseFormat,
} from './format.js';
import { parseApiPath } from './path.js';

/** An HTTP-like request to `_api` (from the HTTP server or a `$batch` part). */
export interface ApiCall {
  method: string;
  /** Absolute URL as the client addressed it. */
  url: URL;
  /** Request headers, names lower-cased. */
  headers: Record<string, string | undefined>;
  bodyText: string;
  /** The body as bytes (from HTTP; batch parts carry text only). */
  bodyBytes?: Uint8Array;
}

/** The answer to an `ApiCall`: JSON text, or bytes for a file's content. */
export interface ApiAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/** What executing API calls needs from the emulator. */
export interface ApiEnvironment {
  store: Store;
  site: SiteSettings;
  /** Called with unexpected (non-SharePoint) errors. */
  onInternalError(error: unknown): void;
}

/** The part of a path after `<sitePath>/_api`, or undefined when the path is not under the site's `_api`. */
export function apiSubPath(pathname: string, sitePath: string): string | undefined {
  const prefix = `${sitePath}/_api`.toLowerCase();
  const lower = pathname.toLowerCase();
  if (lower === prefix) return '';
  if (lower.startsWith(`${prefix}/`)) return pathname.slice(prefix.length + 1);
  return undefined;
}

/** The method a request stands for (`POST` + `X-HTTP-Method: MERGE` → MERGE). */
export function effectiveMethod(method: string, headers: Record<string, string | undefined>): string {
  const override = headers['x-http-method'];
  if (method.toUpperCase() === 'POST' && override) return override.trim().toUpperCase();
  return method.toUpperCase();
}

/** Writes an error as SharePoint does (status, headers, body) in the request's format. */
export function errorAnswer(error: unknown, format: ResponseFormat, env: ApiEnvironment): ApiAnswer {
  const { status, headers, body } = errorResponse(error, format);
  if (!(error instanceof SpError)) env.onInternalError(error);
  return {
    status,
    headers: { 'Content-Type': contentTypeOf(format), ...headers },
    body: JSON.stringify(body),
  };
}

/** Runs one `_api` call as `caller` and renders the result or the error. */
export function executeApiCall(env: ApiEnvironment, caller: Caller, call: ApiCall): ApiAnswer {
  const format = negotiateFormat(call.headers.accept);
  try {
    const sub = apiSubPath(call.url.pathname, env.site.sitePath);
    if (sub === undefined) {
      throw new NotFoundError(
        `The URL '${call.url.pathname}' is not under the emulated site's API (${env.site.sitePath}/_api).`,
      );
    }
    if (/^\$batch$/i.test(sub))
      throw new BadRequestError('A $batch request cannot contain another $batch request.');
    const query = parseQueryOptions(call.url.searchParams);
    const siteUrl = `${call.url.origin}${env.site.sitePath}`;
    const req: ApiRequest = {
      store: env.store,
      site: env.site,
      caller,
      method: effectiveMethod(call.method, call.headers),
      segments: parseApiPath(sub, query.aliases),
      query,
      url: call.url,
      siteUrl,
      apiBase: `${siteUrl}/_api`,
      ifMatch: call.headers['if-match'],
      bodyText: call.bodyText,
      bodyBytes: call.bodyBytes ?? Buffer.from(call.bodyText, 'utf8'),
      format,
    };
    const result = handleApiRequest(req);
    const headers: Record<string, string> = { ...(result.headers ?? {}) };
    if (result.raw) {
      headers['Content-Type'] = result.raw.contentType;
      return { status: result.status, headers, body: result.raw.bytes };
    }
    if (!result.payload) return { status: result.status, headers, body: '' };
    headers['Content-Type'] = contentTypeOf(format);
    return {
      status: result.status,
      headers,
      body: JSON.stringify(renderPayload(result.payload, format, req.apiBase)),
    };
  } catch (error) {
    return errorAnswer(error, format, env);
  }
}
