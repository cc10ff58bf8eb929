import { localize } from '@devplan/core';
import type { EntraTokenValidator } from '../auth/entra.js';
import type { SiteUserResolver } from '../approvals/identity.js';
import type { RouteHandler } from '../server/app-server.js';
import { json, readJsonObject, withApiErrors } from '../server/api-kit.js';
import type { DraftGuard } from '../plans/draft-guard.js';
import { parseChangeRequest, type ChangeAuditor } from './changes.js';

/** What the audit route needs: the auditor (as the app) and the same authentication as the approvals API. */
export interface AuditApiDeps {
  auditor: ChangeAuditor;
  /** Hides an item a member just created in a plan readers may not see yet (absent: nothing is hidden). */
  drafts?: Pick<DraftGuard, 'afterCreate'>;
  tokens: EntraTokenValidator;
  resolver: SiteUserResolver;
}

/**
 * `POST /api/audit/changes` `{list, itemId, deleted?, baseline?, initiativeId?}`: the tab asks, after each
 * save or delete (and once before an item's first edit, `baseline`), that the change be entered in AuditLog.
 * The caller is authenticated exactly as in the approvals API (Entra bearer token, then the site user behind
 * its object id); `ChangeAuditor` checks the rest as the app. Errors are answered here with status, code and
 * the reason in both languages (`withApiErrors`).
 */
export function auditApi(deps: AuditApiDeps): RouteHandler {
  const handle: RouteHandler = async (req, res) => {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return json(res, 405, { code: 'method-not-allowed', reason: localize('tab.auditApi.postOnly') });
    }
    const claims = await deps.tokens.validateRequest(req);
    const actor = await deps.resolver.actorForClaims(claims as Record<string, unknown>);
    const request = parseChangeRequest(await readJsonObject(req));
    const answer = await deps.auditor.record(request, actor);
    // Only a create can put a new item into a draft; an edit of an item keeps the permissions it has.
    if (answer.action === 'create') await deps.drafts?.afterCreate(request.list, request.itemId);
    return json(res, answer.status === 'recorded' ? 201 : 200, answer);
  };
  return async (req, res, url) =>
    url.pathname === '/api/audit/changes' && withApiErrors(handle)(req, res, url);
}
