import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { FluentProvider, makeStyles, mergeClasses, tokens, type Theme } from '@fluentui/react-components';
import type { Locale, ReaderPlanView } from '@devplan/core/domain';
import { readerTexts, t } from '@devplan/core/i18n';
import { ExampleDataNotice, PartialPrintNotice } from '../common/index.js';
import { useTexts } from '../common/texts.js';
import { ChangesSection } from './ChangesSection.js';
import { InitiativeCard } from './InitiativeCard.js';
import { buildReaderModel } from './model.js';
import { OverviewLayout } from './OverviewLayout.js';
import { PlanHeader } from './PlanHeader.js';
import { ReaderEmpty, ReaderError, ReaderLoading } from './ReaderMessage.js';
import type { ReaderLayout, ReaderSettings } from './settings.js';
import type { PlanSource } from '@devplan/core/ports';
import { readerTheme } from './theme.js';
import { Toolbar } from './Toolbar.js';
import { useControlStyles } from '../common/controls.js';
import { initiativeElementId, linkedInitiative, useDeepLink } from './useDeepLink.js';
import { errorMessage, usePlanView, type OnDemandStatus } from './usePlanView.js';

// Only the default layout (the overview) comes with the view: the table is loaded when it is shown.
const TableLayout = lazy(() => import(/* webpackChunkName: "devplan-table" */ './TableLayout.js'));
// The timeline is the heaviest layout and the least used: its code is loaded only when it is shown.
const TimelineLayout = lazy(() => import(/* webpackChunkName: "devplan-timeline" */ './TimelineLayout.js'));
// So are the dashboard and its chart library (`@fluentui/react-charts`).
const DashboardLayout = lazy(
  () => import(/* webpackChunkName: "devplan-dashboard" */ './DashboardLayout.js'),
);

