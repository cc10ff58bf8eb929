import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import type { RouteHandler } from '../server/app-server.js';

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  return raw ? (JSON.parse(raw) as unknown) : {};
}

/**
 * A Teams SDK HTTP adapter that serves the SDK's routes (the messaging endpoint) from the app server's own
 * `node:http` server instead of a separate Express server: the SDK still validates every request's token
 * and processes the activity; this only carries bodies and answers.
 */
export class AppServerAdapter implements IHttpServerAdapter {
  private readonly handlers = new Map<string, HttpRouteHandler>();

  /** Called by the SDK for each of its routes. */
  registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler): void {
    this.handlers.set(`${method} ${path}`, handler);
  }

  /** The app server route that hands matching requests to the SDK. */
  readonly route: RouteHandler = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const handler = this.handlers.get(`${req.method ?? ''} ${url.pathname}`);
    if (!handler) return false;
    let body: unknown;
    try {
      body = await readBody(req);
    } catch {
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: 'invalid JSON' }));
      return true;
    }
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = value;
    const answer = await handler({ body, headers });
    res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    return true;
  };
}
