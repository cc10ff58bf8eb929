import ExcelJS from 'exceljs';
import { buildReportContent } from '@devplan/core';
import { progressChartPng } from './chart-png.js';
import { renderReportDocx } from './docx.js';
import { renderFollowUpsXlsx } from './xlsx.js';
import { sampleSnapshot } from './test-snapshot.js';
import { unzipSync, strFromU8 } from 'fflate';

const snapshot = () => sampleSnapshot(3);

async function documentXml(): Promise<string> {
  const docx = await renderReportDocx(buildReportContent(snapshot(), 'sv'));
  return strFromU8(unzipSync(docx)['word/document.xml']!);
}

describe('the Word report', () => {
  it('is a Word document whose language is Swedish (sv-SE)', async () => {
    const files = new Map(
      Object.entries(unzipSync(await renderReportDocx(buildReportContent(snapshot(), 'sv')))),
    );
    expect(files.has('word/document.xml')).toBe(true);
    expect(strFromU8(files.get('word/styles.xml')!)).toMatch(/<w:lang w:val="sv-SE"/);
    expect(strFromU8(files.get('docProps/core.xml')!)).toContain('STK-2025-1042');
  });

  it('has a table of contents and real headings for areas, initiatives and their parts', async () => {
    const xml = await documentXml();
    expect(xml).toMatch(/TOC \\h \\o &quot;1-2&quot;/);
    expect(xml).toMatch(/<w:pStyle w:val="TOC2"\/>.*?Identitet/);
    const styled = (style: string, text: string) =>
      new RegExp(`<w:pStyle w:val="${style}"/>.*?<w:t[^>]*>${text}</w:t>`).test(xml);
    expect(styled('Heading1', 'Fokusområde: Gemensam infrastruktur')).toBe(true);
    expect(styled('Heading2', 'Nätverk')).toBe(true);
    expect(styled('Heading2', 'Identitet')).toBe(true);
    expect(styled('Heading3', 'Risker')).toBe(true);
    expect(styled('Title', 'Uppföljning av Utvecklingsplan 2026')).toBe(true);
  });

  it('puts the case number on the cover and gives every chart its text alternative', async () => {
    const xml = await documentXml();
    expect(xml.indexOf('Diarienummer: STK-2025-1042')).toBeLessThan(xml.indexOf('Fokusområde:'));
    const pictures = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(pictures).toHaveLength(2);
    expect(pictures[0]).toContain('Identitet 45 %; Nätverk saknar godkänd uppföljning');
  });

  it('repeats the overview table’s header row on every page', async () => {
    expect(await documentXml()).toContain('<w:tblHeader/>');
  });

  it('stays small for a whole plan (13 initiatives), with page numbers in the contents', async () => {
    const docx = await renderReportDocx(buildReportContent(sampleSnapshot(13), 'sv'));
    expect(docx.length).toBeLessThan(100_000);
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    expect(xml).toMatch(
      /PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">\d+</,
    );
  });
});

describe('the chart image', () => {
  it('is a PNG of the agreed size', () => {
    const png = progressChartPng([{ value: 45 }, { value: null }, { value: 100 }]);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([600, 260]);
  });
});

describe('the Excel export', () => {
  it('has a header row and one row per initiative with status, progress and the case number', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await renderFollowUpsXlsx(snapshot(), 'sv'));
    const sheet = workbook.getWorksheet('Uppföljningar')!;
    expect(sheet.getRow(1).values).toEqual(
      expect.arrayContaining(['Fokusområde', 'Insats', 'Status', 'Genomfört (%)', 'Diarienummer']),
    );
    expect(sheet.rowCount).toBe(4);
    const identity = sheet.getRow(2);
    expect(identity.getCell(2).value).toBe('Identitet');
    expect(identity.getCell(4).value).toBe('Enligt plan');
    expect(identity.getCell(5).value).toBe(45);
    expect(identity.getCell(11).value).toBe('STK-2025-1042');
    expect(sheet.getRow(3).getCell(5).value).toBeNull();
  });
});
