import {
  Button,
  FluentProvider,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { Component, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { isReadable, type Locale, type Plan } from '@devplan/core/domain';
import type { TabConfig } from './config.js';
import { InitiativeScope, OverviewContextProvider, usePlanLoader } from './data.js';
import { OnDemandStatus } from './OnDemandStatus.js';
import { LocaleProvider, useT } from './i18n.js';
// Every page but the overview is loaded on demand (lazy.tsx), so the tab's first view loads less JavaScript.
import {
  ActivityEditor,
  ConfigView,
  DashboardPage,
  EffectEditor,
  EffectLedger,
  ExampleDataNotice,
  FollowUpForm,
  InitiativeEditor,
  InitiativePage,
  PersonalView,
  ReadinessView,
} from './lazy.js';
import { ErrorNotice } from './operation.js';
import { PlanOverview } from './PlanOverview.js';
import { LazyPeriodsView } from './periods/lazy.js';
import { LazyPlanYearsPage, LazyYearSwitcher } from './plans/lazy.js';
import { LazyPrinciplesPage } from './principles/lazy.js';
import type { PlansPort, PrinciplesPort, ReportsPort, TabDataPort, TabSession } from '@devplan/core';
import { routeHash, useRoute, type Route } from './route.js';
import { usePageStyles } from './styles.js';

/** The tab's three looks, as Teams has them. */
export type TabThemeName = 'light' | 'dark' | 'highContrast';

const useShellStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  nav: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    '@media print': { display: 'none' },
  },
  navList: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  who: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    '@media print': { display: 'none' },
  },
  /** The year switcher's place: as if it were not there on screen, left out on paper. */
  switcher: { display: 'contents', '@media print': { display: 'none' } },
  appName: { fontWeight: tokens.fontWeightSemibold },
  draft: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
  missing: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

/** Shows a view that failed to render as an error (with its message) instead of a blank tab. */
class RenderErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return this.state.error ? <StartupState error={this.state.error} /> : this.props.children;
  }
}

/** The themes once their chunk has loaded (kept, so a later TabRoot or a change of theme shows at once). */
let themesLoaded: Record<TabThemeName, Theme> | null = null;

/**
 * The Fluent theme of `name`, loaded on demand with the other two: null until then (a few milliseconds, while
 * the tab asks for its session), undefined if the chunk did not load.
 */
function useTheme(name: TabThemeName): Theme | null | undefined {
  const [themes, setThemes] = useState<Record<TabThemeName, Theme> | null | undefined>(themesLoaded);
  useEffect(() => {
    if (themes !== null) return;
    let live = true;
    import('./themes.js').then(
      (m) => {
        themesLoaded = m.THEMES;
        if (live) setThemes(m.THEMES);
      },
      (error: unknown) => {
        // The theme's chunk did not load (e.g. offline after an update): show the tab without Fluent's colours
        // (the browser's own) rather than not at all.
        console.error('[tab] theme not loaded', error);
        if (live) setThemes(undefined);
      },
    );
    return () => {
      live = false;
    };
  }, [themes]);
  return themes === null ? null : themes?.[name];
}

/** Theme and language for everything the tab shows (also the sign-in picker and start-up states). */
export function TabRoot(props: { theme: TabThemeName; locale: Locale; children: ReactNode }) {
  const styles = useShellStyles();
  const theme = useTheme(props.theme);
  // Until the theme has loaded, an empty busy box rather than a flash of the tab without its colours.
  if (theme === null) return <div data-state="loading" aria-busy="true" />;
  return (
    // The page styles sit on an inner box: Fluent copies the provider's own classes onto every portal
    // (tooltips, popovers), where a full-height background would cover the page.
    <FluentProvider {...(theme ? { theme } : {})} lang={props.locale}>
      <div className={styles.root}>
        <LocaleProvider locale={props.locale}>
          <RenderErrorBoundary>{props.children}</RenderErrorBoundary>
        </LocaleProvider>
      </div>
    </FluentProvider>
  );
}

/** A full-page waiting or failure state, before the plan is there (inside `TabRoot`). */
export function StartupState(props: {
  busy?: boolean;
  error?: unknown;
  message?: string;
  onRetry?: () => void;
  /** What the person can do next (e.g. choose another year). */
  children?: ReactNode;
}) {
  const tr = useT();
  const styles = usePageStyles();
  return (
    <main className={styles.page}>
      <h1 className={styles.heading}>{tr('app.shortName')}</h1>
      {props.busy && <Spinner label={props.message ?? tr('tab.loading.plan')} />}
      {!props.busy && props.message && <p className={styles.text}>{props.message}</p>}
      <ErrorNotice error={props.error ?? null} />
      {props.children}
      {props.onRetry && !props.busy && (
        <div>
          <Button onClick={props.onRetry}>{tr('tab.action.retry')}</Button>
        </div>
      )}
    </main>
  );
}

