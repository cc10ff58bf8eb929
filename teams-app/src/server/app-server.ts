import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LISTS, t, type Locale } from '@devplan/shared';
import { spCall, type PlanSite } from '@devplan/shared/sp';
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
  /** Links shown on the start page (emulator, sign-in). */
  links: { label: string; url: string }[];
  /** Origin of the local SharePoint emulator and its sign-in, handed to browser pages in `/config.json`. */
  emulatorOrigin?: string;
  /** Folder of the built browser pages (Vite output: `tab/`, `webpart-preview/`, `assets/`). */
  webDir?: string;
  /** Route groups tried in order before the pages (APIs, bot endpoint). */
  routes?: RouteHandler[];
  /** More settings for browser pages in `/config.json` (production: `naa` with the app's client id). */
  browserConfig?: Record<string, unknown>;
  /** Production: `/` redirects here instead of showing the local start page. */
  home?: string;
  /** Production: answer unexpected errors without their message (it is logged, not shown to callers). */
  hideErrorDetails?: boolean;
}

/** A running app server. */
export interface RunningAppServer {
  url: string;
  close(): Promise<void>;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

async function listCounts(site: PlanSite): Promise<{ title: string; count: number }[]> {
  const out: { title: string; count: number }[] = [];
  for (const def of LISTS) {
    const info = (await spCall({ listName: def.key }, () =>
      site.list(def.key).select('Title', 'ItemCount')(),
    )) as {
      Title: string;
      ItemCount: number;
    };
    out.push({ title: info.Title, count: info.ItemCount });
  }
  return out;
}

function startPage(
  locale: Locale,
  counts: { title: string; count: number }[],
  links: AppServerOptions['links'],
): string {
  const rows = counts
    .map((c) => `<tr><th scope="row">${escapeHtml(c.title)}</th><td>${c.count}</td></tr>`)
    .join('');
  const linkItems = links
    .map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></li>`)
    .join('');
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(t(locale, 'app.shortName'))}</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;margin:2rem;max-width:50rem;line-height:1.5}table{border-collapse:collapse}th,td{text-align:left;padding:.25rem 1rem .25rem 0;border-bottom:1px solid #ccc}</style></head>
<body><main><h1>${escapeHtml(t(locale, 'app.name'))}</h1>
<p>${escapeHtml(t(locale, 'server.localIntro'))}</p>
<h2>${escapeHtml(t(locale, 'server.listsHeading'))}</h2>
<table><thead><tr><th scope="col">${escapeHtml(t(locale, 'server.list'))}</th><th scope="col">${escapeHtml(t(locale, 'server.items'))}</th></tr></thead><tbody>${rows}</tbody></table>
<h2>${escapeHtml(t(locale, 'server.linksHeading'))}</h2><ul>${linkItems}</ul>
<p>${escapeHtml(t(locale, 'server.notYetBuilt'))}</p></main></body></html>`;
}

function localeOf(req: IncomingMessage, url: URL): Locale {
  const asked = url.searchParams.get('lang') ?? req.headers['accept-language'] ?? '';
  return asked.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/**
 * The app server: the route groups it is given (bot endpoint, APIs; `server/compose.ts`), `/api/health`
 * (reads the plan site as the app), `/config.json` for the browser pages, the built pages, and `/` (the
 * local start page with list counts, or a redirect in production). Used by the local stack and by the
 * production entry point (`server/main.ts`) alike.
 */
export async function startAppServer(options: AppServerOptions): Promise<RunningAppServer> {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const locale = localeOf(req, url);
    for (const route of options.routes ?? []) if (await route(req, res, url)) return;
    if (req.method === 'GET' && url.pathname === '/api/health') {
      await listCounts(options.site);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }));
      return;
    }
    if (req.method === 'GET' && url.pathname === '/config.json') {
      const config = {
        ...options.browserConfig,
        siteUrl: options.site.siteUrl,
        ...(options.emulatorOrigin
          ? {
              signIn: {
                tokenEndpoint: `${options.emulatorOrigin}/_local/token`,
                usersEndpoint: `${options.emulatorOrigin}/_local/users`,
              },
            }
          : {}),
      };
      res
        .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' })
        .end(JSON.stringify(config));
      return;
    }
    if (
      req.method === 'GET' &&
      options.webDir &&
      url.pathname !== '/' &&
      (await serveStatic(options.webDir, url.pathname, res))
    ) {
      return;
    }
    if (req.method === 'GET' && url.pathname === '/' && options.home) {
      res.writeHead(302, { location: options.home }).end();
      return;
    }
    if (req.method === 'GET' && url.pathname === '/') {
      const counts = await listCounts(options.site);
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(startPage(locale, counts, options.links));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(t(locale, 'server.notFound'));
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
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
