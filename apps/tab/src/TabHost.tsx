import { spfi } from '@pnp/sp/index.js';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  DomainError,
  localeFrom,
  localize,
  t,
  tabTexts,
  type AuditTrailError,
  type Locale,
} from '@devplan/core';
import { PlanSite, TokenAuthenticated, type TokenProvider } from '@devplan/sharepoint';
import {
  configQuery,
  ErrorNotice,
  SignInPicker,
  StartupState,
  TabApp,
  TabRoot,
  type LocalUser,
  type TabConfig,
} from '@devplan/ui/tab';
import { AppApiClient, PlansClient, PrinciplesClient, ReportsClient } from './api/index.js';
import { SpTabData } from '@devplan/sharepoint/tab';
import { useTexts } from '@devplan/ui/common';
import {
  decideHost,
  hashFromSubPage,
  isFramed,
  pageFromQuery,
  themeFromQuery,
  themeFromTeams,
  type TabTheme,
} from './host/index.js';
import { LocalSignIn } from './auth/local-sign-in.js';
import { createNaaTokenProviders } from './auth/naa.js';
import { loadConfig, type TabServerConfig } from './config.js';
import { initialiseTeams, type TeamsHost } from './teams.js';

type HostState =
  | { step: 'starting' }
  | { step: 'failed'; error: unknown }
  | { step: 'signIn'; users: LocalUser[] | null; busy: boolean; error: unknown }
  | { step: 'ready'; token: TokenProvider; api: TokenProvider | null; standalone: boolean };

const query = new URLSearchParams(window.location.search);
const page = pageFromQuery(query.get('view'));
const planYear = Number(query.get('plan')) || null;
const focusAreaId = Number(query.get('area')) || null;

/**
 * The tab's host: decides Teams or standalone (teams-js initialised only when framed, raced against a
 * timeout), takes theme and language from Teams (or `?theme=`/`?lang=` standalone, Swedish by default),
 * signs in (NAA in Teams; the local sign-in picker standalone), builds the PnPjs instance with the bearer
 * token and hands the data port to the views.
 */
