import { localize, t } from '../../i18n/translate.js';
import { DomainError, ValidationError } from '../common/errors.js';
import type { Id, IsoDate, Locale, Localized } from '../common/types.js';
import type { Activity, Initiative } from '../initiative/initiative.js';
import type { Effect } from '../effect/effect.js';
import type { FocusArea } from '../focus-area/focus-area.js';
import { DECISION_STEPS, type Decision, type DecisionStep, type Plan, type PlanStatus } from './plan.js';

/** A text written once per language (for reasons whose parameters are texts themselves). */
function inBoth(text: (locale: Locale) => string): Localized {
  return { sv: text('sv'), en: text('en') };
}

/** The status a plan has once each step of the chain has decided. */
export const STATUS_AFTER_STEP: Readonly<Record<DecisionStep, PlanStatus>> = {
  committee: 'adopted',
  ksau: 'prepared',
  ks: 'approved',
};

/** The usual name of the body deciding each step, as the city's documents write it. */
export const STEP_BODIES: Readonly<Record<DecisionStep, string>> = {
  committee: 'Servicenämnden',
  ksau: 'Kommunstyrelsens arbetsutskott (KSAU)',
  ks: 'Kommunstyrelsen (KS)',
};

/** The step a plan in `status` waits for; null once KS has approved it (or it is closed). */
export function nextDecisionStep(status: PlanStatus): DecisionStep | null {
  const done = DECISION_STEPS.findIndex((step) => STATUS_AFTER_STEP[step] === status);
  if (status === 'draft') return DECISION_STEPS[0];
  if (done < 0 || done === DECISION_STEPS.length - 1) return null;
  return DECISION_STEPS[done + 1] ?? null;
}

/** A paragraph of minutes as the city writes it: "§ 64", "§ 301". */
export const PARAGRAPH_PATTERN = /^§ ?\d{1,4}$/;

/** One step of the chain as a plan administrator records it (validated by `planDecisionInput`). */
export interface PlanDecisionRequest {
  planId: Id;
  step: DecisionStep;
  body: string;
  date: IsoDate;
  paragraph: string;
  outcome: string;
  notes: string;
}

/**
 * Refuses a step that may not be recorded now, with the reason in both languages: a step out of order (the plan
 * waits for another, or the chain is done), a date after `today` (Stockholm day), or a date before the step
 * before it. Nothing else is checked here (the input schema checks the fields).
 */
export function assertDecisionAllowed(
  plan: Pick<Plan, 'status' | 'planYear'>,
  chain: readonly Pick<Decision, 'step' | 'date'>[],
  request: Pick<PlanDecisionRequest, 'step' | 'date'>,
  today: IsoDate,
): void {
  const expected = nextDecisionStep(plan.status);
  if (expected !== request.step) {
    throw new DomainError(
      'decision-out-of-order',
      expected
        ? inBoth((locale) =>
            t(locale, 'plans.refused.outOfOrder', {
              step: t(locale, `plans.step.${request.step}`),
              expected: t(locale, `plans.step.${expected}`),
            }),
          )
        : localize('plans.refused.chainDone', { year: plan.planYear }),
      409,
      { expected, step: request.step },
    );
  }
  if (request.date > today) {
    throw new ValidationError([
      { path: 'date', code: 'futureDate', message: localize('plans.refused.futureDate', { today }) },
    ]);
  }
  const before = chain
    .filter((d) => d.step !== null)
    .reduce<string | null>((latest, d) => (!latest || d.date > latest ? d.date : latest), null);
  if (before && request.date < before) {
    throw new ValidationError([
      {
        path: 'date',
        code: 'beforePrevious',
        message: localize('plans.refused.beforePrevious', { date: before }),
      },
    ]);
  }
}

/** The keys of what a carry-forward writes: one per copied item and target year, so a rerun finds what it wrote. */
export const carryKey = {
  area: (year: number, fromId: Id) => `carry-${year}-area-${fromId}`,
  initiative: (year: number, fromId: Id) => `carry-${year}-initiative-${fromId}`,
  activity: (year: number, fromId: Id) => `carry-${year}-activity-${fromId}`,
  effect: (year: number, fromId: Id) => `carry-${year}-effect-${fromId}`,
};

/** What the previous plan holds that a new plan may start from. */
export interface PlanContent {
  focusAreas: readonly FocusArea[];
  initiatives: readonly Initiative[];
  activities: readonly Activity[];
  effects: readonly Effect[];
}

/**
 * What a new plan takes from the previous one: every focus area (the next plan continues them; retire one
 * in the draft), the chosen initiatives, their activities not yet done or cancelled, and their effects (the
 * benefit-realisation plan continues). Unknown ids in `carry` are refused, so a stale choice writes nothing.
 */
export function carryForwardSelection(previous: PlanContent, carry: readonly Id[]): PlanContent {
  const known = new Set(previous.initiatives.map((i) => i.id));
  const unknown = carry.filter((id) => !known.has(id));
  if (unknown.length) {
    throw new ValidationError([
      {
        path: 'carry',
        code: 'unknownInitiative',
        message: localize('plans.refused.unknownInitiative', { ids: unknown.join(', ') }),
      },
    ]);
  }
  const chosen = new Set(carry);
  const initiatives = previous.initiatives.filter((i) => chosen.has(i.id));
  return {
    focusAreas: previous.focusAreas,
    initiatives,
    activities: previous.activities.filter(
      (a) => chosen.has(a.initiativeId) && a.status !== 'done' && a.status !== 'cancelled',
    ),
    effects: previous.effects.filter((e) => chosen.has(e.initiativeId)),
  };
}
