import {
  AppApiError,
  localize,
  ValidationError,
  type AppApiPort,
  type ApprovalAnswer,
  type ApprovalRequest,
  type AuditAnswer,
  type AuditedChange,
  type FieldIssue,
  type FollowUpState,
  type Localized,
  type PendingApproval,
  type PersonDelegations,
  type PlanReminderPolicyView,
} from '@devplan/core';
import type { TokenProvider } from '@devplan/sharepoint';

function isLocalized(value: unknown): value is Localized {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as Localized).sv === 'string' &&
    typeof (value as Localized).en === 'string'
  );
}

/**
 * The tab's one client of the app server's API, with the signed-in person's bearer token for the API (NAA in
 * Teams, the local sign-in standalone). Refusals come back as `AppApiError` with the server's reason in both
 * languages; invalid input as a `ValidationError` with the issues per field; an unreachable server as
 * `AppApiError` with status 0.
 */
export class AppApiClient implements AppApiPort {
  constructor(
    private readonly token: TokenProvider,
    private readonly baseUrl = '',
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  /** Submitted follow-ups waiting for the caller's decision (as approver or active deputy). */
  async pendingApprovals(): Promise<PendingApproval[]> {
    const body = (await this.json('GET', '/api/approvals/pending')) as {
      pending: {
        id: number;
        version: number;
        initiativeId: number;
        period: string;
        periodYear: number;
        onBehalfOf?: string | null;
        submittedAt?: string | null;
        remindAt?: string | null;
        escalateAt?: string | null;
      }[];
    };
    return body.pending.map((p) => ({
      followUpId: p.id,
      version: p.version,
      initiativeId: p.initiativeId,
      period: p.period,
      periodYear: p.periodYear,
      onBehalfOf: p.onBehalfOf ?? null,
      submittedAt: p.submittedAt ?? null,
      remindAt: p.remindAt ?? null,
      escalateAt: p.escalateAt ?? null,
    }));
  }

  /** Sends the approval card of a submitted follow-up now (`POST /api/approvals/notify`). */
  async requestApproval(followUpId: number): Promise<void> {
    await this.json('POST', '/api/approvals/notify', { followUpId });
  }

  /** The caller's delegations, or an approver's (`GET /api/approvals/delegations[?approverId=]`). */
  async delegations(approverId?: number): Promise<PersonDelegations> {
    const query = approverId === undefined ? '' : `?approverId=${approverId}`;
    return (await this.json('GET', `/api/approvals/delegations${query}`)) as PersonDelegations;
  }

  /** Names a deputy (`POST /api/approvals/delegations`), for an approver when `approverId` is given. */
  async delegate(deputyId: number, start: string, end: string, approverId?: number): Promise<void> {
    await this.json('POST', '/api/approvals/delegations', { deputyId, start, end, approverId });
  }

  /** Ends a delegation early (`POST /api/approvals/delegations/end`), an approver's when `approverId` is given. */
  async endDelegation(id: number, etag: string, approverId?: number): Promise<void> {
    await this.json('POST', '/api/approvals/delegations/end', { id, etag, approverId });
  }

  /** A plan's reminder and escalation days (`GET /api/approvals/reminder-policy`). */
  async reminderPolicy(planId: number): Promise<PlanReminderPolicyView> {
    return (await this.json(
      'GET',
      `/api/approvals/reminder-policy?planId=${planId}`,
    )) as PlanReminderPolicyView;
  }

  /** Sets a plan's reminder and escalation days (`POST /api/approvals/reminder-policy`; administrators only). */
  async setReminderPolicy(
    planId: number,
    days: { remindAfterDays: number | null; escalateAfterDays: number | null },
    etag: string,
  ): Promise<PlanReminderPolicyView> {
    return (await this.json('POST', '/api/approvals/reminder-policy', {
      planId,
      ...days,
      etag,
    })) as PlanReminderPolicyView;
  }

  /** Whether the caller is a plan administrator (`GET /api/approvals/me`). */
  async administrator(): Promise<boolean> {
    const body = (await this.json('GET', '/api/approvals/me')) as { administrator?: unknown };
    return body.administrator === true;
  }

  /** Names an initiative's approver (`POST /api/approvals/approver`; administrators only). */
  async assignApprover(initiativeId: number, approverId: number | null): Promise<void> {
    await this.json('POST', '/api/approvals/approver', { initiativeId, approverId });
  }

  /** Records a decision (`POST /api/approvals/decisions`). */
  async decide(request: ApprovalRequest): Promise<ApprovalAnswer> {
    const body = (await this.json('POST', '/api/approvals/decisions', request)) as {
      status: 'recorded' | 'repeated';
      followUp: { state: FollowUpState };
    };
    return { status: body.status, followUpState: body.followUp.state };
  }

  /** Asks the server to audit a change the tab just made (`POST /api/audit/changes`). */
  async recordChange(change: AuditedChange): Promise<AuditAnswer> {
    return (await this.json('POST', '/api/audit/changes', change)) as AuditAnswer;
  }

  /** A JSON request; the parsed answer (null when empty). */
  async json(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    const response = await this.request(method, path, body);
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : null;
  }

  /** A request whose answer is read by the caller (files); refusals are thrown as named errors. */
  async request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
    const token = await this.token();
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new AppApiError(
        'network',
        localize('tab.api.unreachable', { message: (error as Error).message }),
        0,
      );
    }
    if (response.ok) return response;
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? (JSON.parse(text) as unknown) : null;
    } catch (error) {
      parsed = { unparsed: text, parseError: (error as Error).message };
    }
    const answer = (parsed ?? {}) as { code?: unknown; reason?: unknown; issues?: unknown };
    if (answer.code === 'validation' && Array.isArray(answer.issues)) {
      throw new ValidationError(answer.issues as FieldIssue[]);
    }
    throw new AppApiError(
      typeof answer.code === 'string' ? answer.code : `http-${response.status}`,
      isLocalized(answer.reason)
        ? answer.reason
        : localize('tab.api.failed', { status: response.status, message: text.slice(0, 200) }),
      response.status,
      parsed,
    );
  }
}
