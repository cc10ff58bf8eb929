import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seeded } from './world';

/** A proxy in front of the emulator that loses the answers of some writes (switchable, seeded). */
export interface LossyProxy {
  origin: string;
  /** Starts or stops losing answers. */
  losing(on: boolean): void;
  /** The writes whose answers were lost (`METHOD url`), in order. */
  lost: string[];
  close(): Promise<void>;
}

/**
 * Forwards every request to `target` unchanged; while losing, for a share `rate` of `_api` writes (any
 * method but GET) it lets the emulator process the request and then drops the client's connection before
 * the answer is sent: the write happened, the client sees a network error. The emulator's own fault
 * injection only drops connections before processing, which cannot show this case.
 */
export async function startLossyProxy(
  target: string,
  rate: number,
  seed: number,
  /** The answer of the first write whose decoded path matches is always lost (a case the test must meet). */
  loseFirst?: RegExp,
): Promise<LossyProxy> {
  const draw = seeded(seed);
  const lost: string[] = [];
  let on = false;
  let firstLost = !loseFirst;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const upstream = request(
        new URL(req.url ?? '/', target),
        { method: req.method, headers: req.headers },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (c: Buffer) => parts.push(c));
          answer.on('end', () => {
            const write = req.method !== 'GET' && /\/_api\//.test(req.url ?? '');
            const path = decodeURIComponent(new URL(req.url ?? '/', target).pathname);
            const first = on && write && !firstLost && loseFirst!.test(path);
            if (first) firstLost = true;
            if (first || (on && write && draw() < rate)) {
              lost.push(`${req.method} ${req.url}`);
              req.socket.destroy();
              return;
            }
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(Buffer.concat(parts));
          });
        },
      );
      upstream.on('error', () => req.socket.destroy());
      upstream.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    losing: (value) => {
      on = value;
    },
    lost,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
