import { useMemo } from 'react';
import { planReadiness, type PlanReadiness } from '../../domain/index.js';
import { useTab, visibleFollowUps } from './data.js';

/** Today as `YYYY-MM-DD` (the readiness check's current-status criterion depends on it). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The plan's readiness from what the signed-in person can see (readers: published follow-ups). */
export function usePlanReadiness(): PlanReadiness {
  const { view, plan, session } = useTab();
  return useMemo(
    () =>
      planReadiness(view.initiatives, view.effects, visibleFollowUps(view, session.canReadWorking), {
        planYear: plan.planYear,
        today: today(),
      }),
    [view, plan, session.canReadWorking],
  );
}
