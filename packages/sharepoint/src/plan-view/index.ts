export { PlanViewReader, READER_PARTS, MEMBER_PARTS } from './plan-view-reader.js';
export type { PlanViewOptions, PlanViewSources, ReadingRepository } from './plan-view-reader.js';
