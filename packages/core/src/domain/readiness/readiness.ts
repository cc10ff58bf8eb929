import { localize, t } from '../../i18n/translate.js';
import { groupBy } from '../common/collections.js';
import type { Id, IsoDate, Localized } from '../common/types.js';
import { isMeasurable, type Effect } from '../effect/effect.js';
import type { FollowUp } from '../follow-up/follow-up.js';
import {
  latestClosedPeriod,
  type PeriodRef,
  type PeriodScheme,
  TERTIAL_SCHEME,
} from '../follow-up/period.js';
import type { Initiative } from '../initiative/initiative.js';
import { periodLabel } from '../../format/period.js';

/**
 * The criteria of decision readiness (beslutsberedskap), taken from the opposition's criticism of vague
 * plans in KS 2025-10-15 § 301 and the benefit-realisation demands of the city's action plan.
 */
export const READINESS_CRITERIA = [
  'measurableGoal',
  'timeline',
  'investmentNeed',
  'criticalFactors',
  'owner',
  'approver',
  'currentStatus',
] as const;
/** One readiness criterion. */
export type ReadinessCriterion = (typeof READINESS_CRITERIA)[number];

/** How one criterion stands for an initiative. */
export interface CriterionResult {
  criterion: ReadinessCriterion;
  label: Localized;
  /** `notApplicable` when it cannot be judged yet (no period of the plan year has closed). */
  outcome: 'met' | 'missing' | 'notApplicable';
  /** What is missing, when it is. */
  missing?: Localized;
}

/** Readiness of one initiative. */
export interface InitiativeReadiness {
  initiativeId: Id;
  /** 0–100: share of the applicable criteria that are met, rounded. */
  score: number;
  criteria: CriterionResult[];
  /** The missing criteria only, in order. */
  missing: CriterionResult[];
}

/** Readiness of a whole plan. */
export interface PlanReadiness {
  /** 0–100: the mean of the initiatives' scores, rounded (100 for a plan without initiatives). */
  score: number;
  initiatives: InitiativeReadiness[];
  /** How many initiatives miss each criterion. */
  missingByCriterion: Record<ReadinessCriterion, number>;
  /** How many initiatives meet every applicable criterion. */
  fullyReady: number;
  /** The period the current-status criterion looked for, or null when none has closed. */
  statusPeriod: PeriodRef | null;
}

/** What the readiness check needs to know beyond the initiative itself. */
export interface ReadinessContext {
  planYear: number;
  /** The date the check is made on, `YYYY-MM-DD`. */
  today: IsoDate;
  scheme?: PeriodScheme;
}

type InitiativeFacts = Pick<
  Initiative,
  'id' | 'start' | 'end' | 'investmentNeed' | 'criticalFactors' | 'ownerId' | 'approverId'
>;
type EffectFacts = Pick<Effect, 'initiativeId' | 'indicator' | 'baseline' | 'target'>;
type FollowUpFacts = Pick<FollowUp, 'initiativeId' | 'periodYear' | 'period' | 'state'>;

const filled = (text: string | null | undefined) => (text ?? '').trim().length > 0;

function check(criterion: ReadinessCriterion, met: boolean, missing: Localized): CriterionResult {
  const label = localize(`readiness.criterion.${criterion}`);
  return met ? { criterion, label, outcome: 'met' } : { criterion, label, outcome: 'missing', missing };
}

/** Checks one initiative against every readiness criterion. */
export function initiativeReadiness(
  initiative: InitiativeFacts,
  effects: readonly EffectFacts[],
  followUps: readonly FollowUpFacts[],
  context: ReadinessContext,
): InitiativeReadiness {
  const statusPeriod = latestClosedPeriod(context.scheme ?? TERTIAL_SCHEME, context.planYear, context.today);
  const own = <T extends { initiativeId: Id }>(items: readonly T[]) =>
    items.filter((i) => i.initiativeId === initiative.id);

  const criteria: CriterionResult[] = [
    check('measurableGoal', own(effects).some(isMeasurable), localize('readiness.missing.measurableGoal')),
    check(
      'timeline',
      initiative.start !== null && initiative.end !== null,
      localize('readiness.missing.timeline'),
    ),
    check('investmentNeed', filled(initiative.investmentNeed), localize('readiness.missing.investmentNeed')),
    check(
      'criticalFactors',
      filled(initiative.criticalFactors),
      localize('readiness.missing.criticalFactors'),
    ),
    check('owner', initiative.ownerId !== null, localize('readiness.missing.owner')),
    check('approver', initiative.approverId !== null, localize('readiness.missing.approver')),
    statusPeriod === null
      ? {
          criterion: 'currentStatus',
          label: localize('readiness.criterion.currentStatus'),
          outcome: 'notApplicable',
        }
      : check(
          'currentStatus',
          own(followUps).some(
            (f) =>
              f.periodYear === statusPeriod.year &&
              f.period === statusPeriod.period &&
              (f.state === 'submitted' || f.state === 'approved'),
          ),
          {
            sv: t('sv', 'readiness.missing.currentStatus', {
              period: periodLabel('sv', statusPeriod.period),
              year: statusPeriod.year,
            }),
            en: t('en', 'readiness.missing.currentStatus', {
              period: periodLabel('en', statusPeriod.period),
              year: statusPeriod.year,
            }),
          },
        ),
  ];

  const applicable = criteria.filter((c) => c.outcome !== 'notApplicable');
  const met = applicable.filter((c) => c.outcome === 'met').length;
  return {
    initiativeId: initiative.id,
    score: applicable.length === 0 ? 100 : Math.round((100 * met) / applicable.length),
    criteria,
    missing: criteria.filter((c) => c.outcome === 'missing'),
  };
}

/** Checks every initiative of a plan and sums the plan up. */
export function planReadiness(
  initiatives: readonly InitiativeFacts[],
  effects: readonly EffectFacts[],
  followUps: readonly FollowUpFacts[],
  context: ReadinessContext,
): PlanReadiness {
  // Grouped once, so each initiative looks only at its own (linear in the plan's size, not initiatives × items).
  const effectsOf = groupBy(effects, (e) => e.initiativeId);
  const followUpsOf = groupBy(followUps, (f) => f.initiativeId);
  const results = initiatives.map((i) =>
    initiativeReadiness(i, effectsOf.get(i.id) ?? [], followUpsOf.get(i.id) ?? [], context),
  );
  const missingByCriterion = Object.fromEntries(READINESS_CRITERIA.map((c) => [c, 0])) as Record<
    ReadinessCriterion,
    number
  >;
  for (const r of results) for (const m of r.missing) missingByCriterion[m.criterion] += 1;
  const total = results.reduce((sum, r) => sum + r.score, 0);
  return {
    score: results.length === 0 ? 100 : Math.round(total / results.length),
    initiatives: results,
    missingByCriterion,
    fullyReady: results.filter((r) => r.missing.length === 0).length,
    statusPeriod: latestClosedPeriod(context.scheme ?? TERTIAL_SCHEME, context.planYear, context.today),
  };
}