/** Settings of the tab application, decided by the host. */
export interface TabAppProps {
  port: TabDataPort;
  /** Which page the host opened: the channel tab, its configuration or the personal tab. */
  page: 'channel' | 'config' | 'personal';
  planYear: number | null;
  focusAreaId: number | null;
  /** Standalone mode: the person signed in locally can sign out; Teams has no such button. */
  onSignOut?: () => void;
  onConfigChange?: (config: TabConfig) => void;
  /** Periods and reports (close, download, export); without it the tab has no periods page. */
  reports?: ReportsPort;
  /** Plan years and the decision chain; without it (no app server) the tab has no plan years page. */
  plans?: PlansPort;
  /** The follow-up of the principles per administration; without it (no app server) the tab has no such page. */
  principles?: PrinciplesPort;
}

/** The plan year the tab shows, kept in the URL (`?plan=2027`) so a reload or a shared link opens the same year. */
function usePlanYear(initial: number | null): [number | null, (year: number) => void] {
  const [year, setYear] = useState(initial);
  const open = useCallback((next: number) => {
    const url = new URL(window.location.href);
    url.searchParams.set('plan', String(next));
    window.history.replaceState(window.history.state, '', url);
    setYear(next);
  }, []);
  return [year, open];
}

/** The page `route` shows when it is loaded on demand (`lazyPage`): the tab opening on it fetches it at once. */
function lazyPageOf(route: Route): { preload(): void } | null {
  switch (route.page) {
    case 'initiative':
      return InitiativePage;
    case 'editInitiative':
      return InitiativeEditor;
    case 'editActivity':
    case 'newActivity':
      return ActivityEditor;
    case 'editEffect':
      return EffectEditor;
    case 'followUp':
      return FollowUpForm;
    case 'readiness':
      return ReadinessView;
    case 'mine':
      return PersonalView;
    case 'dashboard':
      return DashboardPage;
    case 'ledger':
      return EffectLedger;
    default:
      return null;
  }
}

/** The initiative whose pages (its page, its editors) `route` leads to, if any: they read only its part of the plan. */
function initiativeOf(route: Route, page: TabAppProps['page']): number | null {
  return page !== 'config' && 'id' in route ? route.id : null;
}

/**
 * Whether a page opened first needs the plan's whole view, so that it is read at once instead of the overview:
 * the plan years of a draft plan shown to an editor (its content is moved and retired there with the ETags read,
 * `PlanYearsPage`; an adopted plan's content is not changed there). The overview, the readiness check, the
 * personal view, the dashboard, the effect ledger, the periods, the principles and the configuration paint from
 * the overview's read (or read their own); an initiative's pages read that initiative's part (`InitiativeScope`).
 */
function needsWholeView(
  route: Route,
  page: TabAppProps['page'],
  plan: Plan,
  session: Pick<TabSession, 'canEdit'>,
): boolean {
  return page !== 'config' && route.page === 'plans' && session.canEdit && !isReadable(plan);
}

/**
 * The tab: loads the session and what the overview paints from (two requests; an initiative's part of the plan
 * with one more when its page opens, or beside the overview when the tab opens on it; the whole view with one
 * more when an editor first opens a draft plan's years), then shows the page the URL asks for. Members see edit
 * controls; readers see none (and the data layer refuses their writes anyway).
 */
