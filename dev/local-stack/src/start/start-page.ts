import type { IncomingMessage } from 'node:http';
import { LISTS, startText, t, type Locale, type StartKey, type StringParams } from '@devplan/core';
import { createRepositories, spCall, type PlanSite } from '@devplan/sharepoint';
import { EXAMPLE_2026, exampleDataState } from '@devplan/sharepoint/seed';
import type { RouteHandler } from '@devplan/server';
import { DEMO_USERS } from '@devplan/sp-emulator';
import '@pnp/sp/lists/index.js';

/** Where the start page's links go, besides the app server's own pages. */
export interface StartPageOptions {
  /** The plan site as the app's own identity (list counts, whether it holds example data). */
  site: PlanSite;
  /** The emulator's origin and the plan site's address. */
  emulatorOrigin: string;
  siteUrl: string;
  /** The demo intranet page (another origin), known once it has started. */
  intranetUrl: () => string;
}

/** A demo person of the walk-through, by the emulator's demo user key. */
type Person = 'admin' | 'staff' | 'approver' | 'deputy' | 'reader';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const nameOf = (person: Person) => DEMO_USERS.find((u) => u.key === person)!.displayName;

function localeOf(req: IncomingMessage, url: URL): Locale {
  const asked = url.searchParams.get('lang') ?? req.headers['accept-language'] ?? '';
  return asked.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

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

/** What one rendering of the start page knows. */
export interface PageFacts {
  locale: Locale;
  exampleData: boolean;
  counts: { title: string; count: number }[];
  options: StartPageOptions;
}

/** The page's texts in its language, escaped for HTML. */
function texts(locale: Locale) {
  return {
    s: (key: StartKey, params?: StringParams) => escapeHtml(startText(locale, key, params)),
    role: (person: Person) =>
      escapeHtml(t(locale, `people.role.${person}`, { approver: nameOf('approver') })),
  };
}

/** A page of the app server in the page's language: `lang=en` is passed on (Swedish is every page's default). */
function local(locale: Locale, path: string, query: Record<string, string> = {}, hash = ''): string {
  const params = new URLSearchParams(query);
  if (locale === 'en') params.set('lang', 'en');
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}${hash}`;
}

/** Where each person's link goes: the place their part of the walk-through starts, signed in as them. */
function personLink(locale: Locale, person: Person): string {
  switch (person) {
    case 'staff':
      return local(locale, '/tab/', { user: 'staff' }, '#/mine');
    case 'approver':
    case 'deputy':
      return local(locale, '/inbox/', { user: person });
    case 'reader':
      return local(locale, '/webpart-preview/');
    case 'admin':
      return local(locale, '/tab/', { user: 'admin' }, '#/periods');
  }
}

const a = (href: string, text: string, attributes = '') =>
  `<a href="${escapeHtml(href)}"${attributes}>${text}</a>`;

function languageSwitch(locale: Locale): string {
  const item = (to: Locale, label: string) =>
    `<li>${a(`/?lang=${to}`, label, ` lang="${to}" hreflang="${to}"${to === locale ? ' aria-current="page"' : ''}`)}</li>`;
  return `<nav aria-label="${escapeHtml(startText(locale, 'start.language'))}"><ul class="langs">${item('sv', 'Svenska')}${item('en', 'English')}</ul></nav>`;
}

function exampleNotice({ locale, exampleData }: PageFacts): string {
  const { s } = texts(locale);
  const code = (command: string) => `<code>${escapeHtml(command)}</code>`;
  if (!exampleData)
    return `<div class="notice" role="note"><p>${s('start.exampleData.off')}</p><p>${s('start.exampleData.add', { command: '\u0000' }).replace('\u0000', code('npm start'))}</p></div>`;
  return `<div class="notice" role="note"><p><strong class="badge">${escapeHtml(t(locale, 'exampleData.badge'))}</strong> ${s('start.exampleData.on')}</p><p>${s('start.exampleData.remove', { command: '\u0000' }).replace('\u0000', code('npm start -- --no-example-data'))}</p></div>`;
}

function roles(locale: Locale): string {
  const { s, role } = texts(locale);
  const people: [Person, StartKey][] = [
    ['staff', 'start.role.staff.does'],
    ['approver', 'start.role.approver.does'],
    ['deputy', 'start.role.deputy.does'],
    ['reader', 'start.role.reader.does'],
    ['admin', 'start.role.admin.does'],
  ];
  const items = people
    .map(
      ([person, does]) =>
        `<li class="card"><h3>${escapeHtml(nameOf(person))}</h3><p class="part">${role(person)}</p><p>${s(does, { approver: nameOf('approver') })}</p><p>${a(personLink(locale, person), s('start.role.signIn', { name: nameOf(person) }), ` data-person="${person}"`)}</p></li>`,
    )
    .join('');
  return `<section aria-labelledby="roles-heading"><h2 id="roles-heading">${s('start.roles.heading')}</h2><p>${s('start.roles.intro')}</p><ul class="cards">${items}</ul></section>`;
}

function steps(facts: PageFacts): string {
  const { locale } = facts;
  const { s } = texts(locale);
  const name = (person: Person) => ({ name: nameOf(person) });
  const step = (id: string, heading: string, body: string, links: string[]) =>
    `<li class="step" id="step-${id}"><h3>${heading}</h3><p>${body}</p><ul class="links">${links.map((l) => `<li>${l}</li>`).join('')}</ul></li>`;
  const go = (href: string, text: string, step: string) => a(href, text, ` data-step="${step}"`);
  const list = [
    step('write', s('start.step.write.heading', name('staff')), s('start.step.write.text'), [
      go(personLink(locale, 'staff'), s('start.step.write.link', name('staff')), 'write'),
    ]),
    step(
      'approve',
      s('start.step.approve.heading', name('approver')),
      s('start.step.approve.text', { deputy: nameOf('deputy') }),
      [
        go(personLink(locale, 'approver'), s('start.step.approve.link', name('approver')), 'approve'),
        go(
          personLink(locale, 'deputy'),
          s('start.step.approve.deputyLink', name('deputy')),
          'approve-deputy',
        ),
      ],
    ),
    step('read', s('start.step.read.heading', name('reader')), s('start.step.read.text'), [
      go(personLink(locale, 'reader'), s('start.step.read.link', name('reader')), 'read'),
      go(facts.options.intranetUrl(), s('start.step.read.elementLink'), 'read-element'),
    ]),
    step(
      'close',
      s('start.step.close.heading', name('admin')),
      `${s('start.step.close.text')}${facts.exampleData ? ` ${s('start.step.close.example')}` : ''}`,
      [go(personLink(locale, 'admin'), s('start.step.close.link', name('admin')), 'close')],
    ),
    step(
      'report',
      s('start.step.report.heading', name('reader')),
      s('start.step.report.text', name('reader')),
      [
        go(
          local(locale, '/tab/', { user: 'reader' }, '#/periods'),
          s('start.step.report.link', name('reader')),
          'report',
        ),
      ],
    ),
  ];
  return `<section aria-labelledby="steps-heading"><h2 id="steps-heading">${s('start.steps.heading')}</h2><p>${s('start.steps.intro')}</p><ol class="steps">${list.join('')}</ol></section>`;
}

function more({ locale, options }: PageFacts): string {
  const { s } = texts(locale);
  const links: [string, StartKey][] = [
    [local(locale, '/tab/'), 'start.more.tab'],
    [local(locale, '/webpart-preview/'), 'start.more.webpart'],
    [options.intranetUrl(), 'start.more.intranet'],
    [local(locale, '/inbox/'), 'start.more.inbox'],
    [options.siteUrl, 'start.more.site'],
    [`${options.emulatorOrigin}/_local/users`, 'start.more.users'],
  ];
  const items = links.map(([href, key]) => `<li>${a(href, s(key))}</li>`).join('');
  return `<section aria-labelledby="more-heading"><h2 id="more-heading">${s('start.more.heading')}</h2><ul>${items}</ul></section>`;
}

function lists({ locale, counts }: PageFacts): string {
  const { s } = texts(locale);
  const rows = counts
    .map((c) => `<tr><th scope="row">${escapeHtml(c.title)}</th><td>${c.count}</td></tr>`)
    .join('');
  return `<details><summary>${s('start.lists.heading')}</summary><div class="scroll"><table><thead><tr><th scope="col">${s('start.lists.list')}</th><th scope="col">${s('start.lists.items')}</th></tr></thead><tbody>${rows}</tbody></table></div></details>`;
}

const STYLE = `*{box-sizing:border-box}
body{margin:0;font-family:"Segoe UI",system-ui,sans-serif;line-height:1.5;color:#1f1f1f;background:#fff;overflow-wrap:anywhere}
header,main,footer{max-width:54rem;margin:0 auto;padding:0 1rem}
header{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1rem;padding-top:1rem;padding-bottom:.5rem;border-bottom:1px solid #d1d1d1}
.app{margin:0;font-weight:600}
.langs{display:flex;gap:1rem;list-style:none;margin:0;padding:0}
a{color:#0f548c}a:focus-visible,summary:focus-visible{outline:2px solid #1f1f1f;outline-offset:2px}
a[aria-current]{font-weight:600;color:#1f1f1f}
h1{font-size:1.75rem;line-height:1.25;margin:1.25rem 0 .5rem}
h2{font-size:1.35rem;margin:2rem 0 .5rem}
h3{font-size:1.1rem;margin:0 0 .25rem}
.lead{font-size:1.05rem}
.notice{border:2px dashed #8a6d00;background:#fff8db;padding:.75rem 1rem;margin:1rem 0}
.notice p{margin:.25rem 0}
.badge{display:inline-block;background:#1f1f1f;color:#fff;padding:0 .4rem;border-radius:4px}
code{background:#f0f0f0;padding:0 .25rem;border-radius:3px;white-space:nowrap}
.cards{list-style:none;margin:0;padding:0;display:grid;gap:.75rem;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr))}
.card{border:1px solid #d1d1d1;border-radius:6px;padding:.75rem 1rem}
.card p{margin:.25rem 0}
.part{color:#424242;font-weight:600}
.steps{padding-left:1.75rem}
.step{margin:0 0 1.25rem}
.step p{margin:.25rem 0}
.links{margin:.25rem 0;padding-left:1.25rem}
.links li{margin:.25rem 0}
details{margin:2rem 0}
summary{cursor:pointer;font-weight:600}
.scroll{overflow-x:auto}
table{border-collapse:collapse;margin-top:.5rem}
th,td{text-align:left;padding:.25rem 1rem .25rem 0;border-bottom:1px solid #d1d1d1}
footer{margin-top:2rem;padding-top:.75rem;padding-bottom:2rem;border-top:1px solid #d1d1d1;color:#424242}`;

/** The start page's HTML: who does what, five steps each signing in as its person, and where else to go. */
export function startPageHtml(facts: PageFacts): string {
  const { locale } = facts;
  const { s } = texts(locale);
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${s('start.title')} – ${escapeHtml(t(locale, 'app.shortName'))}</title><style>${STYLE}</style></head>
<body><header><p class="app">${escapeHtml(t(locale, 'app.name'))}</p>${languageSwitch(locale)}</header>
<main><h1>${s('start.title')}</h1><p class="lead">${s('start.lead')}</p>${exampleNotice(facts)}
${roles(locale)}
${steps(facts)}
${more(facts)}
${lists(facts)}</main>
<footer><p>${s('start.footer')}</p></footer></body></html>`;
}

/**
 * The local start page at `/` (Swedish; `?lang=en` or an English browser for English): a newcomer's
 * five-minute walk through the product with the demo person for each part, each step a link that signs in as
 * that person, whether the site holds example data (and how to remove it), and the lists' item counts.
 */
export function startPageRoute(options: StartPageOptions): RouteHandler {
  return async (req, res, url) => {
    if (req.method !== 'GET' || url.pathname !== '/') return false;
    const [counts, state] = await Promise.all([
      listCounts(options.site),
      exampleDataState(createRepositories(options.site), EXAMPLE_2026),
    ]);
    const html = startPageHtml({ locale: localeOf(req, url), exampleData: state.marked, counts, options });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    return true;
  };
}
