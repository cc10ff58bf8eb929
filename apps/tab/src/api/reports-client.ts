import {
  REPORT_CONTENT_TYPES,
  TERTIAL_SCHEME,
  type Id,
  type PeriodClosure,
  type PeriodRef,
  type StoredReport,
  type ClosedPeriod,
  type DownloadedFile,
  type PeriodFollowUps,
  type ReportsPort,
} from '@devplan/core';
import {
  PeriodClosureRepository,
  onDemand,
  PlanViewReader,
  readingRepositories,
  type PlanSite,
  type ReportLibrary,
} from '@devplan/sharepoint';
import type { AppApiClient } from './app-api.js';
import { downloadedFile } from './downloaded-file.js';

/**
 * The tab's side of periods and reports. Closures and stored reports are read, and files downloaded, from
 * SharePoint with the signed-in person's own token (PnPjs over `site`); closing a period and the Excel export
 * go through the app server's API with the person's API token, which checks they are an administrator.
 * Browser-safe: no Node modules, no renderers.
 */
export class ReportsClient implements ReportsPort {
  private readonly closuresRepo: PeriodClosureRepository;
  /** The reports library (and PnPjs' files and folders), loaded with the first list or download. */
  private readonly library: () => Promise<ReportLibrary>;
  private readonly planView: PlanViewReader;

  constructor(
    site: PlanSite,
    private readonly api: AppApiClient,
  ) {
    this.library = onDemand(
      () => import('./report-library.js').then((m) => new m.ReportLibrary(site)),
      'the reports library',
    );
    this.closuresRepo = new PeriodClosureRepository(site);
    this.planView = new PlanViewReader(readingRepositories(site));
  }

  /** `GET /api/reports/me`. */
  async isAdministrator(): Promise<boolean> {
    const response = await this.api.request('GET', '/api/reports/me');
    return ((await response.json()) as { administrator: boolean }).administrator === true;
  }

  /** The plan's closures, read from SharePoint. */
  closures(planId: Id): Promise<PeriodClosure[]> {
    return this.closuresRepo.byPlan(planId);
  }

  /** The plan's stored files, read from SharePoint. */
  async reports(planId: Id): Promise<StoredReport[]> {
    return (await this.library()).list(planId);
  }

  /**
   * The plan's initiatives and the follow-ups and published follow-ups of one period, read from SharePoint
   * with the person's own token in ONE `$batch` (the plan view limited to that period; a list past the view
   * threshold takes one more batch).
   */
  async periodFollowUps(planId: Id, period: PeriodRef): Promise<PeriodFollowUps> {
    const view = await this.planView.load(
      { id: planId, planYear: period.year },
      {
        parts: ['followUps', 'published'],
        scheme: { periods: TERTIAL_SCHEME.periods.filter((p) => p.key === period.period) },
      },
    );
    return { initiatives: view.initiatives, followUps: view.followUps, published: view.published };
  }

  /** `POST /api/reports/close`. */
  async closePeriod(planId: Id, period: PeriodRef): Promise<ClosedPeriod> {
    const response = await this.api.request('POST', '/api/reports/close', {
      planId,
      periodYear: period.year,
      period: period.period,
    });
    return (await response.json()) as ClosedPeriod;
  }

  /** Downloads a stored file with the person's own SharePoint token. */
  async download(report: StoredReport): Promise<DownloadedFile> {
    const bytes = await (await this.library()).download(report.serverRelativeUrl);
    return { name: report.name, blob: new Blob([bytes], { type: REPORT_CONTENT_TYPES[report.kind] }) };
  }

  /** `GET /api/reports/export`. */
  async exportFollowUps(planId: Id, period: PeriodRef): Promise<DownloadedFile> {
    const query = new URLSearchParams({
      planId: String(planId),
      periodYear: String(period.year),
      period: period.period,
    });
    const response = await this.api.request('GET', `/api/reports/export?${query.toString()}`);
    return downloadedFile(response, `uppfoljningar-${period.year}-${period.period}.xlsx`);
  }
}
