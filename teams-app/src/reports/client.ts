import {
  DomainError,
  localize,
  REPORT_CONTENT_TYPES,
  ValidationError,
  type FieldIssue,
  type Id,
  type Localized,
  type PeriodClosure,
  type PeriodRef,
  type StoredReport,
} from '@devplan/shared';
import {
  PeriodClosureRepository,
  ReportLibrary,
  type PlanSite,
  type TokenProvider,
} from '@devplan/shared/sp';
import type { ClosedPeriod, DownloadedFile, ReportsPort } from '@devplan/shared/views/tab';

/** The reports API refused a request or could not be reached; carries the status, code and the reason it gave. */
export class ReportsApiError extends DomainError {
  override readonly name = 'ReportsApiError';
  constructor(
    code: string,
    reason: Localized,
    status: number,
    readonly body?: unknown,
  ) {
    super(code, reason, status);
  }
}

function isLocalized(value: unknown): value is Localized {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as Localized).sv === 'string' &&
    typeof (value as Localized).en === 'string'
  );
}

function fileName(disposition: string | null, fallback: string): string {
  const match = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  return match ? decodeURIComponent(match[1]!) : fallback;
}

/**
 * The tab's side of periods and reports. Closures and stored reports are read, and files downloaded, from
 * SharePoint with the signed-in person's own token (PnPjs over `site`); closing a period and the Excel export
 * go through the app server's API with the person's API token, which checks they are an administrator.
 * Browser-safe: no Node modules, no renderers.
 */
export class ReportsClient implements ReportsPort {
  private readonly closuresRepo: PeriodClosureRepository;
  private readonly library: ReportLibrary;

  constructor(
    site: PlanSite,
    private readonly apiToken: TokenProvider,
    private readonly baseUrl = '',
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {
    this.closuresRepo = new PeriodClosureRepository(site);
    this.library = new ReportLibrary(site);
  }

  /** `GET /api/reports/me`. */
  async isAdministrator(): Promise<boolean> {
    const response = await this.call('GET', '/api/reports/me');
    return ((await response.json()) as { administrator: boolean }).administrator === true;
  }

  /** The plan's closures, read from SharePoint. */
  closures(planId: Id): Promise<PeriodClosure[]> {
    return this.closuresRepo.byPlan(planId);
  }

  /** The plan's stored files, read from SharePoint. */
  reports(planId: Id): Promise<StoredReport[]> {
    return this.library.list(planId);
  }

  /** `POST /api/reports/close`. */
  async closePeriod(planId: Id, period: PeriodRef): Promise<ClosedPeriod> {
    const response = await this.call('POST', '/api/reports/close', {
      planId,
      periodYear: period.year,
      period: period.period,
    });
    return (await response.json()) as ClosedPeriod;
  }

  /** Downloads a stored file with the person's own SharePoint token. */
  async download(report: StoredReport): Promise<DownloadedFile> {
    const bytes = await this.library.download(report.serverRelativeUrl);
    return { name: report.name, blob: new Blob([bytes], { type: REPORT_CONTENT_TYPES[report.kind] }) };
  }

  /** `GET /api/reports/export`. */
  async exportFollowUps(planId: Id, period: PeriodRef): Promise<DownloadedFile> {
    const query = new URLSearchParams({
      planId: String(planId),
      periodYear: String(period.year),
      period: period.period,
    });
    const response = await this.call('GET', `/api/reports/export?${query.toString()}`);
    return {
      name: fileName(
        response.headers.get('content-disposition'),
        `uppfoljningar-${period.year}-${period.period}.xlsx`,
      ),
      blob: await response.blob(),
    };
  }

  private async call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
    const token = await this.apiToken();
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new ReportsApiError(
        'network',
        localize('tab.api.unreachable', { message: (error as Error).message }),
        0,
      );
    }
    if (response.ok) return response;
    const text = await response.text();
    let answer: { code?: unknown; reason?: unknown; issues?: unknown } = {};
    try {
      answer = JSON.parse(text) as typeof answer;
    } catch (error) {
      answer = { code: `http-${response.status}`, reason: undefined, issues: (error as Error).message };
    }
    if (answer.code === 'validation' && Array.isArray(answer.issues))
      throw new ValidationError(answer.issues as FieldIssue[]);
    throw new ReportsApiError(
      typeof answer.code === 'string' ? answer.code : `http-${response.status}`,
      isLocalized(answer.reason)
        ? answer.reason
        : localize('tab.api.failed', { status: response.status, message: text.slice(0, 200) }),
      response.status,
      answer,
    );
  }
}
