import type { PublishedFollowUp } from '../approval/approval.js';
import type { Id } from '../common/types.js';
import type { FollowUp } from '../follow-up/follow-up.js';
import type { PeriodRef } from '../follow-up/period.js';
import type { Initiative } from '../initiative/initiative.js';

/**
 * What a close check reads for one period of a plan: the plan's initiatives, the working follow-ups of the
 * period and its published (approved) follow-ups. Only the fields the check needs, so a host may read less.
 */
export interface PeriodFollowUps {
  initiatives: readonly Pick<Initiative, 'id' | 'planId' | 'title' | 'sortOrder'>[];
  followUps: readonly Pick<FollowUp, 'planId' | 'initiativeId' | 'periodYear' | 'period' | 'state'>[];
  published: readonly Pick<PublishedFollowUp, 'planId' | 'initiativeId' | 'periodYear' | 'period'>[];
}

/** An initiative as the close check names it. */
export interface CloseCheckInitiative {
  id: Id;
  title: string;
}

/** What closing a period would leave out: shown to the administrator before the close is confirmed. */
export interface PeriodCloseCheck {
  /** Initiatives of the plan with no approved (published) follow-up for the period, in plan order. */
  withoutApproved: CloseCheckInitiative[];
  /** Initiatives whose follow-up for the period is submitted and waits for approval, in plan order. */
  waiting: CloseCheckInitiative[];
}

/**
 * The initiatives a close of `period` would freeze without an approved follow-up, and those whose follow-up
 * still waits for approval. "Approved" means published, as the close itself counts it (`buildSnapshot`), so
 * an initiative waiting for approval is in both lists. Rows of another plan or period are ignored.
 */
export function checkPeriodClose(planId: Id, period: PeriodRef, data: PeriodFollowUps): PeriodCloseCheck {
  const inPeriod = (f: { planId: Id; periodYear: number; period: string }) =>
    f.planId === planId && f.periodYear === period.year && f.period === period.period;
  const approved = new Set(data.published.filter(inPeriod).map((p) => p.initiativeId));
  const waiting = new Set(
    data.followUps.filter((f) => inPeriod(f) && f.state === 'submitted').map((f) => f.initiativeId),
  );
  const initiatives = data.initiatives
    .filter((i) => i.planId === planId)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const named = (i: CloseCheckInitiative): CloseCheckInitiative => ({ id: i.id, title: i.title });
  return {
    withoutApproved: initiatives.filter((i) => !approved.has(i.id)).map(named),
    waiting: initiatives.filter((i) => waiting.has(i.id)).map(named),
  };
}
