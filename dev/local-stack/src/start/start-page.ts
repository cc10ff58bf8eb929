import type { IncomingMessage } from 'node:http';
import { LISTS, t, type Locale } from '@devplan/core';
import { spCall, type PlanSite } from '@devplan/sharepoint';
import type { RouteHandler } from '@devplan/server';
import '@pnp/sp/lists/index.js';

/** A link on the local start page. */
export interface StartLink {
  label: string;
  url: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

async function listCounts(site: PlanSite): Promise<{ title: string; count: number }[]> {
  const out: { title: string; count: number }[] = [];
  for (const def of LISTS) {
    const info = (await spCall({ listName: def.key }, () =>
      site.list(def.key).select('Title', 'ItemCount')(),
    )) as { Title: string; ItemCount: number };
    out.push({ title: info.Title, count: info.ItemCount });
  }
  return out;
}

function localeOf(req: IncomingMessage, url: URL): Locale {
  const asked = url.searchParams.get('lang') ?? req.headers['accept-language'] ?? '';
  return asked.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

function page(
  locale: Locale,
  counts: { title: string; count: number }[],
  links: readonly StartLink[],
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

/** The local start page at `/`: the lists with their item counts (read as the app) and links to try. */
export function startPageRoute(site: PlanSite, links: readonly StartLink[]): RouteHandler {
  return async (req, res, url) => {
    if (req.method !== 'GET' || url.pathname !== '/') return false;
    const html = page(localeOf(req, url), await listCounts(site), links);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    return true;
  };
}
