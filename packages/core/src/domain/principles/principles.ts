import type { Id, IsoDateTime, Stored, UserRef } from '../common/types.js';

/**
 * The levels of an administration's self-assessment against one of the city's principles for digitalisation,
 * lowest first; shown with their number (1–4) and name:
 * 1 `notStarted` "Inte påbörjat" – the principle does not yet shape how the administration works;
 * 2 `started` "Påbörjat" – single initiatives apply it, not yet as a way of working;
 * 3 `established` "Etablerat" – it is applied regularly, in most development work;
 * 4 `integrated` "Fullt integrerat" – it is part of how the administration plans, decides and follows up.
 */
export const PRINCIPLE_LEVELS = ['notStarted', 'started', 'established', 'integrated'] as const;
/** One level of a self-assessment (see `PRINCIPLE_LEVELS`). */
export type PrincipleLevel = (typeof PRINCIPLE_LEVELS)[number];

/** The number a level is shown with: 1 (not started) to 4 (fully integrated). */
export function levelNumber(level: PrincipleLevel): number {
  return PRINCIPLE_LEVELS.indexOf(level) + 1;
}

/** Whether a round takes assessments (open) or not any more (closed). */
export const ROUND_STATES = ['open', 'closed'] as const;
/** The state of a round. */
export type RoundState = (typeof ROUND_STATES)[number];

/**
 * A round of the follow-up of the principles (e.g. "T2 2026"), opened and closed by a plan administrator; the
 * administrations assess themselves while it is open. One round of a plan is open at a time.
 */
export interface PrincipleRound extends Stored {
  planId: Id;
  /** What the round is called, e.g. "T2 2026". */
  label: string;
  state: RoundState;
  openedById: Id | null;
  openedAt: IsoDateTime;
  closedById: Id | null;
  closedAt: IsoDateTime | null;
}

/** One administration's self-assessment against one principle in one round: a level and a short comment. */
export interface PrincipleAssessment extends Stored {
  planId: Id;
  roundId: Id;
  /** The administration (förvaltning, by its committee's name) assessing itself. */
  administration: string;
  /** The principle, as the plan names it. */
  principle: string;
  level: PrincipleLevel;
  comment: string;
  assessedById: Id | null;
  /** Filled when read with the person expanded. */
  assessedBy?: UserRef;
  assessedAt: IsoDateTime;
}

/**
 * The committees the 2026 plan was sent to (KS 2025-10-15 § 301, "Beslutet skickas till"), whose
 * administrations follow the principles: the administrations of a plan whose initiatives name none. Left out
 * of the decision's list: Revisorskollegiet (the city's auditors, who audit the administrations) and
 * "Stadskontorets handläggare" (a civil servant, not a committee).
 */
export const ADMINISTRATIONS_2026: readonly string[] = Object.freeze([
  'Servicenämnden',
  'Arbetsmarknads- och socialnämnden',
  'Fritidsnämnden',
  'Funktionsstödsnämnden',
  'Förskolenämnden',
  'Grundskolenämnden',
  'Gymnasie- och vuxenutbildningsnämnden',
  'Hälsa- vård och omsorgsnämnden',
  'Kulturnämnden',
  'Miljönämnden',
  'Stadsbyggnadsnämnden',
  'Tekniska nämnden',
  'Valnämnden',
  'Överförmyndarnämnden',
]);
