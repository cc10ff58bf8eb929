import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError, localize, ValidationError } from '@devplan/shared';
import { AuthenticationError, type EntraTokenValidator } from '../auth/entra.js';
import type { SiteUserResolver } from '../approvals/identity.js';
import type { RouteHandler } from '../server/app-server.js';
import { parseChangeRequest, type ChangeAuditor } from './changes.js';

/** What the audit route needs: the auditor (as the app) and the same authentication as the approvals API. */
export interface AuditApiDeps {
  auditor: ChangeAuditor;
  tokens: EntraTokenValidator;
  resolver: SiteUserResolver;
}

const MAX_BODY = 16 * 1024;

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY)
      throw new ValidationError([
        { path: '', code: 'tooLong', message: localize('validation.tooLong', { max: MAX_BODY }) },
      ]);
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  let parsed: unknown;
  try {
    parsed = raw ? (JSON.parse(raw) as unknown) : {};
  } catch (error) {
    throw new ValidationError([
      {
        path: '',
        code: 'invalidJson',
        message: localize('approvals.api.invalidJson', { message: (error as Error).message }),
      },
    ]);
  }
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
    return parsed as Record<string, unknown>;
  throw new ValidationError([{ path: '', code: 'invalidType', message: localize('validation.invalidType') }]);
}

function json(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
  return true;
}

/**
 * `POST /api/audit/changes` `{list, itemId, deleted?, baseline?, initiativeId?}`: the tab asks, after each
 * save or delete (and once before an item's first edit, `baseline`), that the change be entered in AuditLog.
 * The caller is authenticated exactly as in the approvals API (Entra bearer token, then the site user behind
 * its object id); `ChangeAuditor` checks the rest as the app. Errors are answered here with status, code and
 * the reason in both languages.
 */
export function auditApi(deps: AuditApiDeps): RouteHandler {
  return async (req, res, url) => {
    if (url.pathname !== '/api/audit/changes') return false;
    try {
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        return json(res, 405, { code: 'method-not-allowed', reason: localize('tab.auditApi.postOnly') });
      }
      const claims = await deps.tokens.validateRequest(req);
      const actor = await deps.resolver.actorForClaims(claims as Record<string, unknown>);
      const request = parseChangeRequest(await readJson(req));
      const answer = await deps.auditor.record(request, actor);
      return json(res, answer.status === 'recorded' ? 201 : 200, answer);
    } catch (error) {
      if (error instanceof AuthenticationError) {
        res.setHeader(
          'www-authenticate',
          `Bearer error="invalid_token", error_description="${error.reason.replace(/"/g, "'")}"`,
        );
        return json(res, 401, {
          code: 'unauthenticated',
          reason: localize('approvals.api.signInRequired'),
          detail: error.reason,
        });
      }
      if (error instanceof DomainError) {
        const issues = error instanceof ValidationError ? error.issues : undefined;
        return json(res, error.status, {
          code: error.code,
          reason: error.reason,
          ...(issues ? { issues } : {}),
        });
      }
      throw error;
    }
  };
}
