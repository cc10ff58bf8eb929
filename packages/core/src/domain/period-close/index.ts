export {
  REPORT_KINDS,
  CLOSURE_STATES,
  REPORT_CONTENT_TYPES,
  closureKey,
  reportFileNames,
  PeriodAlreadyClosedError,
  NothingApprovedError,
  NotAdministratorError,
  ReportStorageError,
} from './period-close.js';
export type { ReportKind, ClosureState, PeriodClosure, StoredReport } from './period-close.js';
export { buildSnapshot, SNAPSHOT_FORMAT } from './snapshot.js';
export type {
  PeriodSnapshot,
  SnapshotInput,
  SnapshotFocusArea,
  SnapshotInitiative,
  SnapshotEffect,
  SnapshotFollowUp,
} from './snapshot.js';
export { buildReportContent } from './report-content.js';
export type {
  ReportContent,
  ReportArea,
  ReportInitiative,
  ReportChart,
  ReportFact,
  ReportTextSection,
} from './report-content.js';
export { checkPeriodClose } from './close-check.js';
export type { PeriodFollowUps, PeriodCloseCheck, CloseCheckInitiative } from './close-check.js';
export { parsePeriodRequest } from './request.js';
export type { PeriodRequest } from './request.js';
