import type { IncomingMessage, ServerResponse } from 'node:http';
import { REPORT_CONTENT_TYPES } from '@devplan/core';
import type { EntraTokenValidator } from '../auth/entra.js';
import type { Actor } from '../approvals/identity.js';
import type { RouteHandler } from '../server/app-server.js';
import {
  apiNotFound,
  fileAnswer,
  json,
  planIdParam,
  readJsonObject,
  textField,
  withApiErrors,
} from '../server/api-kit.js';
import type { PlanDocumentService } from './plan-document.js';
import type { PlanYearService } from './plan-years.js';

/** What the plans API needs. */
export interface PlansApiDeps {
  service: PlanYearService;
  /** The plan document for the committee (members and administrators). */
  documents: PlanDocumentService;
  tokens: EntraTokenValidator;
  /** The site user behind a validated token's claims (the approvals' resolver). */
  actorForClaims(claims: Record<string, unknown>): Promise<Actor>;
}

/**
 * The yearly cycle's API, called by the tab with the signed-in person's bearer token (who may is checked on every
 * call): `POST /api/plans` `{planYear, title, caseNumber, fromPlanId, carry, createKey}` creates
 * a draft plan (201; the same `createKey` again resumes an interrupted run), `POST /api/plans/decisions`
 * `{planId, step, date, paragraph, outcome, notes, body}` records a step of the decision chain (201 recorded,
 * 200 when the same step was already recorded the same way), both for plan administrators only;
 * `GET /api/plans/document?planId=` answers the plan as a Word document to members and plan administrators (a
 * reader gets 403: a draft is not for readers). Errors are answered in one place, with their status and the
 * reason in both languages; a refused request writes nothing.
 */
export function plansApi(deps: PlansApiDeps): RouteHandler {
  const handle = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const path = url.pathname;
    if (path !== '/api/plans' && !path.startsWith('/api/plans/')) return false;
    const claims = await deps.tokens.validateRequest(req);
    const actor = await deps.actorForClaims(claims as Record<string, unknown>);

    if (req.method === 'POST' && path === '/api/plans') {
      const { createKey, ...body } = await readJsonObject(req);
      const key = textField({ createKey }, 'createKey', 100);
      return json(res, 201, await deps.service.create(body, key, actor));
    }
    if (req.method === 'POST' && path === '/api/plans/decisions') {
      const result = await deps.service.decide(await readJsonObject(req), actor);
      return json(res, result.status === 'recorded' ? 201 : 200, result);
    }
    if (req.method === 'GET' && path === '/api/plans/document') {
      const file = await deps.documents.render(planIdParam(url), actor);
      return fileAnswer(res, { ...file, contentType: REPORT_CONTENT_TYPES.report });
    }
    if (req.method === 'POST' && path === '/api/plans/close') {
      return json(res, 200, { plan: await deps.service.closeYear(await readJsonObject(req), actor) });
    }
    if (req.method === 'POST' && path === '/api/plans/update') {
      return json(res, 200, { plan: await deps.service.update(await readJsonObject(req), actor) });
    }
    return apiNotFound(res, path);
  };
  return withApiErrors(handle);
}
