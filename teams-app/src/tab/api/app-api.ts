import {
  DomainError,
  localize,
  t,
  ValidationError,
  type FieldIssue,
  type FollowUpState,
  type Localized,
} from '@devplan/shared';
import type { TokenProvider } from '@devplan/shared/sp';
import type { ApprovalAnswer, ApprovalRequest, PendingApproval } from '@devplan/shared/views/tab';

/** The app server refused a request or could not be reached; carries the status, code and reason it gave. */
export class AppApiError extends DomainError {
  override readonly name = 'AppApiError';
  constructor(
    code: string,
    reason: Localized,
    status: number,
    readonly body?: unknown,
  ) {
    super(code, reason, status);
  }
}

/** A change the tab made, for the audit trail: which item, and for deletions the initiative it belonged to. */
export interface AuditedChange {
  list: 'Initiatives' | 'Activities' | 'Effects' | 'FollowUps';
  itemId: number;
  deleted?: boolean;
  /** Before an item's first audited edit: record its current state, so the edit's changes can be named. */
  baseline?: boolean;
  /** For a deleted activity or effect: its initiative (checked by the server against what it audited). */
  initiativeId?: number;
}

/** What the audit route answered: an entry added now, or none needed (the version was already audited). */
export interface AuditAnswer {
  status: 'recorded' | 'unchanged';
  entryId: number | null;
}

function isLocalized(value: unknown): value is Localized {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as Localized).sv === 'string' &&
    typeof (value as Localized).en === 'string'
  );
}

/**
 * The tab's client of the app server's API, with the signed-in person's bearer token for the API (NAA in
 * Teams, the local sign-in standalone). Refusals come back as named errors with the server's reason in both
 * languages; invalid input as a `ValidationError` with the issues per field.
 */
export class AppApiClient {
  constructor(
    private readonly token: TokenProvider,
    private readonly baseUrl = '',
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  /** Submitted follow-ups waiting for the caller's decision (as approver or active deputy). */
  async pendingApprovals(): Promise<PendingApproval[]> {
    const body = (await this.call('GET', '/api/approvals/pending')) as {
      pending: { id: number; version: number; initiativeId: number; period: string; periodYear: number }[];
    };
    return body.pending.map((p) => ({
      followUpId: p.id,
      version: p.version,
      initiativeId: p.initiativeId,
      period: p.period,
      periodYear: p.periodYear,
    }));
  }

  /** Records a decision (`POST /api/approvals/decisions`). */
  async decide(request: ApprovalRequest): Promise<ApprovalAnswer> {
    const body = (await this.call('POST', '/api/approvals/decisions', request)) as {
      status: 'recorded' | 'repeated';
      followUp: { state: FollowUpState };
    };
    return { status: body.status, followUpState: body.followUp.state };
  }

  /** Asks the server to audit a change the tab just made (`POST /api/audit/changes`). */
  async recordChange(change: AuditedChange): Promise<AuditAnswer> {
    return (await this.call('POST', '/api/audit/changes', change)) as AuditAnswer;
  }

  private async call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
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
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? (JSON.parse(text) as unknown) : null;
    } catch (error) {
      parsed = { unparsed: text, parseError: (error as Error).message };
    }
    if (response.ok) return parsed;
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

/** A change was saved but the app server could not enter it in the audit trail (the save stands). */
export class AuditTrailError extends DomainError {
  override readonly name = 'AuditTrailError';
  constructor(readonly causeError: unknown) {
    const detail: Localized =
      causeError instanceof DomainError
        ? causeError.reason
        : {
            sv: String((causeError as Error)?.message ?? causeError),
            en: String((causeError as Error)?.message ?? causeError),
          };
    super(
      'audit-failed',
      {
        sv: t('sv', 'tab.audit.failed', { message: detail.sv }),
        en: t('en', 'tab.audit.failed', { message: detail.en }),
      },
      502,
    );
  }
}
