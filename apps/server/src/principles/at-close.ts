import {
  latestRound,
  planPrincipleMatrix,
  snapshotPrinciples,
  type Initiative,
  type Plan,
  type SnapshotPrinciples,
} from '@devplan/core';
import type { Repositories } from '@devplan/sharepoint';

/**
 * The follow-up of the principles as a period close freezes it for the committee report: the matrix of the
 * plan's latest round (the open one, else the one opened last), or null when the plan has had no round.
 */
export async function principlesAtClose(
  repos: Repositories,
  plan: Plan,
  initiatives: readonly Initiative[],
): Promise<SnapshotPrinciples | null> {
  const round = latestRound(await repos.principleRounds.byPlan(plan.id));
  if (!round) return null;
  const assessments = await repos.principleAssessments.byRound(round.id);
  return snapshotPrinciples(round, planPrincipleMatrix(plan, initiatives, assessments));
}
