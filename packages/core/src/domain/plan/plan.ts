import type { Id, IsoDate, Stored } from '../common/types.js';

/** Where a plan is in its decision chain. */
export const PLAN_STATUSES = ['draft', 'adopted', 'prepared', 'approved', 'closed'] as const;
/**
 * draft → adopted by the service committee (Servicenämnden) → prepared by the executive board's working
 * committee (KSAU) → approved by the executive board (KS) → closed at year end.
 */
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
  /**
   * The plan's own days before a pending approval is reminded and escalated (null or absent: the app server's
   * setting). Written only through the app server by a plan administrator (`POST /api/approvals/reminder-policy`).
   */
  remindAfterDays?: number | null;
  escalateAfterDays?: number | null;
  /**
   * True when the site holds invented example data for this plan (owners, approvers, timelines, effects and
   * follow-ups; the plan's own texts stay the city's), written only by `npm start`'s example-data mode and
   * never on a real site. Every view that shows the plan marks it (`ExampleDataNotice`).
   */
  exampleData?: boolean;
}

/** The steps of the decision chain, in their order: the service committee, KSAU, KS. */
export const DECISION_STEPS = ['committee', 'ksau', 'ks'] as const;
/** One step of the decision chain. */
export type DecisionStep = (typeof DECISION_STEPS)[number];

/** One step of a plan's decision chain (Servicenämnden, KSAU, KS …). */
export interface Decision extends Stored {
  planId: Id;
  /** Which step of the chain the decision is; null for a decision outside the chain (recorded by hand). */
  step: DecisionStep | null;
  body: string;
  date: IsoDate;
  /** e.g. "§ 301". */
  paragraph: string;
  outcome: string;
  notes: string;
}
