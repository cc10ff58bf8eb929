import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { BodyTooLargeError, json, readBodyCapped, withApiErrors } from './api-kit';

const CAP = 1024;

/** A request-like stream of `total` bytes in chunks of `chunk` bytes, counting the bytes read from it. */
function body(total: number, headers: IncomingHttpHeaders = {}, chunk = 100) {
  let pulled = 0;
  const stream = new Readable({
    read() {
      if (pulled >= total) return void this.push(null);
      const size = Math.min(chunk, total - pulled);
      pulled += size;
      this.push(Buffer.alloc(size, 'a'));
    },
  });
  return { req: Object.assign(stream, { headers }), pulled: () => pulled };
}

async function refusal(reading: Promise<unknown>): Promise<BodyTooLargeError> {
  try {
    await reading;
  } catch (error) {
    if (error instanceof BodyTooLargeError) return error;
    throw error;
  }
  throw new Error('the body was read');
}

describe('readBodyCapped', () => {
  it('reads a body of at most the cap whole', async () => {
    await expect(readBodyCapped(body(CAP).req, CAP)).resolves.toBe('a'.repeat(CAP));
    await expect(readBodyCapped(body(0).req, CAP)).resolves.toBe('');
  });

  it('reads UTF-8 characters split between chunks', async () => {
    const bytes = Buffer.from('Malmö stad – åäö', 'utf8');
    const stream = Readable.from([...bytes].map((b) => Buffer.from([b])));
    await expect(readBodyCapped(Object.assign(stream, { headers: {} }), CAP)).resolves.toBe(
      'Malmö stad – åäö',
    );
  });

  it('refuses a body over the cap with 413 and stops reading it', async () => {
    const total = 1024 * 1024;
    const { req, pulled } = body(total);
    const error = await refusal(readBodyCapped(req, CAP));
    expect(error).toMatchObject({ status: 413, code: 'bodyTooLarge', maxBytes: CAP });
    expect(error.reason.en).toContain('at most 1 kB');
    // Paused, with nothing listening: the stream is read no further (at most its own read-ahead buffer).
    expect(req.isPaused()).toBe(true);
    expect(req.listenerCount('data')).toBe(0);
    expect(pulled()).toBeLessThanOrEqual(CAP + req.readableHighWaterMark + 2 * 100);
    expect(pulled()).toBeLessThan(total / 10);
  });

  it('refuses a body whose Content-Length is over the cap without reading any of it', async () => {
    const { req, pulled } = body(CAP + 1, { 'content-length': String(CAP + 1) });
    expect(await refusal(readBodyCapped(req, CAP))).toMatchObject({ status: 413 });
    expect(pulled()).toBe(0);
  });

  it('passes on an error of the stream', async () => {
    const stream = new Readable({
      read() {
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(readBodyCapped(Object.assign(stream, { headers: {} }), CAP)).rejects.toThrow(
      'connection reset',
    );
  });
});

describe('a route reading its body with readBodyCapped, over HTTP', () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    const route = withApiErrors(async (req, res) =>
      json(res, 200, { length: (await readBodyCapped(req, CAP)).length }),
    );
    server = createServer((req, res) => {
      route(req, res, new URL(req.url ?? '/', 'http://localhost')).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  /** Streams a chunked body (no Content-Length) until the server answers, or `max` bytes were sent. */
  const streamUntilAnswered = (max: number) =>
    new Promise<{ status: number; connection: string | undefined; body: unknown; sent: number }>(
      (resolve, reject) => {
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const req = request(`${origin}/`, { method: 'POST', headers: { 'content-type': 'text/plain' } });
        let sent = 0;
        let answered = false;
        req.on('response', (res) => {
          answered = true;
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            resolve({
              status: res.statusCode ?? 0,
              connection: res.headers.connection,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
              sent,
            });
            req.destroy();
          });
        });
        req.on('error', (error) => {
          if (!answered) reject(error);
        });
        const pump = (): void => {
          while (!answered && sent < max) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          if (!answered) req.end();
        };
        pump();
      },
    );

  it('answers a body under the cap', async () => {
    const res = await fetch(`${origin}/`, { method: 'POST', body: 'a'.repeat(CAP) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ length: CAP });
  });

  it('refuses a body announced over the cap with 413 through the API error path and closes the connection', async () => {
    const res = await fetch(`${origin}/`, { method: 'POST', body: 'a'.repeat(5 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
    expect(await res.json()).toMatchObject({ code: 'bodyTooLarge', reason: { sv: expect.any(String) } });
  });

  it('refuses a streamed body with 413 as soon as it passes the cap, before the caller has sent it all', async () => {
    const max = 256 * 1024 * 1024;
    const answer = await streamUntilAnswered(max);
    expect(answer).toMatchObject({ status: 413, connection: 'close', body: { code: 'bodyTooLarge' } });
    expect(answer.sent).toBeLessThan(max);
  });

  it('still answers the next request after a refusal', async () => {
    expect((await fetch(`${origin}/`, { method: 'POST', body: 'a'.repeat(CAP + 1) })).status).toBe(413);
    const res = await fetch(`${origin}/`, { method: 'POST', body: 'ok' });
    expect(await res.json()).toEqual({ length: 2 });
  });
});
