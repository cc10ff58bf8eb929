import {
  Button,
  FluentProvider,
  Link,
  makeStyles,
  Spinner,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
} from '@fluentui/react-components';
import { Component, useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Locale } from '../../domain/index.js';
import { ConfigView, type TabConfig } from './ConfigView.js';
import { TabContextProvider, usePlanLoader } from './data.js';
import { ActivityEditor, EffectEditor, InitiativeEditor } from './editors.js';
import { FollowUpForm } from './FollowUpForm.js';
import { LocaleProvider, useT } from './i18n.js';
import { InitiativePage } from './InitiativePage.js';
import { ErrorNotice } from './operation.js';
import { PersonalView } from './PersonalView.js';
import { PlanOverview } from './PlanOverview.js';
import type { TabDataPort } from './port.js';
import { ReadinessView } from './ReadinessView.js';
import { routeHash, useRoute, type Route } from './route.js';
import { usePageStyles } from './styles.js';

/** The tab's three looks, as Teams has them. */
export type TabThemeName = 'light' | 'dark' | 'highContrast';

const THEMES = { light: teamsLightTheme, dark: teamsDarkTheme, highContrast: teamsHighContrastTheme };

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
  nav: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  navList: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  who: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  appName: { fontWeight: tokens.fontWeightSemibold },
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

/** Theme and language for everything the tab shows (also the sign-in picker and start-up states). */
export function TabRoot(props: { theme: TabThemeName; locale: Locale; children: ReactNode }) {
  const styles = useShellStyles();
  return (
    <FluentProvider theme={THEMES[props.theme]} className={styles.root} lang={props.locale}>
      <LocaleProvider locale={props.locale}>
        <RenderErrorBoundary>{props.children}</RenderErrorBoundary>
      </LocaleProvider>
    </FluentProvider>
  );
}

/** A full-page waiting or failure state, before the plan is there (inside `TabRoot`). */
export function StartupState(props: {
  busy?: boolean;
  error?: unknown;
  message?: string;
  onRetry?: () => void;
}) {
  const tr = useT();
  const styles = usePageStyles();
  return (
    <main className={styles.page}>
      <h1 className={styles.heading}>{tr('app.shortName')}</h1>
      {props.busy && <Spinner label={props.message ?? tr('tab.loading.plan')} />}
      {!props.busy && props.message && <p className={styles.text}>{props.message}</p>}
      <ErrorNotice error={props.error ?? null} />
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
}

/**
 * The tab: loads the session and the plan (two requests), then shows the page the URL asks for. Members see
 * edit controls; readers see none (and the data layer refuses their writes anyway).
 */
export function TabApp(props: TabAppProps) {
  const tr = useT();
  const styles = useShellStyles();
  const { loaded, empty, operation, reload, replace } = usePlanLoader(props.port, props.planYear);
  const [route, navigate] = useRoute(props.page === 'personal' ? { page: 'mine' } : { page: 'overview' });
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
    return (
      <StartupState
        busy={operation.busy || !operation.error}
        error={operation.error}
        onRetry={() => void reload()}
      />
    );
  }

  const context = { ...loaded, port: props.port, replace, refresh: reload, focusAreaId: props.focusAreaId };
  const page = (r: Route): ReactNode => {
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
      case 'initiative':
        return <InitiativePage id={r.id} notice={notice} navigate={navigate} />;
      case 'editInitiative':
        return loaded.session.canEdit ? (
          <InitiativeEditor id={r.id} navigate={navigate} onDone={back(r.id)} />
        ) : (
          <ReadOnly id={r.id} />
        );
      case 'editActivity':
        return loaded.session.canEdit ? (
          <ActivityEditor id={r.id} activityId={r.activityId} navigate={navigate} onDone={back(r.id)} />
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
    <TabContextProvider value={context}>
      <header className={styles.header}>
        <span className={styles.appName}>
          {tr('app.shortName')} {loaded.plan.planYear}
        </span>
        {props.page !== 'config' && (
          <nav aria-label={tr('tab.nav.label')} className={styles.nav}>
            <ul className={styles.navList}>
              {(
                [
                  [{ page: 'overview' }, 'tab.nav.overview'],
                  [{ page: 'readiness' }, 'tab.nav.readiness'],
                  [{ page: 'mine' }, 'tab.nav.mine'],
                ] as const
              ).map(([r, label]) => (
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
              role: loaded.session.canEdit ? tr('tab.role.member') : tr('tab.role.reader'),
            })}
          </span>
          {props.onSignOut && (
            <Button size="small" onClick={props.onSignOut}>
              {tr('tab.signIn.signOut')}
            </Button>
          )}
        </span>
      </header>
      <main>{page(route)}</main>
    </TabContextProvider>
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
