import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  approvalDecisionInput,
  localize,
  maxLengthOf,
  parseOrThrow,
  PermissionError,
  ValidationError,
  planReminderDaysInput,
  reminderSchedule,
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
import type { DelegationService } from './delegations.js';
import type { DecisionService } from './decision-service.js';
import type { SiteUserResolver } from './identity.js';
import type { ApprovalNotifier } from './notifier.js';
import type { ReminderPolicies } from './reminder-policy.js';

/** What the approvals API needs. */
export interface ApprovalsApiDeps {
  repos: Repositories;
  decisions: DecisionService;
  resolver: SiteUserResolver;
  notifier: ApprovalNotifier;
  tokens: EntraTokenValidator;
  /** Names initiatives' approvers (plan administrators only). */
  approvers: ApproverService;
  /** Approvers' deputies. */
  delegations: DelegationService;
  /** A site user's display name. */
  nameOf(id: Id): Promise<string>;
  /** When pending approvals are reminded and escalated: each plan's own days, else the server's setting. */
  reminders: ReminderPolicies;
  admins: AdministratorCheck;
}

function positiveInteger(value: unknown, path: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  throw new ValidationError([{ path, code: 'notInteger', message: localize('validation.notInteger') }]);
}

/** The approver a plan administrator acts for (`approverId`), or undefined: the caller's own. */
function optionalApprover(body: Record<string, unknown>): Id | undefined {
  const value = body['approverId'];
  return value === undefined || value === null ? undefined : positiveInteger(value, 'approverId');
}

/**
 * The approvals API the tab calls with the signed-in user's bearer token (validated as an Entra token):
 * `POST /api/approvals/decisions` records a decision exactly as the card does, `GET /api/approvals/pending`
 * lists what waits for the caller, `POST /api/approvals/notify` sends the card of a submitted follow-up,
 * `GET /api/approvals/delegations` lists the caller's deputies and deputyships, `POST
 * /api/approvals/delegations` names a deputy and `POST /api/approvals/delegations/end` ends one early (each with
 * an optional `approverId`: a plan administrator acting for that approver), `POST /api/approvals/approver` names
 * an initiative's approver (plan administrators), `GET /api/approvals/me` says whether the caller is a plan
 * administrator, `GET /api/approvals/reminder-policy?planId=` tells a plan's reminder and escalation days and
 * `POST /api/approvals/reminder-policy` sets them (plan administrators). Errors are answered here, in one
 * place, with their status and the reason in both languages.
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
      const recorded = await deps.decisions.record({
        followUpId: input.followUpId,
        followUpVersion,
        outcome: input.decision,
        comment: input.comment,
        actor,
        source: 'api',
      });
      // Answered once the decision record is written; the completion queue sets the State, publishes,
      // audits and replaces the cards (`completion: 'queued'`).
      void deps.notifier.completions.enqueue({
        decision: recorded.decision,
        actorName: actor.displayName,
        source: 'api',
        fresh: recorded.status === 'recorded',
      });
      const { followUp } = recorded;
      return json(res, recorded.status === 'recorded' ? 201 : 200, {
        status: recorded.status,
        decision: recorded.decision,
        // The state the decision gives it (the queue sets it within seconds); a repeated click: as read.
        followUp: {
          id: followUp.id,
          state: recorded.status === 'recorded' ? input.decision : followUp.state,
          version: followUp.version,
        },
        completion: 'queued',
      });
    }
    if (req.method === 'GET' && path === '/api/approvals/pending') {
      const submitted = await deps.repos.followUps.find({ filter: `State eq 'submitted'` });
      const mine: {
        id: Id;
        version: number;
        initiativeId: Id;
        period: string;
        periodYear: number;
        onBehalfOf: string | null;
        submittedAt: string | null;
        remindAt: string | null;
        escalateAt: string | null;
      }[] = [];
      const initiatives = new Map<Id, Promise<Id[]>>();
      const policyOf = deps.reminders.forPlans();
      for (const followUp of submitted) {
        // Decided already: its decision is recorded and being completed.
        if (deps.notifier.completions.has(followUp.id)) continue;
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
          const schedule = reminderSchedule(followUp.submittedAt, await policyOf(followUp.planId));
          // The approver comes first among the deciders: anyone else decides as their deputy.
          const approverId = (await deciders)[0]!;
          mine.push({
            id: followUp.id,
            version,
            initiativeId: followUp.initiativeId,
            period: followUp.period,
            periodYear: followUp.periodYear,
            onBehalfOf: approverId === actor.siteUserId ? null : await deps.nameOf(approverId),
            submittedAt: followUp.submittedAt,
            remindAt: schedule?.remindAt ?? null,
            escalateAt: schedule?.escalateAt ?? null,
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
    if (req.method === 'GET' && path === '/api/approvals/delegations') {
      const asked = url.searchParams.get('approverId');
      const approverId = asked === null ? undefined : positiveInteger(Number(asked), 'approverId');
      return json(res, 200, await deps.delegations.of(actor, approverId));
    }
    if (req.method === 'POST' && path === '/api/approvals/delegations') {
      const body = await readJsonObject(req, ['deputyId', 'deputyObjectId', 'start', 'end', 'approverId']);
      const date = /^\d{4}-\d{2}-\d{2}$/;
      const dateIssues: FieldIssue[] = ['start', 'end']
        .filter((path) => typeof body[path] !== 'string' || !date.test(body[path]))
        .map((path) => ({ path, code: 'invalidDate', message: localize('validation.invalidDate') }));
      if (dateIssues.length) throw new ValidationError(dateIssues);
      // The deputy by site user id (the tab) or by Entra object id (at most as long as the lists keep one).
      const deputyId =
        body['deputyId'] !== undefined
          ? positiveInteger(body['deputyId'], 'deputyId')
          : (
              await deps.resolver.actorFor(
                textField(body, 'deputyObjectId', maxLengthOf('Conversations', 'AadObjectId')),
              )
            ).siteUserId;
      const delegation = await deps.delegations.give(
        actor,
        deputyId,
        body['start'] as string,
        body['end'] as string,
        optionalApprover(body),
      );
      return json(res, 201, delegation);
    }
    if (req.method === 'POST' && path === '/api/approvals/delegations/end') {
      const body = await readJsonObject(req, ['id', 'etag', 'approverId']);
      const id = positiveInteger(body['id'], 'id');
      const etag = textField(body, 'etag', 64);
      await deps.delegations.end(actor, id, etag, optionalApprover(body));
      return json(res, 200, { ended: id });
    }
    if (req.method === 'GET' && path === '/api/approvals/reminder-policy') {
      const planId = positiveInteger(Number(url.searchParams.get('planId')), 'planId');
      return json(res, 200, await deps.reminders.of(planId));
    }
    if (req.method === 'POST' && path === '/api/approvals/reminder-policy') {
      // Plan administrators only: checked before the body is read.
      const view = await deps.reminders.set(actor, async () => {
        const body = await readJsonObject(req, ['planId', 'remindAfterDays', 'escalateAfterDays', 'etag']);
        const planId = positiveInteger(body['planId'], 'planId');
        const etag = textField(body, 'etag', 64);
        const days = parseOrThrow(planReminderDaysInput, {
          remindAfterDays: body['remindAfterDays'],
          escalateAfterDays: body['escalateAfterDays'],
        });
        return { planId, days, etag };
      });
      return json(res, 200, view);
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
