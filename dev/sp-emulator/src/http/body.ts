import type { IncomingMessage } from 'node:http';
import { PayloadTooLargeError } from '../errors/sp-errors.js';

/** Reads a request body (bytes and UTF-8 text); throws 413 beyond `limit` bytes (after draining a bounded excess). */
export function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<{ text: string; bytes: number; buffer: Buffer }> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    const chunks: Buffer[] = [];
    let bytes = 0;
    let tooLarge = Number.isFinite(declared) && declared > limit;
    const drainCap = limit * 2 + 1024 * 1024;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limit) tooLarge = true;
      if (tooLarge) {
        // keep draining (so the client sees the 413) but stop at a bound
        if (bytes > drainCap) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) reject(new PayloadTooLargeError(limit));
      else {
        const buffer = Buffer.concat(chunks);
        resolve({ text: buffer.toString('utf8'), bytes, buffer });
      }
    });
    req.on('error', (error) => reject(error));
    req.on('close', () => {
      if (tooLarge && !req.complete) reject(new PayloadTooLargeError(limit));
    });
  });
}