export function TabHost() {
  const [theme, setTheme] = useState<TabTheme>(themeFromQuery(query.get('theme')) ?? 'light');
  const [locale, setLocale] = useState<Locale>(localeFrom(query.get('lang')));
  const [state, setState] = useState<HostState>({ step: 'starting' });
  const [config, setConfig] = useState<TabServerConfig | null>(null);
  const teams = useRef<TeamsHost | null>(null);
  const localSignIn = useMemo(() => (config?.signIn ? new LocalSignIn(config.signIn) : null), [config]);
  const tabConfig = useRef<TabConfig | null>(null);
  const [auditError, setAuditError] = useState<AuditTrailError | null>(null);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const start = useCallback(async () => {
    setState({ step: 'starting' });
    try {
      const server = await loadConfig();
      setConfig(server);
      const decision = await decideHost({ framed: isFramed(window), initialize: initialiseTeams });
      if (decision.mode === 'teams') {
        const host = decision.context;
        teams.current = host;
        setTheme(themeFromTeams(host.theme));
        setLocale(localeFrom(host.locale));
        // A deep link from a card opens its initiative (unless the URL already names a page).
        const linked = hashFromSubPage(host.subPageId);
        if (linked && !window.location.hash) window.location.hash = linked;
        host.onThemeChange((t) => setTheme(themeFromTeams(t)));
        if (!server.naa?.clientId) throw new HostSetupError('tab.host.noClientId');
        const providers = await createNaaTokenProviders({
          clientId: server.naa.clientId,
          ...(server.naa.authority ? { authority: server.naa.authority } : {}),
          sharePointOrigin: new URL(server.siteUrl).origin,
        });
        setState({ step: 'ready', token: providers.sharePoint, api: providers.api, standalone: false });
        return;
      }
      if (!server.signIn) throw new HostSetupError('tab.host.noSignIn');
      const signIn = new LocalSignIn(server.signIn);
      // A link that names a demo person (`?user=staff`, from the start page) signs in as that person.
      const asked = takeAskedUser();
      if (asked !== null && asked !== signIn.current) await signIn.signIn(asked);
      if (signIn.current) {
        setState({ step: 'ready', token: signIn.token, api: apiProvider(signIn, server), standalone: true });
        return;
      }
      setState({ step: 'signIn', users: null, busy: true, error: null });
      setState({ step: 'signIn', users: await signIn.users(), busy: false, error: null });
    } catch (error) {
      setState({ step: 'failed', error });
    }
  }, []);

  useEffect(() => {
    void start();
  }, [start]);

  // One PnPjs instance per sign-in: the tab's data, and periods and reports (files read with the person's
  // SharePoint token, close and export through the app server's API).
  const connection = useMemo(() => {
    if (state.step !== 'ready' || !config) return null;
    const site = new PlanSite(spfi(config.siteUrl).using(TokenAuthenticated(state.token)), config.siteUrl);
    const api = state.api ? new AppApiClient(state.api) : null;
    return {
      port: new SpTabData(site, { ...(api ? { api } : {}), onAuditFailure: setAuditError }),
      reports: api ? new ReportsClient(site, api) : null,
      plans: api ? new PlansClient(site, api) : null,
      principles: api ? new PrinciplesClient(site, api) : null,
    };
  }, [state, config]);
  const port = connection?.port ?? null;
  const reports = connection?.reports ?? null;
  const plans = connection?.plans ?? null;
  const principles = connection?.principles ?? null;

  const pick = async (key: string) => {
    if (!localSignIn || state.step !== 'signIn') return;
    setState({ ...state, busy: true, error: null });
    try {
      await localSignIn.signIn(key);
      setState({
        step: 'ready',
        token: localSignIn.token,
        api: config ? apiProvider(localSignIn, config) : null,
        standalone: true,
      });
    } catch (error) {
      setState({ ...state, busy: false, error });
    }
  };

  const onConfigChange = useCallback((c: TabConfig) => {
    if (!tabConfig.current && teams.current) {
      teams.current.saveConfigOnRequest(
        () => tabConfig.current ?? c,
        (cfg) => `${window.location.origin}/tab/${configQuery(cfg)}`,
      );
    }
    tabConfig.current = c;
  }, []);

  // The tab's texts in its language: English is fetched when Teams (or `?lang=en`) chooses it, and nothing
  // is shown until it has come.
  const textsLoaded = useTexts(tabTexts, locale);
  if (!textsLoaded)
    return (
      <TabRoot theme={theme} locale={locale}>
        <div aria-busy="true" />
      </TabRoot>
    );
  return (
    <TabRoot theme={theme} locale={locale}>
      {state.step === 'starting' && <StartupState busy message={t(locale, 'tab.host.signingIn')} />}
      {state.step === 'failed' && <StartupState error={state.error} onRetry={() => void start()} />}
      {state.step === 'signIn' &&
        (state.users ? (
          <>
            <SignInPicker users={state.users} busy={state.busy} onPick={(key) => void pick(key)} />
            {state.error !== null && <StartupState error={state.error} />}
          </>
        ) : (
          <StartupState busy message={t(locale, 'tab.signIn.loading')} error={state.error} />
        ))}
      <ErrorNotice error={auditError} />
      {state.step === 'ready' && port && (
        <TabApp
          port={port}
          page={page}
          planYear={planYear}
          focusAreaId={focusAreaId}
          onConfigChange={onConfigChange}
          {...(reports ? { reports } : {})}
          {...(plans ? { plans } : {})}
          {...(principles ? { principles } : {})}
          {...(state.standalone && localSignIn
            ? {
                onSignOut: () => {
                  localSignIn.signOut();
                  void start();
                },
              }
            : {})}
        />
      )}
    </TabRoot>
  );
}

/**
 * The demo person a standalone link asks for (`?user=staff`, as the start page links): read once and removed
 * from the address, so that signing out (or reloading) afterwards does not sign the same person in again.
 */
function takeAskedUser(): string | null {
  const url = new URL(window.location.href);
  const user = url.searchParams.get('user')?.trim();
  if (user === undefined) return null;
  url.searchParams.delete('user');
  window.history.replaceState(window.history.state, '', url);
  return user || null;
}

/** Tokens for the app server's API in standalone mode: from the local sign-in, for the audience `/config.json` names. */
function apiProvider(signIn: LocalSignIn, server: TabServerConfig): TokenProvider | null {
  return server.apiAudience ? signIn.providerFor(server.apiAudience) : null;
}

/** The tab cannot start in this host as configured (no NAA client id in Teams, no local sign-in standalone). */
export class HostSetupError extends DomainError {
  override readonly name = 'HostSetupError';
  constructor(key: 'tab.host.noClientId' | 'tab.host.noSignIn') {
    super('host-setup', localize(key), 500);
  }
}
