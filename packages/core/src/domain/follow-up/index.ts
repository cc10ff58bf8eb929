export { FOLLOW_UP_STATES, FOLLOW_UP_STATUSES } from './follow-up.js';
export type { FollowUp, FollowUpContent, FollowUpState, FollowUpStatus } from './follow-up.js';
export { transition, assertTransition, LifecycleError } from './lifecycle.js';
export type { FollowUpAction, TransitionResult } from './lifecycle.js';
export {
  TERTIAL_SCHEME,
  isPeriodKey,
  periodCloses,
  latestClosedPeriod,
  periodOrder,
  periodKey,
} from './period.js';
export type { PeriodDefinition, PeriodScheme, PeriodRef } from './period.js';
export {
  followUpUniqueKey,
  assertNoDuplicateFollowUp,
  DuplicateFollowUpError,
  PeriodClosedError,
} from './uniqueness.js';
