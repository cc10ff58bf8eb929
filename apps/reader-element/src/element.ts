import { createElement } from 'react';
import { render, unmountComponentAtNode } from 'react-dom';
import { spfi } from '@pnp/sp';
import type { Locale, PlanChoice } from '@devplan/core/domain';
import { loadTexts, readerTexts } from '@devplan/core/i18n';
import {
  browserSealMemory,
  browserViewHints,
  PlanSite,
  planSourceFrom,
  TokenAuthenticated,
  type TokenProvider,
} from '@devplan/sharepoint/reader';
import type { InitiativeOpened, ReaderLayout, ReaderSection, ReaderSettings } from '@devplan/ui/reader';
import {
  CONNECTION_ATTRIBUTES,
  INITIATIVE_OPEN_EVENT,
  localeOfElement,
  OBSERVED_ATTRIBUTES,
  settingsFromAttributes,
} from './attributes.js';
import { localAuth, localTokens } from './auth/local.js';
import type { ReaderAuth } from './auth/types.js';
import { ReaderElementView, type ElementState } from './ReaderElementView.js';
import { configUrlOf, loadServerConfig, planSignIn } from './setup.js';
import { createShadowMount, type ShadowMount } from './shadow.js';

/** The element's version (the workspace's package version, written in by the build). */
export const READER_ELEMENT_VERSION: string = __READER_VERSION__;

/** The `detail` of the `initiative-open` event. */
export type InitiativeOpenDetail = InitiativeOpened;

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** Properties a page may set before the element is defined; they are applied once it is (see `connectedCallback`). */
const PROPERTIES = ['plan', 'area', 'layout', 'sections'] as const;

/**
 * `<utvecklingsplan-reader>`: the intranet reader of the development plan as a standard web component, for
 * Omnia's HTML/Script block or any page. It renders the SharePoint web part's own reader view
 * (`DevelopmentPlanReader`) in an open shadow root, signs the reader in (MSAL in production, silent SSO first
 * and a sign-in button when needed; the local development sign-in in the local stack) and reads the plan site
 * with the reader's own permissions through PnPjs, so it shows exactly what the web part shows: adopted plans
 * and published follow-ups only.
 *
 * Attributes: `site`, `plan` (`latest` or a year), `area`, `layout`, `sections`, `lang`, `heading`; sign-in:
 * `client-id`, `tenant`, `scope`, `redirect-uri`, `config`. Properties `plan`, `area`, `layout`, `sections`
 * (and the standard `lang`) reflect the attributes. Event: `initiative-open` (bubbles, composed) with
 * `{initiativeId, title, planYear}` when a reader opens an initiative.
 */
export class UtvecklingsplanReaderElement extends HTMLElement {
  /** The element's version. */
  static readonly version = READER_ELEMENT_VERSION;

  /** The attributes the element follows. */
  static get observedAttributes(): readonly string[] {
    return OBSERVED_ATTRIBUTES;
  }

  #mount: ShadowMount | null = null;
  #state: ElementState = { kind: 'starting' };
  #auth: { auth: ReaderAuth; siteUrl: string } | null = null;
  /** Counts starts: a slow answer of an earlier start is dropped. */
  #session = 0;
  #started = false;
  #restartQueued = false;

  /** The plan shown: `latest` or a year. */
  get plan(): PlanChoice {
    return this.#settings().plan;
  }
  set plan(value: PlanChoice | string) {
    this.setAttribute('plan', String(value));
  }

  /** The focus area shown (its id), or null for all. */
  get area(): number | null {
    return this.#settings().areaId;
  }
  set area(value: number | string | null) {
    if (value === null || value === '') this.removeAttribute('area');
    else this.setAttribute('area', String(value));
  }

  /** The layout: overview, dashboard, table or timeline. */
  get layout(): ReaderLayout {
    return this.#settings().layout;
  }
  set layout(value: ReaderLayout | string) {
    this.setAttribute('layout', value);
  }

  /** The parts shown; null (or no attribute) shows every part. */
  get sections(): ReaderSection[] {
    return [...this.#settings().sections];
  }
  set sections(value: readonly string[] | string | null) {
    if (value === null) this.removeAttribute('sections');
    else this.setAttribute('sections', typeof value === 'string' ? value : value.join(','));
  }

  /** The language the reader is shown in (from `lang`, else the page's). */
  get locale(): Locale {
    return localeOfElement(this);
  }

  /** Renders (and on the first connection starts: settings, sign-in, PnPjs). */
  connectedCallback(): void {
    for (const name of PROPERTIES) this.#upgradeProperty(name);
    this.#mount ??= createShadowMount(this);
    if (!this.#started) {
      this.#started = true;
      void this.#start();
    }
    this.#render();
  }

  /** Unmounts the view (a later connection renders it again, without signing in again). */
  disconnectedCallback(): void {
    if (this.#mount) unmountComponentAtNode(this.#mount.container);
  }

  /** Re-renders on a view attribute; starts over (once per task) on a site or sign-in attribute. */
  attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
    if (previous === next || !this.isConnected) return;
    if ((CONNECTION_ATTRIBUTES as readonly string[]).includes(name)) this.#restartSoon();
    this.#render();
  }

  #settings(): ReaderSettings {
    return settingsFromAttributes((name) => this.getAttribute(name));
  }

