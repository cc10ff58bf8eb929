import type { ReactElement } from 'react';
import { FluentProvider, PortalMountNodeProvider, RendererProvider } from '@fluentui/react-components';
import type { Locale } from '@devplan/core/domain';
import { readerTexts, t } from '@devplan/core/i18n';
import type { PlanSource } from '@devplan/core/ports';
import {
  DevelopmentPlanReader,
  errorMessage,
  ReaderError,
  ReaderLoading,
  ReaderSignIn,
  readerTheme,
  type InitiativeOpened,
  type ReaderSettings,
} from '@devplan/ui/reader';
import { useTexts } from '@devplan/ui/common';
import type { ShadowMount } from './shadow.js';

/** Where the element stands: starting (settings, silent sign-in), waiting for a click, failed, or reading. */
export type ElementState =
  | { kind: 'starting' }
  | { kind: 'signIn'; busy: boolean; error: string | null }
  | { kind: 'failed'; error: Error }
  | { kind: 'ready'; source: PlanSource };

/** What the element hands its React tree on every render. */
export interface ReaderElementViewProps {
  mount: ShadowMount;
  locale: Locale;
  settings: ReaderSettings;
  /** The `heading` attribute: the reader's heading instead of the plan's title. */
  heading: string | undefined;
  state: ElementState;
  onSignIn: () => void;
  onRetry: () => void;
  onInitiativeOpen: (opened: InitiativeOpened) => void;
}

/**
 * The element's React tree: Griffel writes into the shadow root (`RendererProvider` with the element's own
 * renderer), Fluent UI's theme and portals stay in it (`FluentProvider targetDocument`,
 * `PortalMountNodeProvider`), and inside it the very reader view the SharePoint web part mounts.
 */
export function ReaderElementView({
  mount,
  locale,
  settings,
  heading,
  state,
  onSignIn,
  onRetry,
  onInitiativeOpen,
}: ReaderElementViewProps): ReactElement {
  // English texts are fetched when English is chosen: until they are here, a busy box with no text.
  const textsLoaded = useTexts(readerTexts, locale);
  return (
    <RendererProvider renderer={mount.renderer} targetDocument={mount.targetDocument}>
      <PortalMountNodeProvider value={mount.portal}>
        <FluentProvider
          theme={readerTheme}
          targetDocument={mount.targetDocument}
          lang={locale === 'sv' ? 'sv-SE' : 'en-GB'}
        >
          {!textsLoaded && <div aria-busy="true" />}
          {textsLoaded && state.kind === 'ready' && (
            <DevelopmentPlanReader
              source={state.source}
              locale={locale}
              settings={settings}
              title={heading}
              onInitiativeOpen={onInitiativeOpen}
            />
          )}
          {textsLoaded && state.kind === 'starting' && (
            <ReaderLoading label={t(locale, 'reader.element.starting')} />
          )}
          {textsLoaded && state.kind === 'signIn' && (
            <ReaderSignIn locale={locale} busy={state.busy} error={state.error} onSignIn={onSignIn} />
          )}
          {textsLoaded && state.kind === 'failed' && (
            <ReaderError locale={locale} message={errorMessage(state.error, locale)} onRetry={onRetry} />
          )}
        </FluentProvider>
      </PortalMountNodeProvider>
    </RendererProvider>
  );
}
