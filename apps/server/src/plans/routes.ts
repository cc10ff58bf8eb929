import type { RouteHandler } from '../server/app-server.js';
import type { AppRouteDependencies } from '../server/compose.js';
import { AdministratorCheck } from '../auth/administrators.js';
import { createRepositories, DraftPermissions } from '@devplan/sharepoint';
import { DraftGuard } from './draft-guard.js';
import { plansApi } from './api.js';
import { PlanDocumentService } from './plan-document.js';
import { PlanYearService } from './plan-years.js';

/** The yearly cycle's routes (`/api/plans*`), built from the app's dependencies (see `server/compose.ts`). */
export function plansRoutes(deps: AppRouteDependencies): RouteHandler {
  const repos = createRepositories(deps.site);
  const admins = new AdministratorCheck(deps.site);
  return plansApi({
    service: new PlanYearService(
      repos,
      admins,
      new DraftGuard(repos, new DraftPermissions(deps.site)),
      deps.clock,
    ),
    documents: new PlanDocumentService(repos, admins, deps.clock),
    tokens: deps.apiTokens,
    actorForClaims: (claims) => deps.approvals.resolver.actorForClaims(claims),
  });
}
