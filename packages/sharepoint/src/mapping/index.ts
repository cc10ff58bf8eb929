export { fromItem, toFields, selectFor, versionFromEtag } from './mapper.js';
export type { Conversion, ColumnMap, EntityMapping, SpItem } from './mapper.js';
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
