import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  approvalDecisionInput,
  DomainError,
  localize,
  parseOrThrow,
  ValidationError,
  type Id,
} from '@devplan/shared';
import type { Repositories } from '@devplan/shared/sp';
import { AuthenticationError, type EntraTokenValidator } from '../auth/entra.js';
import type { RouteHandler } from '../server/app-server.js';
import type { DecisionService } from './decision-service.js';
import type { SiteUserResolver } from './identity.js';
import type { ApprovalNotifier } from './notifier.js';

/** What the approvals API needs. */
export interface ApprovalsApiDeps {
  repos: Repositories;
  decisions: DecisionService;
  resolver: SiteUserResolver;
  notifier: ApprovalNotifier;
  tokens: EntraTokenValidator;
  /** Local development: settings the card inbox page reads (the connector's origin). */
  localConfig?: Record<string, unknown>;
}

/** The largest request body the API reads; every body it takes is a few hundred bytes. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON object body: refused with 413 past `MAX_BODY_BYTES` (read no further), with 400 when it is
 * not a JSON object or, when `allowed` is given, carries a field not in it.
 */
async function readJson(req: IncomingMessage, allowed?: readonly string[]): Promise<Record<string, unknown>> {
  const body = await readObject(req);
  const unknown = allowed ? Object.keys(body).filter((k) => !allowed.includes(k)) : [];
  if (unknown.length)
    throw new ValidationError(
      unknown.map((path) => ({ path, code: 'unknownField', message: localize('validation.unknownField') })),
    );
  return body;
}

async function readObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const raw = await new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      // Stop keeping the body but let it drain, so the answer still reaches the caller.
      req.off('data', onData);
      req.resume();
      reject(
        new DomainError(
          'bodyTooLarge',
          localize('approvals.api.bodyTooLarge', { max: MAX_BODY_BYTES / 1024 }),
          413,
        ),
      );
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch (error) {
    throw new ValidationError([
      {
        path: '',
        code: 'invalidJson',
        message: localize('approvals.api.invalidJson', { message: (error as Error).message }),
      },
    ]);
  }
  throw new ValidationError([{ path: '', code: 'invalidType', message: localize('validation.invalidType') }]);
}

function json(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
  return true;
}

function positiveInteger(value: unknown, path: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  throw new ValidationError([{ path, code: 'notInteger', message: localize('validation.notInteger') }]);
}

/**
 * The approvals API the tab calls with the signed-in user's bearer token (validated as an Entra token):
 * `POST /api/approvals/decisions` records a decision exactly as the card does, `GET /api/approvals/pending`
 * lists what waits for the caller, `POST /api/approvals/notify` sends the card of a submitted follow-up,
 * `POST /api/approvals/delegations` names a deputy. Errors are answered here, in one place, with their status
 * and the reason in both languages.
 */
export function approvalsApi(deps: ApprovalsApiDeps): RouteHandler {
  const handle = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const path = url.pathname;
    if (req.method === 'GET' && path === '/api/approvals/local-config' && deps.localConfig) {
      return json(res, 200, deps.localConfig);
    }
    if (!path.startsWith('/api/approvals/')) return false;
    const claims = await deps.tokens.validateRequest(req);
    const actor = await deps.resolver.actorForClaims(claims as Record<string, unknown>);

    if (req.method === 'POST' && path === '/api/approvals/decisions') {
      const { version, ...rest } = await readJson(req);
      const followUpVersion = positiveInteger(version, 'version');
      const input = parseOrThrow(approvalDecisionInput, rest);
      const result = await deps.decisions.decide({
        followUpId: input.followUpId,
        followUpVersion,
        outcome: input.decision,
        comment: input.comment,
        actor,
        source: 'api',
      });
      if (result.status === 'recorded') await deps.notifier.announce(result, actor.displayName);
      return json(res, result.status === 'recorded' ? 201 : 200, {
        status: result.status,
        decision: result.decision,
        followUp: { id: result.followUp.id, state: result.followUp.state, version: result.followUp.version },
        publishedId: result.published?.id ?? null,
      });
    }
    if (req.method === 'GET' && path === '/api/approvals/pending') {
      const submitted = await deps.repos.followUps.find({ filter: `State eq 'submitted'` });
      const mine: { id: Id; version: number; initiativeId: Id; period: string; periodYear: number }[] = [];
      const initiatives = new Map<Id, Promise<Id[]>>();
      for (const followUp of submitted) {
        let deciders = initiatives.get(followUp.initiativeId);
        if (!deciders) {
          deciders = deps.repos.initiatives
            .get(followUp.initiativeId)
            .then((i) => deps.decisions.decidersFor(i));
          initiatives.set(followUp.initiativeId, deciders);
        }
        if ((await deciders).includes(actor.siteUserId)) {
          const { version } = await deps.decisions.followUp(followUp.id);
          mine.push({
            id: followUp.id,
            version,
            initiativeId: followUp.initiativeId,
            period: followUp.period,
            periodYear: followUp.periodYear,
          });
        }
      }
      return json(res, 200, { pending: mine });
    }
    if (req.method === 'POST' && path === '/api/approvals/notify') {
      const body = await readJson(req, ['followUpId']);
      const sent = await deps.notifier.requestApproval(positiveInteger(body['followUpId'], 'followUpId'));
      return json(res, 200, { sent });
    }
    if (req.method === 'POST' && path === '/api/approvals/delegations') {
      const body = await readJson(req, ['deputyObjectId', 'start', 'end']);
      const deputyOid = typeof body['deputyObjectId'] === 'string' ? body['deputyObjectId'] : '';
      const start = typeof body['start'] === 'string' ? body['start'] : '';
      const end = typeof body['end'] === 'string' ? body['end'] : '';
      const date = /^\d{4}-\d{2}-\d{2}$/;
      if (!date.test(start) || !date.test(end) || start > end) {
        throw new ValidationError([
          { path: 'end', code: 'startAfterEnd', message: localize('validation.startAfterEnd') },
        ]);
      }
      const deputy = await deps.resolver.actorFor(deputyOid);
      const delegation = await deps.repos.delegations.add({
        approverId: actor.siteUserId,
        deputyId: deputy.siteUserId,
        start,
        end,
      });
      await deps.repos.audit.add({
        action: 'delegate',
        listName: 'Delegations',
        itemId: delegation.id,
        actor: actor.displayName,
        at: new Date().toISOString(),
        details: { approverId: actor.siteUserId, deputyId: deputy.siteUserId, start, end },
        source: 'api',
      });
      return json(res, 201, delegation);
    }
    return json(res, 404, {
      code: 'not-found',
      reason: localize('error.notFound', { what: 'API', id: path }),
    });
  };

  return async (req, res, url) => {
    try {
      return await handle(req, res, url);
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
