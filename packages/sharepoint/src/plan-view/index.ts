export { PlanViewReader, READER_PARTS, MEMBER_PARTS, TAB_READER_PARTS } from './plan-view-reader.js';
export { readingRepositories, readingRepository } from './reading.js';
export type {
  PlanViewOptions,
  PlanViewRead,
  PlanViewSources,
  ReadingRepository,
} from './plan-view-reader.js';
