import '@pnp/sp/files/index.js';
import '@pnp/sp/folders/index.js';
import type { Id, ReportKind, StoredReport } from '@devplan/core';
import type { PlanSite } from '../client/site.js';
import { spCall } from '../client/errors.js';
import { storedReportMapping } from '../mapping/mappings.js';
import { toFields, type SpItem } from '../mapping/mapper.js';
import { ListRepository } from './list-repository.js';

/** The metadata every report file carries: which plan, period and case, and what kind of file. */
export interface ReportMetadata {
  planId: Id;
  periodYear: number;
  period: string;
  caseNumber: string;
  kind: ReportKind;
}

/**
 * The reports document library: files (the committee report, the snapshot, the Excel export) with their
 * metadata. Only the app's identity uploads and deletes (list permissions); everyone on the site reads and
 * downloads with their own token.
 */
export class ReportLibrary extends ListRepository<StoredReport, never, never> {
  constructor(site: PlanSite) {
    super(site, storedReportMapping, null);
  }

  /** Server-relative URL of the library's root folder. */
  get folderUrl(): string {
    return this.site.listUrl('Reports');
  }

  /**
   * Uploads a file (replacing one of the same name: a retried close writes the same names) and sets its
   * metadata. Two requests after the upload: the item behind the file, and the metadata MERGE.
   */
  async upload(name: string, content: Uint8Array, metadata: ReportMetadata): Promise<StoredReport> {
    const context = { listName: this.listName };
    const body = content.buffer.slice(
      content.byteOffset,
      content.byteOffset + content.byteLength,
    ) as ArrayBuffer;
    const info = (await spCall(context, () =>
      this.site.sp.web.getFolderByServerRelativePath(this.folderUrl).files.addUsingPath(name, body, {
        Overwrite: true,
      }),
    )) as { ServerRelativeUrl: string; Length?: string | number };
    const file = this.site.sp.web.getFileByServerRelativePath(info.ServerRelativeUrl);
    const item = (await spCall(context, () => file.listItemAllFields.select('Id')())) as { Id: number };
    await spCall({ listName: this.listName, itemId: item.Id }, () =>
      this.site.list('Reports').items.getById(item.Id).update(toFields(this.mapping, metadata)),
    );
    return this.get(item.Id).then((stored) => ({
      ...stored,
      size: Number(info.Length ?? content.byteLength),
    }));
  }

  /** Every stored file of a plan (or of all plans), newest first, with its size. */
  async list(planId?: Id): Promise<StoredReport[]> {
    const items = this.site
      .list('Reports')
      .items.select(...this.selectColumns(), 'File/Length')
      .expand('File')
      .top(5000)
      .orderBy('Created', false);
    const rows = (await spCall({ listName: this.listName }, () =>
      (planId === undefined ? items : items.filter(`PlanId eq ${planId}`))(),
    )) as SpItem[];
    return rows.map((row) => this.withSize(row));
  }

  /** The bytes of a stored file, read with this site's identity (the tab: the signed-in person's token). */
  async download(serverRelativeUrl: string): Promise<ArrayBuffer> {
    return spCall({ listName: this.listName }, () =>
      this.site.sp.web.getFileByServerRelativePath(serverRelativeUrl).getBuffer(),
    );
  }

  /** Deletes a stored file (rolling back a close that could not store all its files). */
  async remove(serverRelativeUrl: string): Promise<void> {
    await spCall({ listName: this.listName }, () =>
      this.site.sp.web.getFileByServerRelativePath(serverRelativeUrl).delete(),
    );
  }

  /** One file's item with its size. */
  override async get(id: Id): Promise<StoredReport> {
    const row = (await spCall({ listName: this.listName, itemId: id }, () =>
      this.site
        .list('Reports')
        .items.getById(id)
        .select(...this.selectColumns(), 'File/Length')
        .expand('File')(),
    )) as SpItem;
    return this.withSize(row);
  }

  private selectColumns(): string[] {
    return [
      'Id',
      'Created',
      'Modified',
      'FileLeafRef',
      'FileRef',
      'PlanId',
      'PeriodYear',
      'Period',
      'CaseNumber',
      'ReportKind',
    ];
  }

  private withSize(row: SpItem): StoredReport {
    const [stored] = this.map([row]);
    const file = row['File'] as { Length?: string | number } | undefined;
    return { ...stored!, size: Number(file?.Length ?? row['File_x0020_Size'] ?? 0) };
  }
}
