import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildReportContent, type PeriodSnapshot } from '@devplan/core';
import { renderReportDocx } from './docx.js';
import { renderFollowUpsXlsx } from './xlsx.js';
import { readWithLibreOffice, wordHeadingCount } from './test-libreoffice.js';
import { sampleSnapshot } from './test-snapshot.js';
import { unzipSync, strFromU8 } from 'fflate';

const snapshot = () => sampleSnapshot(3);

async function documentXml(from: PeriodSnapshot = snapshot()): Promise<string> {
  const docx = await renderReportDocx(buildReportContent(from, 'sv'));
  return strFromU8(unzipSync(docx)['word/document.xml']!);
}

/** The Excel export of a snapshot read back with ExcelJS: the workbook and its one sheet. */
async function readXlsx(from: PeriodSnapshot = snapshot()) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await renderFollowUpsXlsx(from, 'sv'));
  return { workbook, sheet: workbook.getWorksheet('Uppföljningar')! };
}

/** The approval date cell (column Godkänd) of the first initiative when every approval is at `approvedAt`. */
async function approvalCell(approvedAt: string): Promise<ExcelJS.Cell> {
  return (await readXlsx(sampleSnapshot(3, { approvedAt }))).sheet.getRow(2).getCell(12);
}

/**
 * Instants around Stockholm's midnight and the daylight saving changes, with the time a person in Malmö
 * reads and the day it is there. Summer time starts at 01:00 UTC on 29 March (02:00 becomes 03:00) and ends
 * at 01:00 UTC on 25 October (03:00 becomes 02:00); midnight is 23:00 UTC in winter and 22:00 UTC in summer.
 */
const AROUND_DST: Record<string, { time: string; day: string }> = {
  '2026-03-28T22:59:00Z': { time: '28 mars 2026 kl. 23:59', day: '2026-03-28' },
  '2026-03-28T23:16:00Z': { time: '29 mars 2026 kl. 00:16', day: '2026-03-29' },
  '2026-03-29T00:59:00Z': { time: '29 mars 2026 kl. 01:59', day: '2026-03-29' },
  '2026-03-29T01:00:00Z': { time: '29 mars 2026 kl. 03:00', day: '2026-03-29' },
  '2026-03-29T21:59:00Z': { time: '29 mars 2026 kl. 23:59', day: '2026-03-29' },
  '2026-03-29T22:00:00Z': { time: '30 mars 2026 kl. 00:00', day: '2026-03-30' },
  '2026-10-24T21:59:00Z': { time: '24 oktober 2026 kl. 23:59', day: '2026-10-24' },
  '2026-10-24T22:16:00Z': { time: '25 oktober 2026 kl. 00:16', day: '2026-10-25' },
  '2026-10-25T00:59:00Z': { time: '25 oktober 2026 kl. 02:59', day: '2026-10-25' },
  '2026-10-25T01:00:00Z': { time: '25 oktober 2026 kl. 02:00', day: '2026-10-25' },
  '2026-10-25T22:59:00Z': { time: '25 oktober 2026 kl. 23:59', day: '2026-10-25' },
  '2026-10-25T23:00:00Z': { time: '26 oktober 2026 kl. 00:00', day: '2026-10-26' },
};

/** What `show` makes of each instant of `AROUND_DST`, beside what is expected, keyed by the instant. */
async function aroundDst(show: (at: string) => Promise<string | undefined>, expected: 'time' | 'day') {
  const instants = Object.keys(AROUND_DST);
  return {
    shown: Object.fromEntries(await Promise.all(instants.map(async (at) => [at, await show(at)]))),
    expected: Object.fromEntries(instants.map((at) => [at, AROUND_DST[at]![expected]])),
  };
}

/** 00:16 Swedish time (a day later than in UTC), in winter (CET, UTC+1) and in summer (CEST, UTC+2). */
const WINTER_0016 = '2026-03-02T23:16:00Z';
const SUMMER_0016 = '2026-06-30T22:16:00Z';

