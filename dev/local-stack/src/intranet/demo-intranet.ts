import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { t, type Locale } from '@devplan/core';

/** Settings of the demo intranet page. */
export interface DemoIntranetOptions {
  /** Port (0 = any free port); another port than the app server's, so the page is on another origin. */
  port: number;
  /** The app server that serves the element's script (`<app>/reader/utvecklingsplan-reader.js`). */
  appUrl: string;
  /** The plan site the element reads (the emulator's). */
  siteUrl: string;
  /** The demo user the element signs in as through the local sign-in. */
  user: { key: string; displayName: string };
}

/** The running demo intranet page. */
export interface DemoIntranet {
  url: string;
  close(): Promise<void>;
}

/** The path of the element's script on the app server. */
export const READER_ELEMENT_SCRIPT = '/reader/utvecklingsplan-reader.js';

/**
 * The host page's own stylesheet, deliberately aggressive, as an intranet theme can be: it restyles every
 * `div`, `button` and `table` (and what they pass on by inheritance: font, colour, case, alignment, spacing).
 * None of it may reach into the element. Readable on its own (axe checks the whole page).
 */
export const INTRANET_CSS = `
body { margin: 0; font-family: Georgia, 'Times New Roman', serif; color: #222; background: #f3efe6; line-height: 1.9; letter-spacing: 0.03em; }
div { font-family: 'Courier New', monospace; font-size: 19px; font-style: italic; color: #4a0d0d; background-color: #fff8ec; border: 3px dashed #8b4513; padding: 10px; margin: 6px 0; text-transform: uppercase; text-align: center; word-spacing: 0.3em; box-sizing: content-box; }
button { all: unset; display: inline-block; font: bold 22px/1 Impact, 'Arial Black', sans-serif; color: #ffff00; background: #000; padding: 14px 18px; border: 4px solid #c00000; border-radius: 0; text-transform: uppercase; cursor: crosshair; }
button:focus-visible { outline: 4px solid #0040ff; outline-offset: 2px; }
table { border: 6px double #006400; border-collapse: separate; border-spacing: 6px; max-width: 100%; font-size: 13px; background: #e8ffe8; color: #102010; }
th, td { border: 2px dotted #006400; padding: 8px; text-align: right; overflow-wrap: anywhere; }
a { color: #00308f; }
.site-header, .site-footer { padding: 12px 16px; background: #102a43; color: #fff; text-align: start; text-transform: none; font-style: normal; border: none; margin: 0; }
.site-header a { color: #fff; margin-inline-end: 1rem; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 18rem; gap: 16px; padding: 8px 16px; background: transparent; border: none; text-transform: none; text-align: start; font: normal 16px/1.6 Georgia, serif; }
h1 { font-size: 1.75rem; line-height: 1.25; overflow-wrap: anywhere; }
.banner { border: 2px solid #8a6d00; background: #fff8db; color: #1f1f1f; padding: 8px 12px; font-style: normal; font-family: Georgia, serif; font-size: 16px; }
@media (max-width: 48rem) { .layout { grid-template-columns: minmax(0, 1fr); padding: 4px 6px; } }
`;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The element's attributes taken from the page's query string (`?lang=en&layout=table&plan=2026&area=3`). */
function elementAttributes(query: URLSearchParams, locale: Locale, siteUrl: string): string {
  const attributes: [string, string][] = [
    ['site', siteUrl],
    ['plan', query.get('plan') ?? 'latest'],
    ['layout', query.get('layout') ?? 'overview'],
    ['lang', locale],
  ];
  for (const name of ['area', 'sections'] as const) {
    const value = query.get(name);
    if (value !== null) attributes.push([name, value]);
  }
  return attributes.map(([name, value]) => `${name}="${escapeHtml(value)}"`).join(' ');
}

/** The demo intranet page: a header, the element between other content, news and a table beside it. */
export function demoIntranetPage(options: DemoIntranetOptions, query: URLSearchParams): string {
  const locale: Locale = query.get('lang') === 'en' ? 'en' : 'sv';
  const text = (key: Parameters<typeof t>[1], params?: Record<string, string>) =>
    escapeHtml(t(locale, key, params));
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  const switchQuery = new URLSearchParams(query);
  switchQuery.set('lang', other);
  return `<!doctype html>
<html lang="${locale === 'sv' ? 'sv-SE' : 'en-GB'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text('reader.demo.title')}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/intranet.css" id="host-stylesheet">
<script type="module" src="${escapeHtml(options.appUrl + READER_ELEMENT_SCRIPT)}"></script>
</head>
<body>
<header class="site-header">
<strong>${text('reader.demo.title')}</strong>
<nav aria-label="${text('reader.demo.nav')}"><a href="?lang=${locale}">${text('reader.demo.navStart')}</a> <a href="#news">${text('reader.demo.navNews')}</a> <a href="#contacts">${text('reader.demo.navOrganisation')}</a> <a href="?${escapeHtml(switchQuery.toString())}" lang="${other}">${other === 'en' ? 'English' : 'Svenska'}</a></nav>
</header>
<div class="layout">
<main>
<h1>${text('reader.demo.heading')}</h1>
<p class="banner" data-testid="demo-banner">${text('reader.demo.banner', { user: options.user.displayName })}</p>
<div class="block" data-testid="element-block">
<utvecklingsplan-reader ${elementAttributes(query, locale, options.siteUrl)}></utvecklingsplan-reader>
</div>
</main>
<aside aria-labelledby="news">
<h2 id="news">${text('reader.demo.news')}</h2>
<div>${text('reader.demo.newsItem1')}</div>
<div>${text('reader.demo.newsItem2')}</div>
<table id="contacts"><caption>${text('reader.demo.tableCaption')}</caption>
<thead><tr><th scope="col">${text('reader.demo.tableName')}</th><th scope="col">${text('reader.demo.tableRole')}</th></tr></thead>
<tbody><tr><td>Anna Andersson</td><td>${text('reader.demo.tableRole1')}</td></tr></tbody></table>
<p><button type="button" data-testid="host-button">${text('reader.demo.subscribe')}</button></p>
</aside>
</div>
<footer class="site-footer">${text('reader.demo.footer')}</footer>
</body>
</html>`;
}

/**
 * Starts the demo "intranet" page of the local stack on its own port (so on another origin than the app server
 * and the emulator): the reader web component embedded next to other content, under an aggressive host
 * stylesheet, signed in as the demo reader through the local sign-in (the element decides that from the app
 * server's `/config.json`). `GET /` is the page (`?lang=en`, `?layout=`, `?plan=`, `?area=`, `?sections=` go to
 * the element), `GET /intranet.css` its stylesheet.
 */
export async function startDemoIntranet(options: DemoIntranetOptions): Promise<DemoIntranet> {
  const server: Server = createServer((req, res) => {
    // A request target that is no URL (`//?x`) gets 400; it used to end the whole local stack.
    const url = URL.canParse(req.url ?? '/', 'http://localhost')
      ? new URL(req.url ?? '/', 'http://localhost')
      : null;
    if (!url) {
      res
        .writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`${t('sv', 'server.badRequest')}\n${t('en', 'server.badRequest')}`);
    } else if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET' }).end();
    } else if (url.pathname === '/') {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' })
        .end(demoIntranetPage(options, url.searchParams));
    } else if (url.pathname === '/intranet.css') {
      res
        .writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' })
        .end(INTRANET_CSS);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