  /** A property set on the element before it was defined hides the accessor: move it onto the attribute. */
  #upgradeProperty(name: (typeof PROPERTIES)[number]): void {
    if (!Object.prototype.hasOwnProperty.call(this, name)) return;
    const value = (this as Record<string, unknown>)[name];
    delete (this as Record<string, unknown>)[name];
    (this as Record<string, unknown>)[name] = value;
  }

  #setState(state: ElementState): void {
    this.#state = state;
    this.#render();
  }

  #render(): void {
    if (!this.#mount || !this.isConnected) return;
    render(
      createElement(ReaderElementView, {
        mount: this.#mount,
        locale: this.locale,
        settings: this.#settings(),
        heading: this.getAttribute('heading') ?? undefined,
        state: this.#state,
        onSignIn: this.#signIn,
        onRetry: this.#restartSoon,
        onInitiativeOpen: this.#opened,
      }),
      this.#mount.container,
    );
  }

  readonly #opened = (detail: InitiativeOpened): void => {
    this.dispatchEvent(
      new CustomEvent<InitiativeOpenDetail>(INITIATIVE_OPEN_EVENT, { detail, bubbles: true, composed: true }),
    );
  };

  readonly #restartSoon = (): void => {
    if (this.#restartQueued) return;
    this.#restartQueued = true;
    queueMicrotask(() => {
      this.#restartQueued = false;
      void this.#start();
    });
  };

  /** Settings (attributes, else the serving app server's `/config.json`), the sign-in, then silent sign-in. */
  async #start(): Promise<void> {
    const session = ++this.#session;
    this.#auth = null;
    this.#setState({ kind: 'starting' });
    try {
      // The setup's own failures are worded in both languages when they happen: English first, if chosen.
      await loadTexts(readerTexts, this.locale).catch((error: unknown) => {
        console.error('utvecklingsplan-reader: the English texts could not be loaded', error);
      });
      const read = (name: string) => this.getAttribute(name);
      const configUrl = configUrlOf(read, import.meta.url);
      const config = configUrl ? await loadServerConfig(configUrl) : null;
      const plan = planSignIn(read, config, window.location.href);
      const auth =
        plan.kind === 'local'
          ? localAuth(localTokens(plan.tokenEndpoint, plan.user))
          : await (await import('./auth/msal.js')).createMsalAuth(plan);
      if (session !== this.#session) return;
      this.#auth = { auth, siteUrl: plan.siteUrl };
      const tokens = await auth.silent();
      if (session !== this.#session) return;
      if (tokens) this.#read(plan.siteUrl, tokens);
      else this.#setState({ kind: 'signIn', busy: false, error: null });
    } catch (error) {
      if (session === this.#session) this.#setState({ kind: 'failed', error: asError(error) });
    }
  }

  /** The sign-in button's click: MSAL's pop-up (opened within the click, so browsers allow it). */
  readonly #signIn = (): void => {
    const current = this.#auth;
    if (!current || this.#state.kind !== 'signIn') return;
    const session = this.#session;
    this.#setState({ kind: 'signIn', busy: true, error: null });
    current.auth.interactive().then(
      (tokens) => {
        if (session === this.#session) this.#read(current.siteUrl, tokens);
      },
      (error: unknown) => {
        if (session === this.#session)
          this.#setState({ kind: 'signIn', busy: false, error: asError(error).message });
      },
    );
  };

  /** One PnPjs instance per start, built here where the element starts, and the reader's plan source over it. */
  #read(siteUrl: string, tokens: TokenProvider): void {
    const sp = spfi(siteUrl).using(TokenAuthenticated(tokens));
    // What the browser remembers from the last visit: the seal checks it passed (only what is new is checked
    // again) and where the view was (so it is read in one request at any size).
    const source = planSourceFrom(new PlanSite(sp, siteUrl), {
      sealMemory: browserSealMemory(siteUrl),
      viewHints: browserViewHints(siteUrl),
    });
    this.#setState({ kind: 'ready', source });
  }
}
