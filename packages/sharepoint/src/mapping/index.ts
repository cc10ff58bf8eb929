export { fromItem, toFields, selectFor, versionFromEtag } from './mapper.js';
export type { Conversion, ColumnMap, DerivedColumns, EntityMapping, SpItem, UserRefKey } from './mapper.js';
export { CONVERSION_KINDS, DATE_ONLY, fitsConversion } from './columns.js';
export type { ColumnFor } from './columns.js';
export {
  planPeriodKey,
  planMapping,
  decisionMapping,
  focusAreaMapping,
  initiativeMapping,
  activityMapping,
  followUpMapping,
  approvalDecisionMapping,
  publishedFollowUpMapping,
  effectMapping,
  measurementMapping,
  auditMapping,
  conversationMapping,
  approvalCardMapping,
  delegationMapping,
  periodClosureMapping,
  storedReportMapping,
} from './mappings.js';