export function TabApp(props: TabAppProps) {
  const tr = useT();
  const styles = useShellStyles();
  const [planYear, openYear] = usePlanYear(props.planYear);
  // The page shown, for the loader: a page opened first that needs the whole view has it read at once.
  const shown = useRef<Route | null>(null);
  const wholeFirst = useCallback(
    (plan: Plan, session: TabSession) =>
      shown.current !== null && needsWholeView(shown.current, props.page, plan, session),
    [props.page],
  );
  // An initiative's page opened first (a card's or a notification's link) paints from its part of the plan.
  const partFirst = useCallback(
    () => (shown.current !== null ? initiativeOf(shown.current, props.page) : null),
    [props.page],
  );
  // The plan overview opened first paints from the app's lead of it when that is fresh.
  const leadFirst = useCallback(
    () => props.page !== 'config' && shown.current?.page === 'overview',
    [props.page],
  );
  const {
    loaded,
    empty,
    missing,
    operation,
    reload,
    replace,
    remove,
    activities,
    loadActivities,
    details,
    loadDetails,
    holdWholeView,
    edits,
    loads,
    part,
    partial,
    lead,
  } = usePlanLoader(props.port, planYear, wholeFirst, partFirst, leadFirst);
  const [route, navigate] = useRoute(props.page === 'personal' ? { page: 'mine' } : { page: 'overview' });
  shown.current = route;
  // The page the tab opens on (a card's link to an initiative, say) is fetched while the plan is read.
  const [opensOn] = useState(route);
  useEffect(() => {
    if (props.page !== 'config') lazyPageOf(opensOn)?.preload();
  }, [opensOn, props.page]);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (route.page !== 'initiative') setNotice(null);
  }, [route.page]);

  useEffect(() => {
    const title = tr('app.shortName');
    document.title = loaded ? `${loaded.plan.planYear} – ${title}` : title;
  }, [loaded, tr]);

  const back = useCallback(
    (id: number) => (message: string | null) => {
      setNotice(message);
      navigate({ page: 'initiative', id });
    },
    [navigate],
  );

  if (!loaded) {
    if (empty) return <StartupState message={tr('tab.empty.noPlan')} />;
    if (missing)
      return (
        <StartupState message={tr('plans.missingYear', { year: missing.year })}>
          {missing.plans.length > 0 && (
            <Suspense fallback={null}>
              <LazyYearSwitcher plans={missing.plans} year={missing.year} onChange={openYear} />
            </Suspense>
          )}
        </StartupState>
      );
    return (
      <StartupState
        busy={operation.busy || !operation.error}
        error={operation.error}
        onRetry={() => void reload()}
      />
    );
  }

  const context = {
    session: loaded.session,
    plan: loaded.plan,
    // The whole view once a page read it, else what the overview paints from.
    view: loaded.view ?? loaded.overview,
    full: loaded.view,
    details,
    loadDetails,
    holdWholeView,
    port: props.port,
    replace,
    remove,
    refresh: reload,
    activities,
    loadActivities,
    edits,
    loads,
    part,
    partial,
    rest: { ready: !lead, loading: lead && !operation.error, error: lead ? operation.error : null },
    focusAreaId: props.focusAreaId,
  };
  /**
   * An initiative's pages paint from its part of the plan (or the whole view, once read), every other page from
   * the overview's read (a draft plan's content on the plan years from the whole view: `PlanYearsPage`).
   */
  const page = (r: Route, scoped = initiativeOf(r, props.page)): ReactNode =>
    (partial && scoped !== part?.id) || (lead && (props.page === 'config' || r.page !== 'overview')) ? (
      // The page opened first painted from its initiative's part, or the overview from the app's lead of it; the
      // others wait for the overview's read.
      <OnDemandStatus
        state={{ ready: false, loading: !operation.error, error: operation.error }}
        label="tab.loading.plan"
        onRetry={() => void reload()}
      />
    ) : scoped !== null ? (
      <InitiativeScope
        key={scoped}
        id={scoped}
        status={(state, retry) => (
          <OnDemandStatus state={{ ...state, loading: !state.error }} label="loading.page" onRetry={retry} />
        )}
      >
        {pageOf(r)}
      </InitiativeScope>
    ) : (
      pageOf(r)
    );
  const pageOf = (r: Route): ReactNode => {
    if (props.page === 'config')
      return (
        <ConfigView onChange={props.onConfigChange ?? (() => undefined)} standalone={!!props.onSignOut} />
      );
    switch (r.page) {
      case 'overview':
        return <PlanOverview initialArea={props.focusAreaId} />;
      case 'readiness':
        return <ReadinessView />;
      case 'mine':
        return <PersonalView />;
      case 'dashboard':
        return <DashboardPage />;
      case 'ledger':
        return <EffectLedger />;
      case 'plans':
        return props.plans ? (
          <LazyPlanYearsPage port={props.plans} onOpenYear={openYear} />
        ) : (
          <PlanOverview initialArea={props.focusAreaId} />
        );
      case 'principles':
        // Members and owners only: readers never see the principles' lists.
        return props.principles && loaded.session.canReadWorking ? (
          <LazyPrinciplesPage port={props.principles} />
        ) : (
          <PlanOverview initialArea={props.focusAreaId} />
        );
      case 'periods':
        return props.reports ? (
          <LazyPeriodsView port={props.reports} plan={loaded.plan} />
        ) : (
          <PlanOverview initialArea={props.focusAreaId} />
        );
      case 'initiative':
        return (
          <InitiativePage
            key={`${r.id}-${r.section ?? ''}`}
            id={r.id}
            notice={notice}
            navigate={navigate}
            section={r.section}
          />
        );
      case 'editInitiative':
        return loaded.session.canEdit ? (
          <InitiativeEditor id={r.id} navigate={navigate} onDone={back(r.id)} focusField={r.field} />
        ) : (
          <ReadOnly id={r.id} />
        );
      case 'editActivity':
        return loaded.session.canEdit ? (
          <ActivityEditor id={r.id} activityId={r.activityId} navigate={navigate} onDone={back(r.id)} />
        ) : (
          <ReadOnly id={r.id} />
        );
      case 'newActivity':
        return loaded.session.canEdit ? (
          <ActivityEditor id={r.id} activityId={null} navigate={navigate} onDone={back(r.id)} />
        ) : (
          <ReadOnly id={r.id} />
        );
      case 'editEffect':
        return loaded.session.canEdit ? (
          <EffectEditor
            key={String(r.effectId)}
            id={r.id}
            effectId={r.effectId}
            navigate={navigate}
            onDone={back(r.id)}
          />
        ) : (
          <ReadOnly id={r.id} />
        );
      case 'followUp':
        return loaded.session.canEdit ? (
          <FollowUpForm id={r.id} onDone={back(r.id)} />
        ) : (
          <ReadOnly id={r.id} />
        );
    }
  };

  return (
    <OverviewContextProvider value={context}>
      <header className={styles.header}>
        <span className={styles.appName}>
          {tr('app.shortName')} {loaded.plan.planYear}
        </span>
        {props.page !== 'config' && loaded.session.plans.length > 1 && (
          <span className={styles.switcher}>
            <Suspense fallback={null}>
              <LazyYearSwitcher
                plans={loaded.session.plans}
                year={loaded.plan.planYear}
                onChange={openYear}
              />
            </Suspense>
          </span>
        )}
        {props.page !== 'config' && (
          <nav aria-label={tr('tab.nav.label')} className={styles.nav}>
            <ul className={styles.navList}>
              {(
                [
                  [{ page: 'overview' }, 'tab.nav.overview'],
                  [{ page: 'readiness' }, 'tab.nav.readiness'],
                  [{ page: 'dashboard' }, 'dashboard.nav'],
                  [{ page: 'ledger' }, 'effects.ledger.nav'],
                  [{ page: 'mine' }, 'tab.nav.mine'],
                  [{ page: 'periods' }, 'reports.tab.nav'],
                  [{ page: 'plans' }, 'plans.nav'],
                  [{ page: 'principles' }, 'principles.nav'],
                ] as const
              )
                .filter(
                  ([r]) =>
                    (r.page !== 'periods' || props.reports) &&
                    (r.page !== 'plans' || props.plans) &&
                    (r.page !== 'principles' || (props.principles && loaded.session.canReadWorking)),
                )
                .map(([r, label]) => (
                  <li key={r.page}>
                    <Link href={routeHash(r)} aria-current={route.page === r.page ? 'page' : undefined}>
                      {tr(label)}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
        )}
        <span className={styles.who}>
          <span>
            {tr('tab.role.signedInAs', {
              name: loaded.session.user.title,
              role: tr(
                loaded.session.siteOwner
                  ? 'tab.role.owner'
                  : loaded.session.canEdit
                    ? 'tab.role.member'
                    : 'tab.role.reader',
              ),
            })}
          </span>
          {props.onSignOut && (
            <Button size="small" onClick={props.onSignOut}>
              {tr('tab.signIn.signOut')}
            </Button>
          )}
        </span>
      </header>
      {!isReadable(loaded.plan) && (
        <MessageBar intent="warning" className={styles.draft}>
          <MessageBarBody>
            {tr(`planStatus.${loaded.plan.status}`)}. {tr('plans.draftNotice')}
          </MessageBarBody>
        </MessageBar>
      )}
      {loaded.plan.exampleData && (
        <Suspense fallback={null}>
          <ExampleDataNotice plan={loaded.plan} locale={tr.locale} className={styles.draft} />
        </Suspense>
      )}
      <main>
        <Suspense fallback={<Spinner label={tr('loading.page')} />}>{page(route)}</Suspense>
      </main>
    </OverviewContextProvider>
  );
}

function ReadOnly(props: { id: number }) {
  const tr = useT();
  const styles = usePageStyles();
  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>{tr('tab.role.cannotEdit')}</h1>
      <p className={styles.text}>{tr('tab.role.readOnly')}</p>
      <Link href={routeHash({ page: 'initiative', id: props.id })}>{tr('tab.nav.backToInitiative')}</Link>
    </div>
  );
}
