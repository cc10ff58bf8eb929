import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { t, type Locale } from '@devplan/core';
import { spCall, type PlanSite } from '@devplan/sharepoint';
import '@pnp/sp/lists/index.js';
import { serveStatic } from './static-files.js';

/**
 * A group of routes (an API, the bot endpoint, a local connector): answers the request and returns true,
 * or returns false to let the next one try. Errors it throws are answered by the server in one place.
 */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

/** Settings of the app server. */
export interface AppServerOptions {
  port: number;
  host?: string;
  /** The plan site as the app's own identity sees it. */
  site: PlanSite;
  /** Folders of built browser pages (Vite output, e.g. `tab/` with its assets), tried in order. */
  webDirs?: readonly string[];
  /** Route groups tried in order before the pages (APIs, bot endpoint). */
  routes?: RouteHandler[];
  /** More settings for browser pages in `/config.json` (production: `naa` with the app's client id). */
  browserConfig?: Record<string, unknown>;
  /** `/` redirects here (when no route answers `/`). */
  home?: string;
  /** Production: answer unexpected errors without their message (it is logged, not shown to callers). */
  hideErrorDetails?: boolean;
}

/** A running app server. */
export interface RunningAppServer {
  url: string;
  close(): Promise<void>;
}

/** The language a request asks for: `?lang=en`, else its `Accept-Language`; Swedish unless English. */
export function localeOf(req: IncomingMessage, url: URL): Locale {
  const asked = url.searchParams.get('lang') ?? req.headers['accept-language'] ?? '';
  return asked.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/**
 * The app server: the route groups it is given (bot endpoint, APIs; `server/compose.ts`), `/api/health`
 * (reads the plan site as the app), `/config.json` for the browser pages, the built pages, and `/` (a redirect to
 * `home`; the local stack adds its own start page as a route). Used by the local stack and by the production
 * entry point (`server/main.ts`) alike.
 */
export async function startAppServer(options: AppServerOptions): Promise<RunningAppServer> {
  const handle = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const locale = localeOf(req, url);
    for (const route of options.routes ?? []) if (await route(req, res, url)) return;
    if (req.method === 'GET' && url.pathname === '/api/health') {
      await spCall({ listName: 'Plans' }, () => options.site.list('Plans').select('Title')());
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }));
      return;
    }
    // The reader web component (`/reader/…`, an ES module and its chunks) and the settings it reads
    // (`/config.json`) are loaded by pages on other origins (Omnia, any intranet page): module scripts and their
    // fetches are CORS requests. Neither is secret nor sent with credentials.
    if (req.method === 'GET' && (url.pathname === '/config.json' || url.pathname.startsWith('/reader/'))) {
      res.setHeader('access-control-allow-origin', '*');
    }
    if (req.method === 'GET' && url.pathname === '/config.json') {
      const config = { ...options.browserConfig, siteUrl: options.site.siteUrl };
      res
        .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' })
        .end(JSON.stringify(config));
      return;
    }
    if (req.method === 'GET' && url.pathname !== '/') {
      for (const dir of options.webDirs ?? []) if (await serveStatic(dir, url.pathname, res)) return;
    }
    if (req.method === 'GET' && url.pathname === '/' && options.home) {
      res.writeHead(302, { location: options.home }).end();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(t(locale, 'server.notFound'));
  };

  const server: Server = createServer((req, res) => {
    // A request target that is no URL (`//?x`, a bare `//host`) is the client's error: 400, and nothing is done.
    if (!URL.canParse(req.url ?? '/', 'http://localhost')) {
      res
        .writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`${t('sv', 'server.badRequest')}\n${t('en', 'server.badRequest')}`);
      return;
    }
    handle(req, res, new URL(req.url ?? '/', 'http://localhost')).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`[app] ${req.method} ${req.url}: ${message}`);
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      const detail = options.hideErrorDetails ? '' : `\n\n${message}`;
      res.end(`${t('sv', 'server.upstreamError')}\n${t('en', 'server.upstreamError')}${detail}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
