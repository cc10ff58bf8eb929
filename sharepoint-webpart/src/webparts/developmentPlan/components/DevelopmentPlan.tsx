import * as React from 'react';
import {
  Body1,
  FluentProvider,
  Spinner,
  Subtitle1,
  Text,
  Title2,
  webLightTheme,
} from '@fluentui/react-components';
import type { SPFI } from '@pnp/sp';
import { t, type Locale, type PlanView } from '@devplan/shared';
import { createRepositories, PlanSite, PlanViewReader, READER_PARTS } from '@devplan/shared/sp';

/** Props of the intranet view. */
export interface IDevelopmentPlanProps {
  title: string;
  locale: Locale;
  sp: SPFI;
  siteUrl: string;
}

type LoadState =
  | { kind: 'loading' }
  | { kind: 'empty' }
  | { kind: 'loaded'; view: PlanView }
  | { kind: 'failed'; message: string };

/** Reads the latest adopted plan as an intranet reader: published data only. */
function usePlanView(sp: SPFI, siteUrl: string): LoadState {
  const [state, setState] = React.useState<LoadState>({ kind: 'loading' });
  React.useEffect(() => {
    let active = true;
    const repos = createRepositories(new PlanSite(sp, siteUrl));
    repos.plans
      .all()
      .then(async (plans) => {
        const plan = plans.find((p) => p.status === 'approved' || p.status === 'adopted') ?? plans[0];
        if (!plan) return { kind: 'empty' } as const;
        return {
          kind: 'loaded',
          view: await new PlanViewReader(repos).load(plan, { parts: READER_PARTS }),
        } as const;
      })
      .then(
        (next) => active && setState(next),
        (error: unknown) =>
          active &&
          setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      active = false;
    };
  }, [sp, siteUrl]);
  return state;
}

/**
 * The intranet web part's first view: the adopted plan's focus areas and initiatives with their goals.
 * The full reader view (layouts, published follow-ups, filters) is the web part issue's work.
 */
export const DevelopmentPlan: React.FC<IDevelopmentPlanProps> = ({ title, locale, sp, siteUrl }) => {
  const state = usePlanView(sp, siteUrl);
  return (
    <FluentProvider theme={webLightTheme} lang={locale === 'sv' ? 'sv-SE' : 'en-GB'}>
      <Title2 as="h2">{title || t(locale, 'app.shortName')}</Title2>
      {state.kind === 'loading' && <Spinner label={t(locale, 'webpart.loading')} />}
      {state.kind === 'empty' && <Text block>{t(locale, 'webpart.empty')}</Text>}
      {state.kind === 'failed' && (
        <Text block role="alert">
          {t(locale, 'webpart.failed', { message: state.message })}
        </Text>
      )}
      {state.kind === 'loaded' && (
        <section aria-label={state.view.plan.title}>
          <Body1 block>{state.view.plan.title}</Body1>
          {state.view.focusAreas.map((area) => (
            <section key={area.id} aria-labelledby={`area-${area.id}`}>
              <Subtitle1 as="h3" id={`area-${area.id}`} block>
                {area.title}
              </Subtitle1>
              <ul>
                {state.view.initiatives
                  .filter((i) => i.focusAreaId === area.id)
                  .map((i) => (
                    <li key={i.id}>
                      <Text weight="semibold">{i.title}</Text> <Text>{i.goal}</Text>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </section>
      )}
    </FluentProvider>
  );
};
