import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { assertMaxLength, DomainError, localize, NOTE_MAX, ValidationError, type Id } from '@devplan/core';
import { AuthenticationError } from '../auth/entra.js';
import type { RouteHandler } from './app-server.js';

/** The most bytes one character takes in a JSON string: `\uXXXX` (as, e.g., Python's `json.dumps` writes åäö). */
const JSON_BYTES_PER_CHARACTER = 6;
/** Room in a body for everything besides its one long text: field names, ids, dates, a version. */
const BODY_ENVELOPE_BYTES = 4 * 1024;

/**
 * The largest request body an API route reads: the largest legal body, a decision with a comment of `NOTE_MAX`
 * characters each written at the most bytes JSON allows. So every body that can be valid is read, and any
 * text in it past its column's limit is refused field by field (400, `ValidationError`); only a body no valid
 * request can reach is refused unread (413).
 */
export const MAX_API_BODY_BYTES = NOTE_MAX * JSON_BYTES_PER_CHARACTER + BODY_ENVELOPE_BYTES;

/** Answers `body` as JSON with `status` (never cached); true, so a route can `return json(...)`. */
export function json(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
  return true;
}

/** Answers a file to download (200, never cached), named in `content-disposition`; true, like `json`. */
export function fileAnswer(
  res: ServerResponse,
  file: { name: string; bytes: Buffer; contentType: string },
): true {
  res.writeHead(200, {
    'content-type': file.contentType,
    'content-length': String(file.bytes.length),
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    'cache-control': 'no-store',
  });
  res.end(file.bytes);
  return true;
}

/** The `planId` of a query (`?planId=12`): a positive integer, else 400 (`ValidationError`). */
export function planIdParam(url: URL): Id {
  const value = Number(url.searchParams.get('planId'));
  if (!Number.isInteger(value) || value <= 0)
    throw new ValidationError([
      { path: 'planId', code: 'notInteger', message: localize('validation.notInteger') },
    ]);
  return value;
}

/** Answers 404 for an API path no route knows. */
export function apiNotFound(res: ServerResponse, path: string): true {
  return json(res, 404, { code: 'not-found', reason: localize('error.notFound', { what: 'API', id: path }) });
}

/**
 * A request body longer than its route's cap: answered 413 with code `bodyTooLarge` by `withApiErrors` (the
 * API routes' one error path), like any refused domain operation.
 */
export class BodyTooLargeError extends DomainError {
  override readonly name = 'BodyTooLargeError';
  constructor(readonly maxBytes: number) {
    super('bodyTooLarge', localize('approvals.api.bodyTooLarge', { max: Math.floor(maxBytes / 1024) }), 413, {
      maxBytes,
    });
  }
}

/**
 * Reads a request body as UTF-8 text, at most `maxBytes` of it: the one body reader of the app server's
 * routes. A body announced (`Content-Length`) or found to be longer is refused with `BodyTooLargeError`
 * (413) as soon as that is known: nothing more is read or kept, and the stream is paused. The rest of the
 * body stays unread, so the connection cannot carry another request: the answer to the refusal must close
 * it (`Connection: close`, as `withApiErrors` does); the caller still gets the answer.
 */
export function readBodyCapped(
  req: Readable & { headers: IncomingHttpHeaders },
  maxBytes: number,
): Promise<string> {
  const announced = Number(req.headers['content-length']);
  if (Number.isFinite(announced) && announced > maxBytes)
    return Promise.reject(new BodyTooLargeError(maxBytes));
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      stop();
      req.pause();
      reject(new BodyTooLargeError(maxBytes));
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/**
 * Reads a JSON object body (an empty body is `{}`). Refused with 413 past `MAX_API_BODY_BYTES` (read no
 * further; `readBodyCapped`), with 400 when it is not JSON, not an object, or (when `allowed` is given)
 * carries another field.
 */
export async function readJsonObject(
  req: IncomingMessage,
  allowed?: readonly string[],
): Promise<Record<string, unknown>> {
  const raw = await readBodyCapped(req, MAX_API_BODY_BYTES);
  let parsed: unknown = {};
  try {
    if (raw) parsed = JSON.parse(raw) as unknown;
  } catch (error) {
    throw new ValidationError([
      {
        path: '',
        code: 'invalidJson',
        message: localize('approvals.api.invalidJson', { message: (error as Error).message }),
      },
    ]);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new ValidationError([
      { path: '', code: 'invalidType', message: localize('validation.invalidType') },
    ]);
  const body = parsed as Record<string, unknown>;
  const unknown = allowed ? Object.keys(body).filter((k) => !allowed.includes(k)) : [];
  if (unknown.length)
    throw new ValidationError(
      unknown.map((path) => ({ path, code: 'unknownField', message: localize('validation.unknownField') })),
    );
  return body;
}

/**
 * A text field of a request body: a string of at most `max` characters, the limit of the column it ends up in
 * (`maxLengthOf`), or of the column such values are kept in when it is not stored. Refused with 400
 * (`ValidationError`, the field's issue in Swedish and English) when missing, not text, or longer.
 */
export function textField(body: Record<string, unknown>, path: string, max: number): string {
  const value = body[path];
  if (value === undefined || value === null || value === '')
    throw new ValidationError([{ path, code: 'required', message: localize('validation.required') }]);
  if (typeof value !== 'string')
    throw new ValidationError([{ path, code: 'invalidType', message: localize('validation.invalidType') }]);
  assertMaxLength(path, value, max);
  return value;
}

/**
 * The one place where the API routes' errors are answered: a missing or invalid token → 401 with a
 * `WWW-Authenticate` challenge; a refused domain operation → its status, code and reason in Swedish and
 * English (and the field issues of a validation error); a too large body → 413 the same way, and the
 * connection is closed after the answer. Anything else is not the caller's fault and goes on
 * to the app server, which answers it as a server error.
 */
export function withApiErrors(handle: RouteHandler): RouteHandler {
  return async (req, res, url) => {
    try {
      return await handle(req, res, url);
    } catch (error) {
      if (error instanceof AuthenticationError) {
        res.setHeader(
          'www-authenticate',
          `Bearer error="invalid_token", error_description="${error.reason.replace(/"/g, "'")}"`,
        );
        return json(res, 401, {
          code: 'unauthenticated',
          reason: localize('approvals.api.signInRequired'),
          detail: error.reason,
        });
      }
      if (error instanceof BodyTooLargeError) {
        // The rest of the body is left unread (readBodyCapped): close the connection after the answer.
        res.setHeader('connection', 'close');
      }
      if (error instanceof DomainError) {
        const issues = error instanceof ValidationError ? error.issues : undefined;
        return json(res, error.status, {
          code: error.code,
          reason: error.reason,
          ...(issues ? { issues } : {}),
        });
      }
      throw error;
    }
  };
}
