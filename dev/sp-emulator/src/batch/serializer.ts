import { STATUS_CODES } from 'node:http';

/** One response inside a `$batch` answer. */
export interface BatchPartResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Writes a `$batch` answer as SharePoint does: flat `--batchresponse_<id>` parts (never nested changesets), one
 * per request in order, CRLF line ends, and a closing delimiter followed by a line break.
 */
export function serializeBatch(boundary: string, parts: readonly BatchPartResponse[]): string {
  const out: string[] = [];
  for (const part of parts) {
    out.push(`--${boundary}`);
    out.push('Content-Type: application/http');
    out.push('Content-Transfer-Encoding: binary');
    out.push('');
    out.push(`HTTP/1.1 ${part.status} ${STATUS_CODES[part.status] ?? 'Unknown'}`);
    for (const [name, value] of Object.entries(part.headers)) {
      out.push(`${name.toLowerCase() === 'content-type' ? 'CONTENT-TYPE' : name}: ${value}`);
    }
    out.push('');
    if (part.body !== '') out.push(part.body.replace(/\r?\n/g, ' '));
  }
  out.push(`--${boundary}--`);
  return `${out.join('\r\n')}\r\n`;
}
