export { PlanViewReader, READER_PARTS, MEMBER_PARTS } from './plan-view-reader.js';
export type { PlanViewOptions } from './plan-view-reader.js';
