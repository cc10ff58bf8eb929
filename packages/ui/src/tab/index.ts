/**
 * The Teams tab's views (React 17 + Fluent UI v9): plan overview, initiative page, follow-up form,
 * editors, readiness, personal and configuration pages. They read and write only through a `TabDataPort`
 * the host hands in, so the web part can reuse what fits.
 */
export { TabApp, TabRoot, StartupState } from './TabApp.js';
export type { TabAppProps, TabThemeName } from './TabApp.js';
export { SignInPicker } from './SignInPicker.js';
export type { LocalUser } from './SignInPicker.js';
export { configQuery } from './config.js';
export type { TabConfig } from './config.js';
export { PlanOverview, filterInitiatives } from './PlanOverview.js';
export type { OverviewFilters } from './PlanOverview.js';
export { InitiativePage } from './InitiativePage.js';
export { FollowUpForm, FOLLOW_UP_FIELDS, defaultPeriod } from './FollowUpForm.js';
export {
  InitiativeEditor,
  ActivityEditor,
  EffectEditor,
  INITIATIVE_FIELDS,
  ACTIVITY_FIELDS,
  EFFECT_FIELDS,
} from './editors.js';
export { ReadinessView } from './ReadinessView.js';
export { PersonalView } from './PersonalView.js';
export { PendingApprovals, usePendingApprovals } from './PendingApprovals.js';
export { ActivitiesSection } from './ActivitiesSection.js';
export { ConfirmDialog } from './ConfirmDialog.js';
export { AuditTrail, changeDetails } from './AuditTrail.js';
export { StatusLabel, useStatusText } from './status.js';
export type { StatusOf } from './status.js';
export { LocaleProvider, useLocale, useT } from './i18n.js';
export { formatDate, formatDateTime } from '@devplan/core/format';
export type { Translator } from './i18n.js';
export { useOperation, ErrorNotice } from './operation.js';
export type { Operation, OperationHandlers } from './operation.js';
export {
  toForm,
  fromForm,
  issuesByField,
  useEntityForm,
  ConflictDialog,
  ConfirmDiscard,
  EntityFormView,
  FormField,
} from './form.js';
export type { FieldSpec, FieldKind, FormValues, EntityForm, Conflict } from './form.js';
export {
  OverviewContextProvider,
  TabContextProvider,
  useOverview,
  useTab,
  usePlanLoader,
  useWholeView,
  visibleFollowUps,
  latestFollowUps,
  WholeView,
} from './data.js';
export type {
  LoadedOverview,
  LoadedPlan,
  OnDemandState,
  OverviewContextValue,
  OverviewShownFollowUp,
  TabContextValue,
  ShownFollowUp,
} from './data.js';
export { parseRoute, routeHash, useRoute } from './route.js';
export type { Route } from './route.js';
export { PeriodsView, LazyPeriodsView, saveFile } from './periods/index.js';
