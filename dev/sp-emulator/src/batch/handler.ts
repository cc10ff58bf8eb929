import { randomUUID } from 'node:crypto';
import { BadRequestError } from '../errors/sp-errors.js';
import type { Caller } from '../rest/context.js';
import {
  errorAnswer,
  executeApiCall,
  type ApiAnswer,
  type ApiCall,
  type ApiEnvironment,
} from '../rest/execute.js';
import { negotiateFormat } from '../rest/format.js';
import { parseBatch, type BatchPartRequest } from './parser.js';
import { serializeBatch } from './serializer.js';

/** Most requests one `$batch` may carry. */
export const MAX_BATCH_PARTS = 100;

function partUrl(part: BatchPartRequest, siteUrl: string): URL {
  try {
    if (/^https?:\/\//i.test(part.url)) return new URL(part.url);
    if (part.url.startsWith('/')) return new URL(part.url, siteUrl);
    return new URL(part.url, `${siteUrl}/`);
  } catch {
    throw new BadRequestError(`The URL '${part.url}' of a batch part is not valid.`);
  }
}

/**
 * Runs a `$batch` request: every part as the outer request's caller, each in its own transaction (a failing
 * part does not stop the others), answered as one multipart response with the parts in order.
 */
export function executeBatch(
  env: ApiEnvironment,
  caller: Caller,
  call: ApiCall,
): ApiAnswer & { parts: number; writes: number } {
  const format = negotiateFormat(call.headers.accept);
  let parts: BatchPartRequest[];
  try {
    if (call.method.toUpperCase() !== 'POST') throw new BadRequestError('A $batch request must use POST.');
    parts = parseBatch(call.headers['content-type'], call.bodyText);
    if (parts.length > MAX_BATCH_PARTS) {
      throw new BadRequestError(
        `A $batch request may hold at most ${MAX_BATCH_PARTS} requests; this one holds ${parts.length}.`,
      );
    }
  } catch (error) {
    return { ...errorAnswer(error, format, env), parts: 0, writes: 0 };
  }
  const siteUrl = `${call.url.origin}${env.site.sitePath}`;
  const answers = parts.map((part) => {
    let url: URL;
    try {
      url = partUrl(part, siteUrl);
    } catch (error) {
      return errorAnswer(error, negotiateFormat(part.headers.accept), env);
    }
    return executeApiCall(env, caller, {
      method: part.method,
      url,
      headers: part.headers,
      bodyText: part.body,
    });
  });
  const boundary = `batchresponse_${randomUUID()}`;
  return {
    status: 200,
    headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` },
    // A file's content inside a batch is written as text (PnPjs never batches binary reads).
    body: serializeBatch(
      boundary,
      answers.map((a) => ({
        ...a,
        body: typeof a.body === 'string' ? a.body : Buffer.from(a.body).toString('utf8'),
      })),
    ),
    parts: parts.length,
    writes: parts.filter((part) => part.method.toUpperCase() !== 'GET').length,
  };
}
