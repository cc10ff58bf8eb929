import type { IncomingMessage, ServerResponse } from 'node:http';
import { localize, ValidationError } from '@devplan/core';
import type { EntraTokenValidator } from '../auth/entra.js';
import type { Actor } from '../approvals/identity.js';
import type { RouteHandler } from '../server/app-server.js';
import { apiNotFound, json, readJsonObject, textField, withApiErrors } from '../server/api-kit.js';
import type { PrinciplesService } from './principles-service.js';

/**
 * A create key as the lists keep it (`CreateKey`, 8–64 plain characters, as the repositories require): anything
 * else is refused here, field by field, before it is looked up or written.
 */
const CREATE_KEY = /^[A-Za-z0-9][A-Za-z0-9._:@-]{7,63}$/;

function createKeyOf(body: Record<string, unknown>): string {
  const key = textField(body, 'createKey', 64);
  if (!CREATE_KEY.test(key))
    throw new ValidationError([
      { path: 'createKey', code: 'invalid', message: localize('validation.invalid') },
    ]);
  return key;
}

/** What the principles API needs. */
export interface PrinciplesApiDeps {
  service: PrinciplesService;
  tokens: EntraTokenValidator;
  /** The site user behind a validated token's claims (the approvals' resolver). */
  actorForClaims(claims: Record<string, unknown>): Promise<Actor>;
}

/**
 * The follow-up of the principles, called by the tab with the signed-in person's bearer token:
 * `POST /api/principles/rounds` `{planId, label, createKey}` opens a round (plan administrators; 201, 200 when
 * it was open already), `POST /api/principles/rounds/close` `{roundId, etag}` closes it (plan administrators),
 * `POST /api/principles/assessments` `{roundId, administration, principle, level, comment, etag, createKey}`
 * gives an administration's self-assessment of one principle (members, while the round is open; 201 for a new
 * one, 200 for a change or a repeat). Errors are answered in one place, with their status and the reason in both
 * languages; a refused request writes nothing.
 */
export function principlesApi(deps: PrinciplesApiDeps): RouteHandler {
  const handle = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const path = url.pathname;
    if (!path.startsWith('/api/principles/')) return false;
    const claims = await deps.tokens.validateRequest(req);
    const actor = await deps.actorForClaims(claims as Record<string, unknown>);

    if (req.method === 'POST' && path === '/api/principles/rounds') {
      const { createKey, ...body } = await readJsonObject(req);
      const answer = await deps.service.openRound(body, createKeyOf({ createKey }), actor);
      return json(res, answer.status === 'opened' ? 201 : 200, answer);
    }
    if (req.method === 'POST' && path === '/api/principles/rounds/close') {
      return json(res, 200, await deps.service.closeRound(await readJsonObject(req), actor));
    }
    if (req.method === 'POST' && path === '/api/principles/assessments') {
      const { createKey, ...body } = await readJsonObject(req);
      const answer = await deps.service.assess(body, createKeyOf({ createKey }), actor);
      return json(res, answer.status === 'created' ? 201 : 200, answer);
    }
    return apiNotFound(res, path);
  };
  return withApiErrors(handle);
}
