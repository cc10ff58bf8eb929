export { INITIATIVE_STATUSES, ACTIVITY_STATUSES } from './initiative.js';
export type { Initiative, InitiativeStatus, Activity, ActivityStatus } from './initiative.js';
