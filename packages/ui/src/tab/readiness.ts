import { useMemo } from 'react';
import {
  planReadiness,
  type CriterionResult,
  type PlanReadiness,
  type ReadinessCriterion,
} from '@devplan/core/domain';
import { stockholmDay } from '@devplan/core/format';
import type { StringKey } from '@devplan/core/i18n';
import { useOverview, visibleFollowUps } from './data.js';
import type { Route } from './route.js';

/** Today in Stockholm as `YYYY-MM-DD` (the readiness check's current-status criterion depends on it). */
export function today(): string {
  return stockholmDay(new Date());
}

/**
 * The plan's readiness from what the signed-in person can see (readers: published follow-ups), from the view as
 * far as it is read (the overview's columns are all it needs).
 */
export function usePlanReadiness(): PlanReadiness {
  const { view, plan, session } = useOverview();
  return useMemo(
    () =>
      planReadiness(view.initiatives, view.effects, visibleFollowUps(view, session.canReadWorking), {
        planYear: plan.planYear,
        today: today(),
      }),
    [view, plan, session.canReadWorking],
  );
}

/** The initiative editor's field where each criterion is fixed. */
const FIELD_OF: Partial<Record<ReadinessCriterion, string>> = {
  timeline: 'start',
  investmentNeed: 'investmentNeed',
  criticalFactors: 'criticalFactors',
  owner: 'ownerId',
  approver: 'approverId',
};

/** Where a checklist item leads, and the text of the link. */
export interface ChecklistAction {
  route: Route;
  label: StringKey;
}

/**
 * Where to fix a missing criterion, straight to the spot: the initiative editor's field (timeline, investment
 * need, critical factors, owner, approver), a new effect or the effects section (measurable goal), or the
 * follow-up form (current status). Readers, who cannot edit, are led to the initiative page.
 */
export function checklistAction(
  result: Pick<CriterionResult, 'criterion' | 'outcome'>,
  initiativeId: number,
  context: { canEdit: boolean; hasEffects: boolean },
): ChecklistAction | null {
  if (result.outcome !== 'missing') return null;
  if (!context.canEdit)
    return { route: { page: 'initiative', id: initiativeId }, label: 'dashboard.checklist.open' };
  const field = FIELD_OF[result.criterion];
  if (field)
    return {
      route: { page: 'editInitiative', id: initiativeId, field },
      label: `dashboard.checklist.fix.${result.criterion}` as StringKey,
    };
  if (result.criterion === 'measurableGoal')
    return context.hasEffects
      ? {
          route: { page: 'initiative', id: initiativeId, section: 'effects' },
          label: 'dashboard.checklist.fix.measurableGoal.edit',
        }
      : {
          route: { page: 'editEffect', id: initiativeId, effectId: null },
          label: 'dashboard.checklist.fix.measurableGoal.add',
        };
  return { route: { page: 'followUp', id: initiativeId }, label: 'dashboard.checklist.fix.currentStatus' };
}
