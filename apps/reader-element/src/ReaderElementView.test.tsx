/// <reference types="jest" />
import { act } from '@testing-library/react';
import { render, unmountComponentAtNode } from 'react-dom';
import type { PlanSource } from '@devplan/core/ports';
import { DEFAULT_READER_SETTINGS } from '@devplan/ui/reader';
// The reader's own test plan (not part of the package's exports).
import { samplePlanView } from '../../../packages/ui/src/reader/test-fixtures';
import { ReaderElementView, type ElementState, type ReaderElementViewProps } from './ReaderElementView';
import { createShadowMount, shadowDocument, type ShadowMount } from './shadow';

const loaded: PlanSource = {
  activities: () => Promise.resolve([]),
  load: () => Promise.resolve(samplePlanView()),
};

let host: HTMLElement;
let mount: ShadowMount;

beforeEach(() => {
  // jsdom gives `<style>` elements in a shadow root no style sheet, so FluentProvider cannot fill its theme tag
  // here and says so (Chromium does: the e2e test checks the theme's colours in the shadow root).
  const report = console.error;
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes('No sheet available on styleTag')) report(...args);
  });
  window.history.replaceState(null, '', '/');
  host = document.createElement('utvecklingsplan-reader-test');
  document.body.append(host);
  mount = createShadowMount(host);
});

afterEach(() => {
  unmountComponentAtNode(mount.container);
  host.remove();
  jest.restoreAllMocks();
});

async function show(state: ElementState, props: Partial<ReaderElementViewProps> = {}): Promise<void> {
  await act(async () => {
    render(
      <ReaderElementView
        mount={mount}
        locale="sv"
        settings={DEFAULT_READER_SETTINGS}
        heading={undefined}
        state={state}
        onSignIn={() => undefined}
        onRetry={() => undefined}
        onInitiativeOpen={() => undefined}
        {...props}
      />,
      mount.container,
    );
  });
}

const inShadow = (selector: string) => mount.root.querySelector(selector);

describe('the element’s shadow root', () => {
  it('holds the reader view and every style it writes; the page’s head gets none', async () => {
    const before = document.head.innerHTML;
    await show({ kind: 'ready', source: loaded });
    await act(async () => {
      await Promise.resolve();
    });
    expect(inShadow('[data-testid="devplan-reader"]')?.getAttribute('data-state')).toBe('loaded');
    expect(document.querySelector('[data-testid="devplan-reader"]')).toBeNull();
    expect(mount.styles.querySelectorAll('style[data-make-styles-bucket]').length).toBeGreaterThan(0);
    // The theme's CSS variables too (FluentProvider writes them to `targetDocument.head`).
    expect(
      [...mount.styles.querySelectorAll('style')].some((s) => s.id.startsWith('fui-FluentProvider')),
    ).toBe(true);
    expect(document.head.innerHTML).toBe(before);
  });

  it('is a document to Fluent UI whose head and ids are the shadow root’s and everything else the page’s', () => {
    const doc = shadowDocument(mount.root, mount.styles);
    mount.container.id = 'inside';
    expect(doc.head).toBe(mount.styles);
    expect(doc.getElementById('inside')).toBe(mount.container);
    expect(doc.querySelector('#inside')).toBe(mount.container);
    expect(doc.defaultView).toBe(window);
    expect(doc.body).toBe(document.body);
    expect(doc.createElement('style').ownerDocument).toBe(document);
  });

  it('tells the host when a reader opens an initiative, and focuses it inside the shadow root', async () => {
    const opened = jest.fn();
    await show({ kind: 'ready', source: loaded }, { onInitiativeOpen: opened });
    await act(async () => {
      await Promise.resolve();
    });
    const link = inShadow('article[data-initiative] a[href^="#initiative="]') as HTMLAnchorElement;
    const id = Number(link.getAttribute('href')!.split('=')[1]);
    await act(async () => {
      window.location.hash = `#initiative=${id}`;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(opened).toHaveBeenCalledWith(
      expect.objectContaining({ initiativeId: id, planYear: 2026, title: expect.any(String) }),
    );
    expect(mount.root.activeElement?.getAttribute('data-initiative')).toBe(String(id));
  });

  it('asks the reader to sign in when silent sign-in was not enough, and says what failed', async () => {
    const signIn = jest.fn();
    await show({ kind: 'signIn', busy: false, error: 'popup_window_error' }, { onSignIn: signIn });
    expect(inShadow('[data-testid="reader-sign-in"]')?.textContent).toContain(
      'Logga in med ditt jobbkonto för att läsa utvecklingsplanen.',
    );
    expect(inShadow('[role="alert"]')?.textContent).toBe('Inloggningen misslyckades: popup_window_error');
    (inShadow('button') as HTMLButtonElement).click();
    expect(signIn).toHaveBeenCalledTimes(1);
    await show({ kind: 'signIn', busy: true, error: null }, { locale: 'en' });
    expect((inShadow('button') as HTMLButtonElement).disabled).toBe(true);
    expect(inShadow('button')?.textContent).toBe('Signing in …');
  });

  it('shows a start-up failure with a way to try again, and the start as progress', async () => {
    const retry = jest.fn();
    await show({ kind: 'failed', error: new Error('HTTP 404') }, { onRetry: retry, locale: 'en' });
    expect(inShadow('[role="alert"]')?.textContent).toContain('HTTP 404');
    (inShadow('[role="alert"] button') as HTMLButtonElement).click();
    expect(retry).toHaveBeenCalledTimes(1);
    await show({ kind: 'starting' });
    expect(inShadow('[role="status"]')?.textContent).toContain('Loggar in och hämtar planen');
  });
});
