import type { Id, IsoDate, Stored } from '../common/types.js';

/** Where a plan is in its decision chain. */
export const PLAN_STATUSES = ['draft', 'adopted', 'approved', 'closed'] as const;
/** draft → adopted by the service committee → approved by the executive board → closed. */
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** The yearly development plan (utvecklingsplan). */
export interface Plan extends Stored {
  title: string;
  planYear: number;
  /** Diarienummer, e.g. STK-2025-1042. */
  caseNumber: string;
  status: PlanStatus;
  summary: string;
  /** Requested budget in MSEK. */
  budgetRequested: number | null;
  /** The city's digitalisation principles the plan rests on. */
  principles: string[];
}

/** One step of a plan's decision chain (Servicenämnden, KSAU, KS …). */
export interface Decision extends Stored {
  planId: Id;
  body: string;
  date: IsoDate;
  /** e.g. "§ 301". */
  paragraph: string;
  outcome: string;
  notes: string;
}
