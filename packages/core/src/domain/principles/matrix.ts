import type { Id } from '../common/types.js';
import type { Initiative } from '../initiative/initiative.js';
import type { Plan } from '../plan/plan.js';
import {
  ADMINISTRATIONS_2026,
  type PrincipleAssessment,
  type PrincipleLevel,
  type PrincipleRound,
} from './principles.js';

/** A name as it is compared: without surrounding space, and case aside (as SharePoint compares unique values). */
function fold(name: string): string {
  return name.trim().toLocaleLowerCase('sv');
}

/** Whether two names of an administration or a principle are the same (as SharePoint's unique key sees it). */
export function sameName(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

/**
 * The administrations of a plan: every administration its initiatives name (once, as first written, in Swedish
 * alphabetical order), or, when none names any, `fallback` (the committees the 2026 plan was sent to).
 */
export function planAdministrations(
  initiatives: readonly Pick<Initiative, 'administrations'>[],
  fallback: readonly string[] = ADMINISTRATIONS_2026,
): string[] {
  const named = new Map<string, string>();
  for (const i of initiatives)
    for (const name of i.administrations)
      if (name.trim() && !named.has(fold(name))) named.set(fold(name), name.trim());
  const found = [...named.values()].sort((a, b) => a.localeCompare(b, 'sv'));
  return found.length ? found : [...fallback];
}

/**
 * The unique key of an assessment: one per plan, round, administration and principle (names folded as
 * SharePoint compares them, case aside). At most 10 + 10 + 100 + 100 characters and separators.
 */
export function assessmentKey(planId: Id, roundId: Id, administration: string, principle: string): string {
  return `${planId}:${roundId}:${fold(administration)}|${fold(principle)}`;
}

/** The unique key a plan's open round carries (cleared when it closes): one open round per plan. */
export function openRoundKey(planId: Id): string {
  return `plan-${planId}`;
}

/** The round a plan is followed up in now: the open one, else the one opened last; null before the first. */
export function latestRound<R extends Pick<PrincipleRound, 'state' | 'openedAt' | 'id'>>(
  rounds: readonly R[],
): R | null {
  const open = rounds.find((r) => r.state === 'open');
  if (open) return open;
  return [...rounds].sort((a, b) => b.openedAt.localeCompare(a.openedAt) || b.id - a.id)[0] ?? null;
}

/** One cell of the matrix: an administration's assessment of one principle, or null when it is missing. */
export interface PrincipleCell {
  principle: string;
  assessment: PrincipleAssessment | null;
}

/** One administration's row of the matrix, with the principles it has not assessed yet. */
export interface PrincipleRow {
  administration: string;
  cells: PrincipleCell[];
  missing: string[];
}

/** The matrix administrations × principles of one round, with what is missing. */
export interface PrincipleMatrix {
  administrations: string[];
  principles: string[];
  rows: PrincipleRow[];
  /** Cells with an assessment, and all cells. */
  filled: number;
  total: number;
  /** Administrations that have assessed every principle, and those that have assessed none. */
  complete: string[];
  notStarted: string[];
}

/**
 * The matrix of one round: a row per administration of the plan (then any administration that assessed itself
 * but is no longer named by the plan), a column per principle of the plan, each cell the assessment or
 * missing. Assessments of a principle the plan no longer has are left out.
 */
export function principleMatrix(input: {
  administrations: readonly string[];
  principles: readonly string[];
  assessments: readonly PrincipleAssessment[];
}): PrincipleMatrix {
  const principles = [...input.principles];
  const administrations = [...input.administrations];
  for (const a of input.assessments)
    if (!administrations.some((name) => sameName(name, a.administration)))
      administrations.push(a.administration);
  const rows = administrations.map((administration): PrincipleRow => {
    const cells = principles.map((principle) => ({
      principle,
      assessment:
        input.assessments.find(
          (a) => sameName(a.administration, administration) && sameName(a.principle, principle),
        ) ?? null,
    }));
    return {
      administration,
      cells,
      missing: cells.filter((c) => !c.assessment).map((c) => c.principle),
    };
  });
  const filled = rows.reduce((n, r) => n + r.cells.length - r.missing.length, 0);
  return {
    administrations,
    principles,
    rows,
    filled,
    total: administrations.length * principles.length,
    complete: rows
      .filter((r) => principles.length > 0 && r.missing.length === 0)
      .map((r) => r.administration),
    notStarted: rows.filter((r) => r.missing.length === principles.length).map((r) => r.administration),
  };
}

/** A round's matrix for a plan: its administrations (`planAdministrations`) × its principles. */
export function planPrincipleMatrix(
  plan: Pick<Plan, 'principles'>,
  initiatives: readonly Pick<Initiative, 'administrations'>[],
  assessments: readonly PrincipleAssessment[],
): PrincipleMatrix {
  return principleMatrix({
    administrations: planAdministrations(initiatives),
    principles: plan.principles,
    assessments,
  });
}

/** The latest round's matrix as a period snapshot freezes it for the committee report. */
export interface SnapshotPrinciples {
  round: { label: string; state: PrincipleRound['state']; openedAt: string; closedAt: string | null };
  principles: string[];
  rows: {
    administration: string;
    cells: { principle: string; level: PrincipleLevel | null; comment: string }[];
  }[];
  filled: number;
  total: number;
}

/** Freezes a round's matrix for a period snapshot (the levels and comments, not who wrote them). */
export function snapshotPrinciples(round: PrincipleRound, matrix: PrincipleMatrix): SnapshotPrinciples {
  return {
    round: { label: round.label, state: round.state, openedAt: round.openedAt, closedAt: round.closedAt },
    principles: matrix.principles,
    rows: matrix.rows.map((r) => ({
      administration: r.administration,
      cells: r.cells.map((c) => ({
        principle: c.principle,
        level: c.assessment?.level ?? null,
        comment: c.assessment?.comment ?? '',
      })),
    })),
    filled: matrix.filled,
    total: matrix.total,
  };
}
