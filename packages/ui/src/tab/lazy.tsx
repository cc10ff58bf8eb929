import { lazy } from 'react';

// The tab's pages beyond the plan overview, each loaded on demand (its own chunk in the built tab): the
// overview, the first thing the tab shows, does not wait for the forms, editors, dialogs and charts.
// TabApp renders them inside a Suspense boundary.

/** The initiative page, loaded on demand. */
export const InitiativePage = lazy(() =>
  import('./InitiativePage.js').then((m) => ({ default: m.InitiativePage })),
);
/** The personal view, loaded on demand. */
export const PersonalView = lazy(() =>
  import('./PersonalView.js').then((m) => ({ default: m.PersonalView })),
);
/** The initiative editor, loaded on demand. */
export const InitiativeEditor = lazy(() =>
  import('./editors.js').then((m) => ({ default: m.InitiativeEditor })),
);
/** The activity editor, loaded on demand. */
export const ActivityEditor = lazy(() => import('./editors.js').then((m) => ({ default: m.ActivityEditor })));
/** The effect editor, loaded on demand. */
export const EffectEditor = lazy(() => import('./editors.js').then((m) => ({ default: m.EffectEditor })));
/** The follow-up form, loaded on demand. */
export const FollowUpForm = lazy(() =>
  import('./FollowUpForm.js').then((m) => ({ default: m.FollowUpForm })),
);
/** The readiness view, loaded on demand. */
export const ReadinessView = lazy(() =>
  import('./ReadinessView.js').then((m) => ({ default: m.ReadinessView })),
);
/** The effects dashboard, loaded on demand. */
export const DashboardPage = lazy(() =>
  import('./effects/DashboardPage.js').then((m) => ({ default: m.DashboardPage })),
);
/** The effect ledger, loaded on demand. */
export const EffectLedger = lazy(() =>
  import('./effects/EffectLedger.js').then((m) => ({ default: m.EffectLedger })),
);
/** The example-data notice (shown only on a site holding `npm start`'s example data), loaded on demand. */
export const ExampleDataNotice = lazy(() =>
  import('../common/ExampleDataNotice.js').then((m) => ({ default: m.ExampleDataNotice })),
);