const useStyles = makeStyles({
  root: {
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    lineHeight: tokens.lineHeightBase300,
    '@media print': { color: '#000', fontSize: '11pt' },
  },
  note: {
    margin: `${tokens.spacingVerticalS} 0`,
    padding: tokens.spacingVerticalS,
    borderLeft: `4px solid ${tokens.colorPaletteYellowBorderActive}`,
    color: tokens.colorNeutralForeground2,
  },
  selected: {
    marginBlock: tokens.spacingVerticalM,
    '@media print': { display: 'none' },
  },
  selectedHeader: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  selectedHeading: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

/** Props of the reader view. */
export interface DevelopmentPlanReaderProps {
  /** Where the plan comes from (built by the host from its PnPjs instance). */
  source: PlanSource;
  locale: Locale;
  /** The editor's choices: plan, area, layout, parts shown. */
  settings: ReaderSettings;
  /** The web part's heading; the plan's title when empty. */
  title?: string;
  /** Told when a plan has loaded (the web part offers its areas in the property pane). */
  onViewLoaded?: (view: ReaderPlanView) => void;
  /**
   * Told when the reader opens an initiative (a link to it followed, or a deep link on arrival); the web
   * component turns it into its `initiative-open` event.
   */
  onInitiativeOpen?: (opened: InitiativeOpened) => void;
  /** Fluent's theme (tokens); the reader's own light theme (`readerTheme`) when not given. */
  theme?: Partial<Theme>;
}

/** The initiative a reader opened: its id, and its title when the plan has it. */
export interface InitiativeOpened {
  initiativeId: number;
  title: string | null;
  planYear: number;
}

/** The plan's heading (with its decisions, as the editor chose) and, on example data, the notice saying so. */
function PlanHeading({
  view,
  locale,
  sections,
  title,
}: {
  view: ReaderPlanView;
  locale: Locale;
  sections: ReaderSettings['sections'];
  title?: string;
}): ReactElement {
  return (
    <>
      <PlanHeader
        plan={view.plan}
        decisions={view.decisions}
        title={title}
        showDecisions={sections.includes('decisions')}
        locale={locale}
      />
      <ExampleDataNotice plan={view.plan} locale={locale} />
    </>
  );
}

function LoadedPlan({
  view,
  activities,
  whole,
  wholeError,
  onRetry,
  locale,
  settings,
  title,
  onInitiativeOpen,
}: {
  view: ReaderPlanView;
  activities: OnDemandStatus;
  /** Where the whole view stands when `view` is its first screen (`view.lead`). */
  whole: OnDemandStatus;
  wholeError?: Error | undefined;
  onRetry: () => void;
  locale: Locale;
  settings: ReaderSettings;
  title?: string;
  onInitiativeOpen?: (opened: InitiativeOpened) => void;
}): ReactElement {
  const styles = useStyles();
  const controls = useControlStyles();
  const [layout, setLayout] = useState<ReaderLayout>(settings.layout);
  const [areaId, setAreaId] = useState<number | null>(settings.areaId);
  useEffect(() => setLayout(settings.layout), [settings.layout]);
  useEffect(() => setAreaId(settings.areaId), [settings.areaId]);
  const { selected, select } = useDeepLink();
  const model = useMemo(() => buildReaderModel(view, { areaId }), [view, areaId]);
  const { sections } = settings;
  const target = selected === null ? undefined : model.byId.get(selected);
  const cardInLayout = layout === 'overview' && model.initiatives.some((i) => i.initiative.id === selected);
  // The view's own root (the page, or the web component's shadow root): ids are looked up there.
  const layoutRef = useRef<HTMLDivElement>(null);
  const opened = useRef(onInitiativeOpen);
  opened.current = onInitiativeOpen;

  // Whether the view was a lead (`partial`) at the last run of the effect below.
  const wasPartial = useRef(model.partial);
  useEffect(() => {
    const fromLead = wasPartial.current && !model.partial;
    wasPartial.current = model.partial;
    if (selected === null) return;
    const root = layoutRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    const element = (root ?? document).getElementById(initiativeElementId(selected));
    if (!element) return;
    // When the whole view replaces the lead, the card shown on its own may have moved into its area's list: it
    // takes the focus again only if the focus went with the card (never from where the reader has moved it).
    const active = (root ?? document).activeElement;
    if (fromLead && active && active !== document.body) return;
    element.scrollIntoView?.({ block: 'start' });
    element.focus({ preventScroll: true });
  }, [selected, layout, model.partial]);

  useEffect(() => {
    if (selected === null) return;
    const item = model.byId.get(selected);
    opened.current?.({
      initiativeId: selected,
      title: item?.initiative.title ?? null,
      planYear: view.plan.planYear,
    });
    // Told once per opening, not again when the area filter rebuilds the model.
  }, [selected]);

  return (
    <>
      <PlanHeading view={view} locale={locale} sections={sections} title={title} />
      {(view.unverifiedPublications ?? 0) > 0 && (
        <p role="note" className={styles.note}>
          {t(locale, 'reader.unverified', { count: view.unverifiedPublications ?? 0 })}
        </p>
      )}
      <Toolbar
        locale={locale}
        layout={layout}
        onLayout={setLayout}
        areas={model.allAreas}
        areaId={model.areas.length === model.allAreas.length ? null : areaId}
        onArea={setAreaId}
        shown={model.shownCount}
        total={model.total}
      />
      {selected !== null && !cardInLayout && (
        <section className={styles.selected} aria-labelledby="devplan-selected-heading">
          <div className={styles.selectedHeader}>
            <h3 id="devplan-selected-heading" className={styles.selectedHeading}>
              {t(locale, 'reader.selected.heading')}
            </h3>
            <button
              type="button"
              className={mergeClasses(controls.button, controls.subtle)}
              onClick={() => select(null)}
            >
              {t(locale, 'reader.selected.close')}
            </button>
          </div>
          {target ? (
            <InitiativeCard
              item={target}
              locale={locale}
              sections={sections}
              selected
              activities={activities}
            />
          ) : model.partial && whole === 'loading' ? (
            <ReaderLoading label={t(locale, 'reader.whole.loading')} />
          ) : (
            <ReaderEmpty text={t(locale, 'reader.selected.missing', { id: selected })} />
          )}
        </section>
      )}
      {whole === 'failed' && (
        <ReaderError
          locale={locale}
          text={t(locale, 'reader.whole.failed', {
            message: wholeError ? errorMessage(wholeError, locale) : '',
          })}
          onRetry={onRetry}
        />
      )}
      {model.partial && <PartialPrintNotice locale={locale} />}
      {sections.includes('changes') && <ChangesSection model={model} locale={locale} />}
      <div data-layout={layout} ref={layoutRef}>
        {model.shownCount === 0 ? (
          <ReaderEmpty text={t(locale, 'reader.empty.noInitiatives')} />
        ) : layout === 'overview' ? (
          <OverviewLayout
            model={model}
            locale={locale}
            sections={sections}
            selected={selected}
            activities={activities}
          />
        ) : model.partial ? (
          // The other layouts show every initiative: they wait for the whole view (or say it could not be read).
          whole === 'failed' ? null : (
            <ReaderLoading label={t(locale, 'reader.whole.loading')} />
          )
        ) : layout === 'table' ? (
          <Suspense fallback={<ReaderLoading label={t(locale, 'reader.table.loading')} />}>
            <TableLayout model={model} locale={locale} selected={selected} />
          </Suspense>
        ) : layout === 'dashboard' ? (
          <Suspense fallback={<ReaderLoading label={t(locale, 'reader.dashboard.loading')} />}>
            <DashboardLayout model={model} locale={locale} />
          </Suspense>
        ) : (
          <Suspense fallback={<ReaderLoading label={t(locale, 'reader.timeline.loading')} />}>
            <TimelineLayout model={model} locale={locale} selected={selected} />
          </Suspense>
        )}
      </div>
    </>
  );
}

/**
 * The initiative a link on arrival names, from its own part of the plan while the whole plan is read: the plan's
 * heading and the initiative's card (as the whole view shows the chosen one).
 */
function LinkedFirst({
  view,
  id,
  locale,
  settings,
  title,
}: {
  view: ReaderPlanView;
  id: number;
  locale: Locale;
  settings: ReaderSettings;
  title?: string;
}): ReactElement | null {
  const styles = useStyles();
  const item = useMemo(() => buildReaderModel(view, { areaId: null }).byId.get(id), [view, id]);
  const { sections } = settings;
  return (
    <>
      <PlanHeading view={view} locale={locale} sections={sections} title={title} />
      {item && (
        <section className={styles.selected} aria-labelledby="devplan-selected-heading">
          <div className={styles.selectedHeader}>
            <h3 id="devplan-selected-heading" className={styles.selectedHeading}>
              {t(locale, 'reader.selected.heading')}
            </h3>
          </div>
          <InitiativeCard item={item} locale={locale} sections={sections} selected />
        </section>
      )}
    </>
  );
}

/**
 * The intranet reader view of a development plan (read-only): the plan, its focus areas and initiatives with
 * the latest approved follow-ups, effects and what changed since the last period, as an overview, a table or
 * a timeline, with loading, empty and error states and deep links (`#initiative=12`). Mounted by the
 * SharePoint web part and by the local preview page.
 */
export function DevelopmentPlanReader({
  source,
  locale,
  settings,
  title,
  onViewLoaded,
  onInitiativeOpen,
  theme,
}: DevelopmentPlanReaderProps): ReactElement {
  const styles = useStyles();
  // The initiative a link on arrival names: its card paints from its own part while the whole plan is read.
  const [linked] = useState(linkedInitiative);
  const { state, retry, part } = usePlanView(
    source,
    settings.plan,
    settings.sections.includes('activities'),
    linked,
  );
  // The plan is fetched while the texts are (English on demand); nothing is shown until they are here.
  const textsLoaded = useTexts(readerTexts, locale);
  useEffect(() => {
    if (state.kind === 'loaded') onViewLoaded?.(state.view);
  }, [state, onViewLoaded]);
  if (!textsLoaded)
    return (
      <FluentProvider theme={theme ?? readerTheme} lang={locale === 'sv' ? 'sv-SE' : 'en-GB'}>
        <div className={styles.root} data-testid="devplan-reader" data-state="loading" aria-busy="true" />
      </FluentProvider>
    );
  return (
    <FluentProvider theme={theme ?? readerTheme} lang={locale === 'sv' ? 'sv-SE' : 'en-GB'}>
      <div
        className={styles.root}
        data-testid="devplan-reader"
        data-state={state.kind}
        data-activities={state.kind === 'loaded' ? state.activities : undefined}
        data-whole={state.kind === 'loaded' ? state.whole : undefined}
      >
        {state.kind === 'loading' && part && linked !== null && (
          <LinkedFirst view={part} id={linked} locale={locale} settings={settings} title={title} />
        )}
        {state.kind === 'loading' && <ReaderLoading label={t(locale, 'reader.loading')} />}
        {state.kind === 'empty' && (
          <ReaderEmpty
            text={
              settings.plan === 'latest'
                ? t(locale, 'reader.empty.noPlan')
                : t(locale, 'reader.empty.noPlanForYear', { year: settings.plan })
            }
          />
        )}
        {state.kind === 'failed' && (
          <ReaderError locale={locale} message={errorMessage(state.error, locale)} onRetry={retry} />
        )}
        {state.kind === 'loaded' && (
          <LoadedPlan
            view={state.view}
            activities={state.activities}
            whole={state.whole}
            wholeError={state.wholeError}
            onRetry={retry}
            locale={locale}
            settings={settings}
            title={title}
            onInitiativeOpen={onInitiativeOpen}
          />
        )}
      </div>
    </FluentProvider>
  );
}