describe('the Word report', () => {
  it('is a Word document whose language is Swedish (sv-SE)', async () => {
    const files = new Map(
      Object.entries(unzipSync(await renderReportDocx(buildReportContent(snapshot(), 'sv')))),
    );
    expect(files.has('word/document.xml')).toBe(true);
    expect(strFromU8(files.get('word/styles.xml')!)).toMatch(/<w:lang w:val="sv-SE"/);
    expect(strFromU8(files.get('docProps/core.xml')!)).toContain('STK-2025-1042');
  });

  it('has contents whose lines link to the headings of levels 1–2 and give their pages as page references', async () => {
    const xml = await documentXml();
    const bookmarks = [...xml.matchAll(/<w:bookmarkStart w:name="(_Toc\d+)" w:id="\d+"\/>/g)].map(
      (m) => m[1],
    );
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading[12]"\/>/g)];
    expect(bookmarks.length).toBe(headings.length);
    for (const name of bookmarks) {
      expect(xml).toContain(`<w:hyperlink w:history="1" w:anchor="${name}">`);
      expect(xml).toMatch(
        new RegExp(`PAGEREF ${name}</w:instrText><w:fldChar w:fldCharType="separate"/><w:t[^>]*>\\d+</w:t>`),
      );
    }
    expect(xml).toMatch(/w:anchor="_Toc\d+"><w:r><w:rPr><w:b\/>(?:<w:bCs\/>)?<\/w:rPr><w:t[^>]*>Översikt</);
  });

  it('prints no instruction to update fields, and has no table of contents field that would need one', async () => {
    for (const locale of ['sv', 'en'] as const) {
      const docx = await renderReportDocx(buildReportContent(snapshot(), locale));
      const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
      expect(xml).not.toMatch(/Högerklicka|Uppdatera fält|Right-click|Update field/i);
      expect(xml).not.toContain('TOC \\');
    }
  });

  it('has real headings for areas, initiatives and their parts, and for the themes of a long-term shift', async () => {
    const xml = await documentXml();
    const styled = (style: string, text: string) =>
      new RegExp(`<w:pStyle w:val="${style}"/>.*?<w:t[^>]*>${text}</w:t>`).test(xml);
    expect(styled('Heading1', 'Fokusområde: Gemensam infrastruktur')).toBe(true);
    expect(styled('Heading2', 'Nätverk')).toBe(true);
    expect(styled('Heading2', 'Identitet')).toBe(true);
    expect(styled('Heading3', 'Risker')).toBe(true);
    expect(styled('Title', 'Uppföljning av Utvecklingsplan 2026')).toBe(true);
    expect(styled('Heading2', 'Förflyttningar på sikt')).toBe(true);
    expect(styled('Heading3', 'Gemensamma tjänster')).toBe(true);
  });

  it('puts the case number on the cover and gives every chart its text alternative', async () => {
    const xml = await documentXml();
    expect(xml.lastIndexOf('Diarienummer: STK-2025-1042')).toBeLessThan(xml.indexOf('Fokusområde:'));
    const charts = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(charts).toHaveLength(2);
    expect(charts[0]).toContain('Identitet 45 %; Nätverk saknar godkänd uppföljning');
  });

  it('draws each chart as a Word chart with a titled value axis from 0 to 100 % and numbered columns', async () => {
    const files = unzipSync(await renderReportDocx(buildReportContent(snapshot(), 'sv')));
    const chart = strFromU8(files['word/charts/chart1.xml']!);
    const valueAxis = /<c:valAx>[\s\S]*?<\/c:valAx>/.exec(chart)![0];
    expect(valueAxis).toContain('<c:delete val="0"/>');
    expect(valueAxis).toMatch(/<c:min val="0"\/>/);
    expect(valueAxis).toMatch(/<c:max val="100"\/>/);
    expect(valueAxis).toMatch(/<a:t>Genomfört<\/a:t>/);
    expect(valueAxis).toContain('formatCode="0&quot; %&quot;"');
    expect(/<c:catAx>[\s\S]*?<\/c:catAx>/.exec(chart)![0]).toMatch(/<a:t>Insats \(numrerad som i listan/);
    // Columns 1 (Identitet, 45 %) and 2 (Nätverk, no approved follow-up: no column).
    expect(chart).toMatch(/<c:cat>[\s\S]*<c:v>1<\/c:v>[\s\S]*<c:v>2<\/c:v>[\s\S]*<\/c:cat>/);
    expect(chart).toMatch(/<c:val>[\s\S]*<c:v>45<\/c:v>[\s\S]*<\/c:val>/);
    expect(files['word/media/image1.png']).toBeUndefined();
  });

  it('repeats the overview table’s header row on every page', async () => {
    expect(await documentXml()).toContain('<w:tblHeader/>');
  });

  it('names the app as its author and last editor, not "Un-named"', async () => {
    const docx = await renderReportDocx(buildReportContent(snapshot(), 'sv'));
    const core = strFromU8(unzipSync(docx)['docProps/core.xml']!);
    expect(core).toContain('<dc:creator>Utvecklingsplanen</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Utvecklingsplanen</cp:lastModifiedBy>');
    expect(core).not.toContain('Un-named');
  });

  it('dates a close at 00:16 Swedish time by the day and time in Stockholm, in winter and in summer', async () => {
    expect(await documentXml(sampleSnapshot(3, { closedAt: WINTER_0016 }))).toContain(
      'Perioden stängd 3 mars 2026 kl. 00:16 av Maria Ek',
    );
    expect(await documentXml(sampleSnapshot(3, { closedAt: SUMMER_0016 }))).toContain(
      'Perioden stängd 1 juli 2026 kl. 00:16 av Maria Ek',
    );
  });

  it('times approvals in Stockholm time on both sides of the daylight saving changes', async () => {
    const approved = async (approvedAt: string) =>
      />Godkänd ([^<]+)</.exec(await documentXml(sampleSnapshot(3, { approvedAt })))?.[1];
    const { shown, expected } = await aroundDst(approved, 'time');
    expect(shown).toEqual(expected);
  });

  it('counts one approved follow-up in the singular: "1 godkänd uppföljning"', async () => {
    const xml = await documentXml(sampleSnapshot(2));
    expect(xml).toContain('1 godkänd uppföljning av 2 insatser');
    expect(xml).not.toContain('1 godkända');
  });

  it('reads in LibreOffice with the Stockholm day of a close just after midnight and the singular', async () => {
    const work = mkdtempSync(join(tmpdir(), 'report-lo-'));
    try {
      const docx = join(work, 'rapport.docx');
      writeFileSync(
        docx,
        await renderReportDocx(buildReportContent(sampleSnapshot(2, { closedAt: WINTER_0016 }), 'sv')),
      );
      execFileSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
          '--convert-to',
          'txt:Text',
          '--outdir',
          work,
          docx,
        ],
        { timeout: 120_000, stdio: 'pipe' },
      );
      const text = readFileSync(join(work, 'rapport.txt'), 'utf8');
      expect(text).toContain('Perioden stängd 3 mars 2026 kl. 00:16 av Maria Ek');
      expect(text).toContain('1 godkänd uppföljning av 2 insatser');
      expect(text).not.toContain('2026-03-02');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);

  it('reads in LibreOffice with every heading in the outline and the contents’ page numbers right', async () => {
    const docx = await renderReportDocx(buildReportContent(sampleSnapshot(13), 'sv'));
    const { text, outline, contentsPages } = readWithLibreOffice(docx, 'rapport.docx');
    expect(outline.length).toBe(wordHeadingCount(strFromU8(unzipSync(docx)['word/document.xml']!)));
    expect(outline.filter((h) => h.level === 3).map((h) => h.title)).toContain('Gemensamma tjänster');
    // The contents list the headings of levels 1–2, each with the page LibreOffice laid it out on.
    expect(contentsPages).toEqual(outline.filter((h) => h.level <= 2).map((h) => h.page));
    expect(text).not.toMatch(/Högerklicka|Uppdatera fält/);
  }, 120_000);

  it('stays small for a whole plan (13 initiatives), with page numbers in the contents', async () => {
    const docx = await renderReportDocx(buildReportContent(sampleSnapshot(13), 'sv'));
    expect(docx.length).toBeLessThan(100_000);
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    expect(xml).toMatch(
      /PAGEREF _Toc\d+<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">\d+</,
    );
  });
});

describe('the Excel export', () => {
  it('has a header row and one row per initiative with status, progress and the case number', async () => {
    const { sheet } = await readXlsx();
    expect(sheet.getRow(1).values).toEqual(
      expect.arrayContaining(['Fokusområde', 'Insats', 'Status', 'Genomfört (%)', 'Diarienummer']),
    );
    expect(sheet.rowCount).toBe(4);
    const identity = sheet.getRow(2);
    expect(identity.getCell(2).value).toBe('Identitet');
    expect(identity.getCell(6).value).toBe('Enligt plan');
    expect(identity.getCell(7).value).toBe(45);
    expect(identity.getCell(13).value).toBe('STK-2025-1042');
    expect(sheet.getRow(3).getCell(7).value).toBeNull();
  });

  it('has owner and approver columns, and a title that names the year once', async () => {
    const { workbook, sheet } = await readXlsx();
    expect([sheet.getRow(1).getCell(3).value, sheet.getRow(1).getCell(4).value]).toEqual([
      'Ansvarig',
      'Godkännare',
    ]);
    expect([sheet.getRow(2).getCell(3).value, sheet.getRow(2).getCell(4).value]).toEqual([
      'Sara Lindqvist',
      'Karin Nilsson',
    ]);
    expect(workbook.title).toBe('Utvecklingsplan 2026, Tertial 1');
  });

  it('writes the approval as a date cell formatted yyyy-mm-dd, not as text', async () => {
    const cell = await approvalCell('2026-05-03T10:00:00.000Z');
    expect(cell.type).toBe(ExcelJS.ValueType.Date);
    expect(cell.value).toEqual(new Date('2026-05-03T00:00:00Z'));
    expect(cell.numFmt).toBe('yyyy-mm-dd');
  });

  it('dates an approval at 00:16 Swedish time by the day in Stockholm, in winter and in summer', async () => {
    expect((await approvalCell(WINTER_0016)).value).toEqual(new Date('2026-03-03T00:00:00Z'));
    expect((await approvalCell(SUMMER_0016)).value).toEqual(new Date('2026-07-01T00:00:00Z'));
  });

  it('moves the day at Stockholm’s midnight on both sides of the daylight saving changes', async () => {
    const day = async (approvedAt: string) =>
      ((await approvalCell(approvedAt)).value as Date).toISOString().slice(0, 10);
    const { shown, expected } = await aroundDst(day, 'day');
    expect(shown).toEqual(expected);
  });

  it('leaves empty cells empty (null), never an empty string', async () => {
    const { sheet } = await readXlsx();
    const identity = sheet.getRow(2);
    expect([identity.getCell(10).value, identity.getCell(11).value]).toEqual([null, null]); // next steps, effects
    const network = sheet.getRow(3);
    expect(network.getCell(2).value).toBe('Nätverk');
    for (const column of [3, 4, 7, 8, 9, 10, 11, 12]) expect(network.getCell(column).value).toBeNull();
    const values: unknown[] = [];
    sheet.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => values.push(cell.value)));
    expect(values).not.toContain('');
  });

  it('defines the hidden, sheet-local _xlnm._FilterDatabase over the filtered table, as LibreOffice needs', async () => {
    const bytes = await renderFollowUpsXlsx(snapshot(), 'sv');
    const { workbook, sheet } = await readXlsx();
    expect(sheet.autoFilter).toBe('A1:M4');
    expect(workbook.definedNames.model).toContainEqual({
      name: '_xlnm._FilterDatabase',
      ranges: ["'Uppföljningar'!$A$1:$M$4"],
    });
    expect(strFromU8(unzipSync(bytes)['xl/workbook.xml']!)).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Uppföljningar'!$A$1:$M$4</definedName>`,
    );
  });

  it('prints landscape on A4, one page wide, with the header row on every page', async () => {
    const { sheet } = await readXlsx();
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
  });
});
