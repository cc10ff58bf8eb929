import { localize } from '../../i18n/translate.js';
import { DomainError, ValidationError, type FieldIssue } from '../common/errors.js';
import { sameName } from './matrix.js';
import type { PrincipleRound } from './principles.js';

/** Why a round refuses: closed (takes no assessments), another open (one at a time), its name used before. */
const ROUND_REFUSALS = {
  closed: ['round-closed', 'principles.refused.roundClosed'],
  open: ['round-open', 'principles.refused.roundOpen'],
  labelTaken: ['round-label-taken', 'principles.refused.labelTaken'],
} as const;

/**
 * A round refused the request (409), naming the round: it is closed and takes no more assessments, another round
 * of the plan is open (one at a time), or the plan already held a round of that name. Nothing was written.
 */
export class RoundRefusedError extends DomainError {
  override readonly name = 'RoundRefusedError';
  constructor(why: keyof typeof ROUND_REFUSALS, round: Pick<PrincipleRound, 'id' | 'label'>) {
    const [code, key] = ROUND_REFUSALS[why];
    super(code, localize(key, { label: round.label }), 409, { roundId: round.id });
  }
}

/** The assessment changed (or was made) since the person read it: nothing was saved (409). */
export class StaleAssessmentError extends DomainError {
  override readonly name = 'StaleAssessmentError';
  constructor(administration: string, principle: string) {
    super('concurrency', localize('principles.refused.stale', { administration, principle }), 409, {
      administration,
      principle,
    });
  }
}

/** Refuses (`RoundRefusedError`, 409) an assessment in a round that is closed. */
export function assertRoundOpen(round: Pick<PrincipleRound, 'id' | 'label' | 'state'>): void {
  if (round.state !== 'open') throw new RoundRefusedError('closed', round);
}

/**
 * The administration and principle of an assessment as the plan names them; refused (`ValidationError`, 400,
 * per field in both languages) when the plan has no such administration or principle.
 */
export function assessedNames(
  request: { administration: string; principle: string },
  plan: { administrations: readonly string[]; principles: readonly string[] },
): { administration: string; principle: string } {
  const administration = plan.administrations.find((a) => sameName(a, request.administration));
  const principle = plan.principles.find((p) => sameName(p, request.principle));
  const issues: FieldIssue[] = [];
  if (!administration)
    issues.push({
      path: 'administration',
      code: 'unknownAdministration',
      message: localize('principles.refused.unknownAdministration', { name: request.administration }),
    });
  if (!principle)
    issues.push({
      path: 'principle',
      code: 'unknownPrinciple',
      message: localize('principles.refused.unknownPrinciple', { name: request.principle }),
    });
  if (!administration || !principle) throw new ValidationError(issues);
  return { administration, principle };
}
