import type { Id, PeriodClosure, PeriodFollowUps, PeriodRef, StoredReport } from '../domain/index.js';

/** What a completed close answered: the closure and the files stored. */
export interface ClosedPeriod {
  closure: PeriodClosure;
  files: StoredReport[];
}

/** A file's content as the platform holds it (a `Blob` in a browser satisfies it). */
export interface FileContent {
  readonly size: number;
  readonly type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A file ready to be saved by the browser. */
export interface DownloadedFile {
  name: string;
  blob: FileContent;
}

/**
 * What the periods view reads and asks for. The host implements it: closures and stored reports are read
 * and downloaded from SharePoint with the signed-in person's token; closing and exporting go through the app
 * server's API, which checks that the person is an administrator.
 */
export interface ReportsPort {
  /** May the signed-in person close periods and export (a display hint: the server decides again). */
  isAdministrator(): Promise<boolean>;
  closures(planId: Id): Promise<PeriodClosure[]>;
  reports(planId: Id): Promise<StoredReport[]>;
  /**
   * The plan's initiatives with the follow-ups and published (approved) follow-ups of one period, read fresh
   * before a close is confirmed (`checkPeriodClose` turns them into what the close would leave out).
   */
  periodFollowUps(planId: Id, period: PeriodRef): Promise<PeriodFollowUps>;
  closePeriod(planId: Id, period: PeriodRef): Promise<ClosedPeriod>;
  download(report: StoredReport): Promise<DownloadedFile>;
  exportFollowUps(planId: Id, period: PeriodRef): Promise<DownloadedFile>;
}
