import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  approvalDecisionInput,
  localize,
  maxLengthOf,
  parseOrThrow,
  PermissionError,
  ValidationError,
  type FieldIssue,
  type Id,
} from '@devplan/core';
import type { Repositories } from '@devplan/sharepoint';
import type { EntraTokenValidator } from '../auth/entra.js';
import { mayEditList } from '../auth/roles.js';
import type { RouteHandler } from '../server/app-server.js';
import { apiNotFound, json, readJsonObject, textField, withApiErrors } from '../server/api-kit.js';
import type { AdministratorCheck } from '../auth/administrators.js';
import type { ApproverService } from './approver.js';
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
  /** Names initiatives' approvers (plan administrators only). */
  approvers: ApproverService;
  admins: AdministratorCheck;
}

function positiveInteger(value: unknown, path: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  throw new ValidationError([{ path, code: 'notInteger', message: localize('validation.notInteger') }]);
}

/**
 * The approvals API the tab calls with the signed-in user's bearer token (validated as an Entra token):
 * `POST /api/approvals/decisions` records a decision exactly as the card does, `GET /api/approvals/pending`
 * lists what waits for the caller, `POST /api/approvals/notify` sends the card of a submitted follow-up,
 * `POST /api/approvals/delegations` names a deputy, `POST /api/approvals/approver` names an initiative's
 * approver (plan administrators), `GET /api/approvals/me` says whether the caller is a plan administrator. Errors are answered here, in one place, with their status
 * and the reason in both languages.
 */
export function approvalsApi(deps: ApprovalsApiDeps): RouteHandler {
  const handle = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const path = url.pathname;
    if (!path.startsWith('/api/approvals/')) return false;
    const claims = await deps.tokens.validateRequest(req);
    const actor = await deps.resolver.actorForClaims(claims as Record<string, unknown>);

    if (req.method === 'POST' && path === '/api/approvals/decisions') {
      const { version, ...rest } = await readJsonObject(req);
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
        // Not what the caller wrote or submitted themselves: nobody decides their own work.
        if (
          (await deciders).includes(actor.siteUserId) &&
          !(await deps.decisions.authorsOf(followUp)).includes(actor.siteUserId)
        ) {
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
      // Only members (who may edit follow-ups) ask for approvals; checked before anything else is read.
      if (!(await mayEditList(deps.repos.site, 'FollowUps', actor.upn)))
        throw new PermissionError(localize('approvals.refused.notMember'));
      const body = await readJsonObject(req, ['followUpId']);
      const followUpId = positiveInteger(body['followUpId'], 'followUpId');
      await deps.repos.followUps.assertPeriodOpen(await deps.repos.followUps.get(followUpId));
      const sent = await deps.notifier.requestApproval(followUpId);
      return json(res, 200, { sent });
    }
    if (req.method === 'POST' && path === '/api/approvals/delegations') {
      const body = await readJsonObject(req, ['deputyObjectId', 'start', 'end']);
      // Not stored as text (the deputy is a person column): at most what the lists keep an Entra object id in.
      const deputyOid = textField(body, 'deputyObjectId', maxLengthOf('Conversations', 'AadObjectId'));
      const date = /^\d{4}-\d{2}-\d{2}$/;
      const dateIssues: FieldIssue[] = ['start', 'end']
        .filter((path) => typeof body[path] !== 'string' || !date.test(body[path]))
        .map((path) => ({ path, code: 'invalidDate', message: localize('validation.invalidDate') }));
      if (dateIssues.length) throw new ValidationError(dateIssues);
      const start = body['start'] as string;
      const end = body['end'] as string;
      if (start > end) {
        throw new ValidationError([
          { path: 'end', code: 'startAfterEnd', message: localize('validation.startAfterEnd') },
        ]);
      }
      // Only an approver names a deputy (for their own approvals), and never themselves.
      const approves = await deps.repos.approverAssignments.find({
        filter: `ApproverId eq ${actor.siteUserId}`,
        top: 1,
      });
      if (approves.length === 0) throw new PermissionError(localize('approvals.refused.notAnApprover'));
      const deputy = await deps.resolver.actorFor(deputyOid);
      if (deputy.siteUserId === actor.siteUserId) {
        throw new ValidationError([
          {
            path: 'deputyObjectId',
            code: 'selfDelegation',
            message: localize('approvals.refused.selfDelegation'),
          },
        ]);
      }
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
    if (req.method === 'POST' && path === '/api/approvals/approver') {
      const body = await readJsonObject(req, ['initiativeId', 'approverId']);
      const initiativeId = positiveInteger(body['initiativeId'], 'initiativeId');
      const approverId =
        body['approverId'] === null ? null : positiveInteger(body['approverId'], 'approverId');
      return json(res, 200, { initiative: await deps.approvers.assign(initiativeId, approverId, actor) });
    }
    if (req.method === 'GET' && path === '/api/approvals/me') {
      return json(res, 200, { administrator: await deps.admins.isAdministrator(actor.siteUserId) });
    }
    return apiNotFound(res, path);
  };

  return withApiErrors(handle);
}
