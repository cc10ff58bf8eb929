import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import { readBodyCapped, withApiErrors } from '../server/api-kit.js';
import type { RouteHandler } from '../server/app-server.js';

/**
 * The largest activity the bot's messaging endpoint (`/api/messages`) reads. Teams activities, even an
 * `adaptiveCard/action` invoke carrying an Adaptive Card, stay far below this (Teams itself limits a message
 * to about 28 KB). The cap applies before authentication: the body is read before the Teams SDK checks the
 * request's token, so without it anyone could make the server buffer a body of any size.
 */
export const MAX_BOT_ACTIVITY_BYTES = 256 * 1024;

/**
 * A Teams SDK HTTP adapter that serves the SDK's routes (the messaging endpoint) from the app server's own
 * `node:http` server instead of a separate Express server: the SDK still validates every request's token
 * and processes the activity; this only carries bodies (at most `MAX_BOT_ACTIVITY_BYTES`, else 413) and
 * answers.
 */
export class AppServerAdapter implements IHttpServerAdapter {
  private readonly handlers = new Map<string, HttpRouteHandler>();

  /** Called by the SDK for each of its routes. */
  registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler): void {
    this.handlers.set(`${method} ${path}`, handler);
  }

  /** The app server route that hands matching requests to the SDK (too large: 413 by `withApiErrors`). */
  readonly route: RouteHandler = withApiErrors(
    async (req: IncomingMessage, res: ServerResponse, url: URL) => {
      const handler = this.handlers.get(`${req.method ?? ''} ${url.pathname}`);
      if (!handler) return false;
      const raw = await readBodyCapped(req, MAX_BOT_ACTIVITY_BYTES);
      let body: unknown = {};
      try {
        if (raw) body = JSON.parse(raw) as unknown;
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
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
    },
  );
}
