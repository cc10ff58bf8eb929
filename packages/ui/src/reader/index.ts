/**
 * The intranet reader view of a development plan, shared by the SharePoint web part and the local preview
 * page: the component, its settings (property pane / query string), and the
 * reader model (latest approved follow-ups, what changed since the last period).
 */
export { DevelopmentPlanReader } from './DevelopmentPlanReader.js';
export type { DevelopmentPlanReaderProps, InitiativeOpened } from './DevelopmentPlanReader.js';
export { ReaderError, ReaderLoading, ReaderSignIn } from './ReaderMessage.js';
export { readerTheme } from './theme.js';
export {
  READER_LAYOUTS,
  READER_SECTIONS,
  DEFAULT_READER_SETTINGS,
  parsePlanChoice,
  settingsFromQuery,
  settingsToQuery,
  initiativeHash,
  initiativeFromHash,
  sectionsFromFlags,
} from './settings.js';
export type { ReaderLayout, ReaderSection, ReaderSettings, PlanChoice } from './settings.js';
export { buildReaderModel } from './model.js';
export type { ReaderModel, ReaderArea, ReaderInitiative, InitiativeChange } from './model.js';
export { usePlanView, errorMessage } from './usePlanView.js';
export type { PlanViewState } from './usePlanView.js';
export { useDeepLink, initiativeElementId } from './useDeepLink.js';
export { formatDate, formatNumber, periodLabel } from '@devplan/core/format';
export { timelineText } from './format.js';
