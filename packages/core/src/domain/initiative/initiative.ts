import type { Id, IsoDate, Stored, UserRef } from '../common/types.js';

/** Life of an initiative as a whole. */
export const INITIATIVE_STATUSES = ['planned', 'ongoing', 'paused', 'done', 'cancelled'] as const;
/** Status of an initiative. */
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** A planned initiative (insats) of a focus area. */
export interface Initiative extends Stored {
  planId: Id;
  focusAreaId: Id;
  title: string;
  description: string;
  goal: string;
  ownerId: Id | null;
  approverId: Id | null;
  /** Filled when read with the users expanded. */
  owner?: UserRef;
  approver?: UserRef;
  responsibleUnit: string;
  /** The committees/administrations involved. */
  administrations: string[];
  principles: string[];
  start: IsoDate | null;
  end: IsoDate | null;
  status: InitiativeStatus;
  /** Budget in MSEK. */
  budget: number | null;
  criticalFactors: string;
  investmentNeed: string;
  sortOrder: number;
  /** The same item in the previous year's plan when a new plan carried it forward; null otherwise. */
  carriedFromId?: Id | null;
}

/** Status of an activity. */
export const ACTIVITY_STATUSES = ['notStarted', 'ongoing', 'done', 'cancelled'] as const;
/** Status of an activity. */
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** One of the bullet activities of an initiative. */
export interface Activity extends Stored {
  planId: Id;
  initiativeId: Id;
  title: string;
  status: ActivityStatus;
  due: IsoDate | null;
  responsible: string;
  sortOrder: number;
}
