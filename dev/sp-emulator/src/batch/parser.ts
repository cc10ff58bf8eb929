import { BadRequestError } from '../errors/sp-errors.js';

/** One request inside a `$batch` body. */
export interface BatchPartRequest {
  method: string;
  /** The URL as written in the request line (absolute, as PnPjs writes it, or relative). */
  url: string;
  /** Headers, names lower-cased. */
  headers: Record<string, string>;
  body: string;
  /** Id of the changeset the request belongs to, if any. */
  changeset?: string;
}

const CODE_ODATA = '-1, Microsoft.Data.OData.ODataException';

function batchError(message: string): BadRequestError {
  return new BadRequestError(message, CODE_ODATA);
}

/** The boundary of a `multipart/mixed` content type, or undefined. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^\s*multipart\/mixed\b/i.test(contentType)) return undefined;
  const m = /boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m?.[1] ?? m?.[2];
}

/** Splits a multipart body into its parts; throws 400 when the delimiters are missing or not terminated. */
export function splitMultipart(body: string, boundary: string): string[] {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let current: string[] | undefined;
  let closed = false;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === `${delimiter}--`) {
      if (current) parts.push(current.join('\n'));
      current = undefined;
      closed = true;
      break;
    }
    if (trimmed === delimiter) {
      if (current) parts.push(current.join('\n'));
      current = [];
      continue;
    }
    if (current) current.push(line);
    else if (trimmed !== '') {
      // preamble text before the first delimiter is allowed by MIME but SharePoint rejects it
      throw batchError(`The batch body must start with the boundary delimiter '${delimiter}'.`);
    }
  }
  if (!closed)
    throw batchError(
      `The MIME multipart message is not terminated: the closing delimiter '${delimiter}--' is missing.`,
    );
  return parts;
}

function splitHead(text: string): { headers: Record<string, string>; rest: string } {
  const index = text.indexOf('\n\n');
  const head = index < 0 ? text : text.slice(0, index);
  const rest = index < 0 ? '' : text.slice(index + 2);
  const headers: Record<string, string> = {};
  for (const line of head.split('\n')) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw batchError(`The batch part header line '${line}' is not valid.`);
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, rest };
}

function parseHttpPart(text: string, changeset: string | undefined): BatchPartRequest {
  const trimmed = text.replace(/^\n+/, '');
  const newline = trimmed.indexOf('\n');
  const requestLine = (newline < 0 ? trimmed : trimmed.slice(0, newline)).trim();
  const m = /^([A-Za-z]+)\s+(\S+)\s+HTTP\/1\.[01]$/.exec(requestLine);
  if (!m)
    throw batchError(
      `The request line '${requestLine}' of a batch part is not valid ('METHOD URL HTTP/1.1' expected).`,
    );
  const { headers, rest } = splitHead(newline < 0 ? '' : trimmed.slice(newline + 1));
  return {
    method: (m[1] as string).toUpperCase(),
    url: m[2] as string,
    headers,
    body: rest.replace(/\n+$/, ''),
    ...(changeset ? { changeset } : {}),
  };
}

/** Parses a `$batch` body (top-level parts and changesets) into its requests, in order. */
export function parseBatch(contentType: string | undefined, body: string): BatchPartRequest[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) {
    throw batchError(
      `The content type '${contentType ?? ''}' is not valid for a $batch request: multipart/mixed with a boundary is expected.`,
    );
  }
  const requests: BatchPartRequest[] = [];
  for (const part of splitMultipart(body, boundary)) {
    const { headers, rest } = splitHead(part);
    const type = headers['content-type'] ?? '';
    const changesetBoundary = boundaryOf(type);
    if (changesetBoundary) {
      for (const inner of splitMultipart(rest, changesetBoundary)) {
        const innerHead = splitHead(inner);
        if (!/^application\/http\b/i.test(innerHead.headers['content-type'] ?? '')) {
          throw batchError('A changeset part must have Content-Type application/http.');
        }
        requests.push(parseHttpPart(innerHead.rest, changesetBoundary));
      }
    } else if (/^application\/http\b/i.test(type)) {
      requests.push(parseHttpPart(rest, undefined));
    } else {
      throw batchError(
        'A batch part must have Content-Type application/http or multipart/mixed (a changeset).',
      );
    }
  }
  return requests;
}
