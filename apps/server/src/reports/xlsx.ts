import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { periodLabel, stockholmDay, t, type Locale, type PeriodSnapshot } from '@devplan/core';

/** How a date cell is written: a real date, shown as Swedish dates are written. */
const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * The day an approval was given in Stockholm, as an Excel date. Excel dates have no time zone: the day is
 * written as its midnight (UTC, which ExcelJS writes as it is), so 00:16 on 3 March in Malmö stays 3 March.
 */
function approvalDay(approvedAt: string): Date {
  return new Date(`${stockholmDay(new Date(approvedAt))}T00:00:00Z`);
}

/** A text cell's value: null (an empty cell) rather than an empty string. */
const text = (value: string | undefined): string | null => value || null;

/** The XML text of a value (`&`, `<`, `>` escaped). */
const xmlText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Adds the hidden, sheet-local `_xlnm._FilterDatabase` name over the filtered range, as Excel itself writes
 * it beside an autofilter: LibreOffice keeps an autofilter only with it. ExcelJS does not write it, and its
 * `definedNames` API makes only visible, workbook-wide names, which LibreOffice ignores for the filter.
 */
function withFilterDatabase(xlsx: Uint8Array, sheetIndex: number, range: string): Buffer {
  const files = unzipSync(xlsx, { filter: (file) => !file.name.endsWith('/') });
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const name = `<definedName name="_xlnm._FilterDatabase" localSheetId="${sheetIndex}" hidden="1">${xmlText(range)}</definedName>`;
  files['xl/workbook.xml'] = strToU8(
    workbook.includes('<definedNames>')
      ? workbook.replace('<definedNames>', `<definedNames>${name}`)
      : workbook.replace('</sheets>', `</sheets><definedNames>${name}</definedNames>`),
  );
  return Buffer.from(zipSync(files));
}

/**
 * The approved follow-ups of a period as an Excel workbook: one row per initiative (with or without an
 * approved follow-up) with its owner and approver, the approval date as a date (the day in Stockholm), the
 * case number and period in every row, and empty cells where there is nothing. A bold frozen header row with
 * a filter that Excel and LibreOffice both keep; printed landscape on A4, one page wide, the header row on
 * every page.
 */
export async function renderFollowUpsXlsx(snapshot: PeriodSnapshot, locale: Locale): Promise<Buffer> {
  const tr = (key: Parameters<typeof t>[1]) => t(locale, key);
  const { plan } = snapshot;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = tr('app.shortName');
  // The plan's title names its year already ("Utvecklingsplan 2026"): the year is added only when it does not.
  const named = plan.title.includes(String(snapshot.period.year));
  workbook.title = `${plan.title}, ${periodLabel(locale, named ? snapshot.period.period : snapshot.period)}`;
  workbook.subject = plan.caseNumber;
  workbook.created = new Date(snapshot.closedAt);
  const sheet = workbook.addWorksheet(tr('reports.sheet.name'), {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages down as it takes
      printTitlesRow: '1:1',
    },
  });
  sheet.columns = [
    { header: tr('reports.sheet.focusArea'), key: 'area', width: 32 },
    { header: tr('reports.sheet.initiative'), key: 'initiative', width: 40 },
    { header: tr('reports.sheet.owner'), key: 'owner', width: 22 },
    { header: tr('reports.sheet.approver'), key: 'approver', width: 22 },
    { header: tr('reports.sheet.period'), key: 'period', width: 16 },
    { header: tr('reports.sheet.status'), key: 'status', width: 20 },
    { header: tr('reports.sheet.progress'), key: 'progress', width: 14 },
    { header: tr('reports.sheet.summary'), key: 'summary', width: 60 },
    { header: tr('reports.sheet.risks'), key: 'risks', width: 40 },
    { header: tr('reports.sheet.nextSteps'), key: 'nextSteps', width: 40 },
    { header: tr('reports.sheet.effectsSeen'), key: 'effectsSeen', width: 40 },
    { header: tr('reports.sheet.approvedAt'), key: 'approvedAt', width: 14 },
    { header: tr('reports.sheet.caseNumber'), key: 'caseNumber', width: 18 },
  ];
  const period = periodLabel(locale, snapshot.period);
  for (const area of snapshot.focusAreas) {
    for (const i of area.initiatives) {
      const f = i.followUp;
      sheet.addRow({
        area: area.title,
        initiative: i.title,
        owner: text(i.owner),
        approver: text(i.approver),
        period,
        status: f ? t(locale, `followUpStatus.${f.status}`) : t(locale, 'reports.doc.noFollowUp'),
        progress: f ? f.progress : null,
        summary: text(f?.summary),
        risks: text(f?.risks),
        nextSteps: text(f?.nextSteps),
        effectsSeen: text(f?.effectsSeen),
        approvedAt: f ? approvalDay(f.approvedAt) : null,
        caseNumber: plan.caseNumber,
      });
    }
  }
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn('approvedAt').numFmt = DATE_FORMAT;
  for (const key of ['summary', 'risks', 'nextSteps', 'effectsSeen'])
    sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  const last = sheet.getColumn(sheet.columns.length).letter;
  sheet.autoFilter = `A1:${last}${sheet.rowCount}`;
  const range = `'${sheet.name.replace(/'/g, "''")}'!$A$1:$${last}$${sheet.rowCount}`;
  return withFilterDatabase(new Uint8Array(await workbook.xlsx.writeBuffer()), 0, range);
}
