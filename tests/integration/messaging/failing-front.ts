import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A proxy in front of the emulator that fails SharePoint's `$batch` requests while told to. */
export interface FailingFront {
  origin: string;
  /** Starts or stops answering `$batch` with 500 (SharePoint's error body). */
  failing(on: boolean): void;
  close(): Promise<void>;
}

/** Forwards every request to `target` unchanged, except `$batch` requests while failing: 500. */
export async function startFailingFront(target: string): Promise<FailingFront> {
  let on = false;
  const server: Server = createServer((req, res) => {
    if (on && (req.url ?? '').includes('$batch')) {
      req.resume();
      res.writeHead(500, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          'odata.error': {
            code: '-2146232832, Microsoft.SharePoint.SPException',
            message: { value: 'Internt fel' },
          },
        }),
      );
      return;
    }
    const upstream = request(
      new URL(req.url ?? '/', target),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    failing: (value) => {
      on = value;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
