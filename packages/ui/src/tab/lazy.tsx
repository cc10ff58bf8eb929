import { lazy, type ComponentType } from 'react';

// The tab's pages beyond the plan overview, each loaded on demand (its own chunk in the built tab): the
// overview, the first thing the tab shows, does not wait for the forms, editors, dialogs and charts.
// TabApp renders them inside a Suspense boundary.

/**
 * A page (or a control) loaded on demand, with the texts of the pages loaded on demand (`tabPageTexts`, fetched
 * beside it): shown once both are there; `quiet` shows nothing meanwhile instead of a spinner. `preload()` starts
 * fetching both before the page is shown (the page the tab opens on, while the plan is read).
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>, quiet = false) {
  const both = () => Promise.all([load(), import('./page-texts.js')]);
  const Page = lazy(() =>
    both().then(([Component, texts]) => ({ default: texts.withPageTexts(Component, quiet) })),
  );
  return Object.assign(Page, {
    preload(): void {
      both().then(
        () => undefined,
        // The page fetches its chunk again when it is shown, and says why should it fail again.
        (error: unknown) =>
          console.warn('A page could not be fetched ahead; it is fetched when shown.', error),
      );
    },
  });
}

/** The initiative page, loaded on demand. */
export const InitiativePage = lazyPage(() => import('./InitiativePage.js').then((m) => m.InitiativePage));
/** The personal view, loaded on demand. */
export const PersonalView = lazyPage(() => import('./PersonalView.js').then((m) => m.PersonalView));
/** The initiative editor, loaded on demand. */
export const InitiativeEditor = lazyPage(() => import('./editors.js').then((m) => m.InitiativeEditor));
/** The activity editor, loaded on demand. */
export const ActivityEditor = lazyPage(() => import('./editors.js').then((m) => m.ActivityEditor));
/** The effect editor, loaded on demand. */
export const EffectEditor = lazyPage(() => import('./editors.js').then((m) => m.EffectEditor));
/** The follow-up form, loaded on demand. */
export const FollowUpForm = lazyPage(() => import('./FollowUpForm.js').then((m) => m.FollowUpForm));
/** The readiness view, loaded on demand. */
export const ReadinessView = lazyPage(() => import('./ReadinessView.js').then((m) => m.ReadinessView));
/** The effects dashboard, loaded on demand. */
export const DashboardPage = lazyPage(() =>
  import('./effects/DashboardPage.js').then((m) => m.DashboardPage),
);
/** The channel tab's configuration page (shown only while a tab is set up in Teams), loaded on demand. */
export const ConfigView = lazyPage(() => import('./ConfigView.js').then((m) => m.ConfigView));
/** The effect ledger, loaded on demand. */
export const EffectLedger = lazyPage(() => import('./effects/EffectLedger.js').then((m) => m.EffectLedger));
/** The example-data notice (shown only on a site holding `npm start`'s example data), loaded on demand. */
export const ExampleDataNotice = lazy(() =>
  import('../common/ExampleDataNotice.js').then((m) => ({ default: m.ExampleDataNotice })),
);
