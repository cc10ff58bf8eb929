import { createRepositories } from '@devplan/sharepoint';
import type { AppRouteDependencies } from '../server/compose.js';
import type { RouteHandler } from '../server/app-server.js';
import { auditApi } from './api.js';
import { ChangeAuditor } from './changes.js';

/** The audit route (`POST /api/audit/changes`) built from the app's dependencies: the app's site, API tokens, the approvals' user resolver. */
export function auditRoutes(deps: AppRouteDependencies): RouteHandler {
  return auditApi({
    auditor: new ChangeAuditor(createRepositories(deps.site), deps.clock),
    tokens: deps.apiTokens,
    resolver: deps.approvals.resolver,
  });
}
