import type { RouteHandler } from '../server/app-server.js';
import type { AppRouteDependencies } from '../server/compose.js';
import { AdministratorCheck } from '../auth/administrators.js';
import { reportsApi } from './api.js';
import { PeriodCloseService } from './close-service.js';

/** The reports feature's routes (`/api/reports/*`), built from the app's dependencies (see `server/compose.ts`). */
export function reportsRoutes(deps: AppRouteDependencies): RouteHandler {
  return reportsApi({
    // Decisions recorded on the period's follow-ups are finished before it closes (none is left out).
    service: new PeriodCloseService(deps.site, {
      sealer: deps.approvals.sealer,
      clock: deps.clock,
      finishDecisions: (planId, period) => deps.approvals.notifier.finishPeriod(planId, period),
    }),
    admins: new AdministratorCheck(deps.site),
    tokens: deps.apiTokens,
    actorForClaims: (claims) => deps.approvals.resolver.actorForClaims(claims),
  });
}
