import type { Id, Stored } from '../common/types.js';

/** A focus area (fokusområde) of a plan. */
export interface FocusArea extends Stored {
  planId: Id;
  title: string;
  /** The "förflyttningar på sikt" text: where the area should move in the long term. */
  longTermShift: string;
  sortOrder: number;
  /** The same item in the previous year's plan when a new plan carried it forward; null otherwise. */
  carriedFromId?: Id | null;
}
