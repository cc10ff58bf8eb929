import type { IncomingMessage, ServerResponse } from 'node:http';
import { legalText, t, type LegalKey, type Locale } from '@devplan/core';
import { localeOf, type RouteHandler } from '../server/app-server.js';

/** A section of a page: a heading and its paragraphs, as keys of the string tables. */
interface Section {
  heading: LegalKey;
  paragraphs: readonly LegalKey[];
}

/** A page: its title, introduction and sections. */
interface LegalPage {
  title: LegalKey;
  intro: LegalKey;
  sections: readonly Section[];
}

/** The privacy page (`/privacy`, the manifest's `privacyUrl`) and the terms page (`/terms`, `termsOfUseUrl`). */
export const LEGAL_PAGES: Readonly<Record<'/privacy' | '/terms', LegalPage>> = {
  '/privacy': {
    title: 'legal.privacy.title',
    intro: 'legal.privacy.intro',
    sections: [
      { heading: 'legal.privacy.where.heading', paragraphs: ['legal.privacy.where.body'] },
      {
        heading: 'legal.privacy.what.heading',
        paragraphs: [
          'legal.privacy.what.plan',
          'legal.privacy.what.followUps',
          'legal.privacy.what.audit',
          'legal.privacy.what.bot',
          'legal.privacy.what.reports',
          'legal.privacy.what.browser',
          'legal.privacy.what.people',
        ],
      },
      {
        heading: 'legal.privacy.who.heading',
        paragraphs: [
          'legal.privacy.who.members',
          'legal.privacy.who.readers',
          'legal.privacy.who.app',
          'legal.privacy.who.chats',
          'legal.privacy.who.copilot',
        ],
      },
      { heading: 'legal.privacy.public.heading', paragraphs: ['legal.privacy.public.body'] },
    ],
  },
  '/terms': {
    title: 'legal.terms.title',
    intro: 'legal.terms.intro',
    sections: [
      { heading: 'legal.terms.use.heading', paragraphs: ['legal.terms.use.body'] },
      { heading: 'legal.terms.data.heading', paragraphs: ['legal.terms.data.body'] },
      { heading: 'legal.terms.availability.heading', paragraphs: ['legal.terms.availability.body'] },
      { heading: 'legal.terms.contact.heading', paragraphs: ['legal.terms.contact.body'] },
    ],
  },
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A page as HTML in one language, with links to the other language and to the other page. */
export function renderLegalPage(path: keyof typeof LEGAL_PAGES, locale: Locale): string {
  const page = LEGAL_PAGES[path];
  const L = (key: LegalKey) => escapeHtml(legalText(locale, key));
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  const sections = page.sections
    .map((s) => `<h2>${L(s.heading)}</h2>\n${s.paragraphs.map((p) => `<p>${L(p)}</p>`).join('\n')}`)
    .join('\n');
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${L(page.title)} – ${escapeHtml(t(locale, 'app.shortName'))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}a{color:#0b5aa8}</style>
</head>
<body><main>
<h1>${L(page.title)}</h1>
<p>${L(page.intro)}</p>
${sections}
</main>
<footer><nav><ul>
<li><a href="${path}?lang=${other}" lang="${other}" hreflang="${other}">${escapeHtml(legalText(locale, 'legal.otherLanguage'))}</a></li>
<li><a href="/privacy?lang=${locale}">${L('legal.privacyLink')}</a></li>
<li><a href="/terms?lang=${locale}">${L('legal.termsLink')}</a></li>
</ul></nav></footer>
</body></html>
`;
}

/**
 * `GET /privacy` and `GET /terms` in Swedish or English (`?lang=en`, else `Accept-Language`; Swedish by
 * default): public pages the Teams manifest links to, served by the app server itself.
 */
export function legalRoutes(): RouteHandler {
  return (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const path = url.pathname.replace(/\/$/, '');
    if ((req.method !== 'GET' && req.method !== 'HEAD') || (path !== '/privacy' && path !== '/terms'))
      return Promise.resolve(false);
    const locale = localeOf(req, url);
    const html = renderLegalPage(path, locale);
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-language': locale === 'sv' ? 'sv-SE' : 'en',
      'cache-control': 'public, max-age=3600',
      vary: 'Accept-Language',
    });
    res.end(req.method === 'HEAD' ? undefined : html);
    return Promise.resolve(true);
  };
}
