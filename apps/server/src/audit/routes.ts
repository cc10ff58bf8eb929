import { createRepositories, DraftPermissions } from '@devplan/sharepoint';
import { DraftGuard } from '../plans/draft-guard.js';
import type { AppRouteDependencies } from '../server/compose.js';
import type { RouteHandler } from '../server/app-server.js';
import { auditApi } from './api.js';
import { ChangeAuditor } from './changes.js';

/** The audit route (`POST /api/audit/changes`) built from the app's dependencies: the app's site, API tokens, the approvals' user resolver. */
export function auditRoutes(deps: AppRouteDependencies): RouteHandler {
  const repos = createRepositories(deps.site);
  return auditApi({
    auditor: new ChangeAuditor(repos, deps.clock),
    drafts: new DraftGuard(repos, new DraftPermissions(deps.site)),
    tokens: deps.apiTokens,
    resolver: deps.approvals.resolver,
  });
}
