import ExcelJS from 'exceljs';
import { periodLabel, t, type Locale, type PeriodSnapshot } from '@devplan/core';

/**
 * The approved follow-ups of a period as an Excel workbook: one row per initiative (with or without an
 * approved follow-up), a bold frozen header row with a filter, the case number and period in every row.
 */
export async function renderFollowUpsXlsx(snapshot: PeriodSnapshot, locale: Locale): Promise<Buffer> {
  const tr = (key: Parameters<typeof t>[1]) => t(locale, key);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = tr('app.shortName');
  workbook.title = `${snapshot.plan.title} ${snapshot.period.year} ${snapshot.period.period}`;
  workbook.subject = snapshot.plan.caseNumber;
  workbook.created = new Date(snapshot.closedAt);
  const sheet = workbook.addWorksheet(tr('reports.sheet.name'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: tr('reports.sheet.focusArea'), key: 'area', width: 32 },
    { header: tr('reports.sheet.initiative'), key: 'initiative', width: 40 },
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
        period,
        status: f ? t(locale, `followUpStatus.${f.status}`) : t(locale, 'reports.doc.noFollowUp'),
        progress: f ? f.progress : null,
        summary: f?.summary ?? '',
        risks: f?.risks ?? '',
        nextSteps: f?.nextSteps ?? '',
        effectsSeen: f?.effectsSeen ?? '',
        approvedAt: f ? f.approvedAt.slice(0, 10) : '',
        caseNumber: snapshot.plan.caseNumber,
      });
    }
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  for (const key of ['summary', 'risks', 'nextSteps', 'effectsSeen'])
    sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
