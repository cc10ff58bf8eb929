// The local preview of the intranet web part: mounts the very component the SPFx web part mounts
// (DevelopmentPlanReader) against the local SharePoint emulator, signed in as the demo reader, with the
// property-pane choices taken from the query string (?layout=table&area=3&sections=…&year=2026&lang=en) and
// deep links in the fragment (#initiative=12).
import { createElement, Fragment } from 'react';
import { render } from 'react-dom';
import { spfi } from '@pnp/sp';
import { DevelopmentPlanReader, settingsFromQuery } from '@devplan/ui/reader';
import {
  browserSealMemory,
  browserViewHints,
  PlanSite,
  planSourceFrom,
  TokenAuthenticated,
} from '@devplan/sharepoint/reader';
import { loadTexts, readerTexts, t } from '@devplan/core/i18n';
import type { Locale } from '@devplan/core/domain';
import { emulatorTokens, loadConfig, PREVIEW_USER, previewLocale, PreviewSignInError } from './preview.js';

const h = createElement;
const pageStyle = { maxWidth: '80rem', margin: '0 auto', padding: '1rem 1.5rem 3rem', background: '#fff' };
const bannerStyle = {
  margin: '0 0 1rem',
  padding: '0.75rem 1rem',
  border: '2px dashed #8a6d00',
  background: '#fff8db',
  color: '#1f1f1f',
};

function languageLinks(locale: Locale) {
  const link = (to: Locale, label: string) => {
    const params = new URLSearchParams(window.location.search);
    params.set('lang', to);
    return h(
      'a',
      {
        href: `?${params.toString()}${window.location.hash}`,
        lang: to,
        'aria-current': to === locale ? 'true' : undefined,
      },
      label,
    );
  };
  return h(
    'nav',
    { 'aria-label': t(locale, 'reader.preview.language') },
    link('sv', 'Svenska'),
    ' | ',
    link('en', 'English'),
  );
}

function page(locale: Locale, content: ReturnType<typeof h>) {
  return h(
    Fragment,
    null,
    h(
      'header',
      { style: { ...pageStyle, paddingBottom: 0 } },
      h('h1', { style: { fontSize: '1.25rem', margin: '0 0 0.75rem' } }, document.title),
      h(
        'p',
        { style: bannerStyle, 'data-testid': 'preview-banner' },
        t(locale, 'reader.preview.banner', { user: PREVIEW_USER }),
      ),
      languageLinks(locale),
    ),
    h('main', { style: pageStyle }, content),
  );
}

async function start(): Promise<void> {
  const root = document.getElementById('root')!;
  const locale = previewLocale(window.location.search);
  document.documentElement.lang = locale === 'sv' ? 'sv-SE' : 'en-GB';
  await loadTexts(readerTexts, locale).catch((error: unknown) => {
    console.error('The English texts could not be loaded; showing Swedish', error);
  });
  document.title = `${t(locale, 'app.shortName')} – ${t(locale, 'reader.preview.title')}`;
  try {
    const config = await loadConfig();
    if (!config.signIn) throw new PreviewSignInError('/config.json has no local sign-in');
    const sp = spfi(config.siteUrl).using(
      TokenAuthenticated(emulatorTokens(config.signIn.tokenEndpoint, PREVIEW_USER)),
    );
    const source = planSourceFrom(new PlanSite(sp, config.siteUrl), {
      sealMemory: browserSealMemory(config.siteUrl),
      viewHints: browserViewHints(config.siteUrl),
    });
    const settings = settingsFromQuery(window.location.search);
    render(page(locale, h(DevelopmentPlanReader, { source, locale, settings })), root);
  } catch (error) {
    // The one place the preview's own start-up failures are shown (the view shows its own load failures).
    const message = error instanceof Error ? error.message : String(error);
    render(
      page(locale, h('p', { role: 'alert' }, t(locale, 'reader.preview.signInFailed', { message }))),
      root,
    );
  }
}

void start();
