import type { IncomingMessage, ServerResponse } from 'node:http';
import { parsePeriodRequest, REPORT_CONTENT_TYPES } from '@devplan/core';
import type { EntraTokenValidator } from '../auth/entra.js';
import type { Actor } from '../approvals/identity.js';
import type { RouteHandler } from '../server/app-server.js';
import {
  apiNotFound,
  fileAnswer,
  json,
  planIdParam,
  readJsonObject,
  withApiErrors,
} from '../server/api-kit.js';
import type { AdministratorCheck } from '../auth/administrators.js';
import type { PeriodCloseService } from './close-service.js';

/** What the reports API needs. */
export interface ReportsApiDeps {
  service: PeriodCloseService;
  admins: AdministratorCheck;
  tokens: EntraTokenValidator;
  /** The site user behind a validated token's claims (the approvals' resolver). */
  actorForClaims(claims: Record<string, unknown>): Promise<Actor>;
}

/**
 * The reports API, called by the tab with the signed-in person's bearer token (validated as an Entra token):
 * `GET /api/reports/me` (may the caller close periods), `POST /api/reports/close` `{planId, periodYear, period}`
 * (administrators only), `GET /api/reports/closures?planId=` and `GET /api/reports/files?planId=` (anyone
 * signed in), `GET /api/reports/export?planId=&periodYear=&period=` (administrators only: the approved
 * follow-ups as an Excel file). Who is an administrator is read from the site with the app's identity on
 * every call; nothing in the request decides it. Errors are answered here, in one place, with their status
 * and the reason in both languages.
 */
export function reportsApi(deps: ReportsApiDeps): RouteHandler {
  const handle = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const path = url.pathname;
    if (!path.startsWith('/api/reports/')) return false;
    const claims = await deps.tokens.validateRequest(req);
    const actor = await deps.actorForClaims(claims as Record<string, unknown>);
    const closer = { siteUserId: actor.siteUserId, displayName: actor.displayName };

    if (req.method === 'GET' && path === '/api/reports/me') {
      return json(res, 200, { administrator: await deps.admins.isAdministrator(actor.siteUserId) });
    }
    if (req.method === 'POST' && path === '/api/reports/close') {
      await deps.admins.assert(actor.siteUserId);
      const request = parsePeriodRequest(await readJsonObject(req, ['planId', 'periodYear', 'period']));
      const result = await deps.service.close(request, closer);
      return json(res, 201, result);
    }
    if (req.method === 'GET' && path === '/api/reports/closures') {
      return json(res, 200, { closures: await deps.service.closuresOf(planIdParam(url)) });
    }
    if (req.method === 'GET' && path === '/api/reports/files') {
      return json(res, 200, { files: await deps.service.filesOf(planIdParam(url)) });
    }
    if (req.method === 'GET' && path === '/api/reports/export') {
      await deps.admins.assert(actor.siteUserId);
      const request = parsePeriodRequest(Object.fromEntries(url.searchParams));
      const file = await deps.service.exportXlsx(request, closer);
      return fileAnswer(res, { ...file, contentType: REPORT_CONTENT_TYPES.export });
    }
    return apiNotFound(res, path);
  };

  return withApiErrors(handle);
}
