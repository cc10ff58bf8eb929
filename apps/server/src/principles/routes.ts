import type { RouteHandler } from '../server/app-server.js';
import type { AppRouteDependencies } from '../server/compose.js';
import { AdministratorCheck } from '../auth/administrators.js';
import { createRepositories } from '@devplan/sharepoint';
import { principlesApi } from './api.js';
import { PrinciplesService } from './principles-service.js';

/** The follow-up of the principles' routes (`/api/principles/*`), built from the app's dependencies. */
export function principlesRoutes(deps: AppRouteDependencies): RouteHandler {
  return principlesApi({
    service: new PrinciplesService(
      createRepositories(deps.site),
      new AdministratorCheck(deps.site),
      deps.clock,
    ),
    tokens: deps.apiTokens,
    actorForClaims: (claims) => deps.approvals.resolver.actorForClaims(claims),
  });
}
