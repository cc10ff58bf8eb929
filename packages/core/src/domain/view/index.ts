export {
  latestByInitiative,
  OVERVIEW_EFFECT_FIELDS,
  OVERVIEW_FOLLOW_UP_FIELDS,
  OVERVIEW_INITIATIVE_FIELDS,
  overviewOf,
  initiativeSlice,
  READER_EFFECT_FIELDS,
  READER_INITIATIVE_FIELDS,
} from './plan-view.js';
export type {
  PlanView,
  PlanViewPart,
  DecisionHistory,
  OverviewEffect,
  OverviewFollowUp,
  OverviewInitiative,
  OverviewPlanView,
  ReaderEffectData,
  ReaderInitiativeData,
  ReaderPlanView,
} from './plan-view.js';
export {
  lastChange,
  parseReaderSnapshot,
  READER_SNAPSHOT_FILE,
  READER_SNAPSHOT_VERSION,
  READER_VIEW_LISTS,
  readerSnapshotFileText,
  readerSnapshotJson,
  readerSnapshotSealPayload,
  sameStamps,
  snapshotView,
  splitReaderSnapshotFile,
} from './reader-snapshot.js';
export type {
  ListStamp,
  ListStamps,
  ReaderSnapshot,
  ReaderViewList,
  ReaderViewStamps,
} from './reader-snapshot.js';
export {
  changeOf,
  previousPeriodOf,
  READER_CHANGES_PAGE,
  READER_PAGE,
  readerLead,
  readerPeriods,
} from './reader-lead.js';
export type { InitiativeChange, ReaderLead, ReaderPeriods } from './reader-lead.js';
export {
  OVERVIEW_PAGE,
  OVERVIEW_SNAPSHOT_VERSION,
  overviewLead,
  overviewSnapshotJson,
  overviewSnapshotSealPayload,
  parseOverviewSnapshot,
  TAB_VIEW_LISTS,
} from './overview-lead.js';
export type { OverviewLead, OverviewSnapshot, TabViewList, TabViewStamps } from './overview-lead.js';
