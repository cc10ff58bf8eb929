import { strFromU8, unzipSync } from 'fflate';
import { buildReportContent, type PeriodSnapshot, type SnapshotPrinciples } from '@devplan/core';
import { renderReportDocx } from './docx.js';
import { sampleSnapshot } from './test-snapshot.js';

/** A round of two administrations × two principles, three cells given (invented test data). */
const PRINCIPLES: SnapshotPrinciples = {
  round: { label: 'T2 2026', state: 'open', openedAt: '2026-05-04T08:00:00.000Z', closedAt: null },
  principles: ['Digitalisering med omtanke', 'Samarbete över gränserna'],
  rows: [
    {
      administration: 'Förskolenämnden',
      cells: [
        { principle: 'Digitalisering med omtanke', level: 'established', comment: 'Rutiner för e-tjänster.' },
        { principle: 'Samarbete över gränserna', level: 'started', comment: '' },
      ],
    },
    {
      administration: 'Kulturnämnden',
      cells: [
        { principle: 'Digitalisering med omtanke', level: 'integrated', comment: 'Del av styrningen.' },
        { principle: 'Samarbete över gränserna', level: null, comment: '' },
      ],
    },
  ],
  filled: 3,
  total: 4,
};

async function documentXml(snapshot: PeriodSnapshot, locale: 'sv' | 'en' = 'sv'): Promise<string> {
  const docx = await renderReportDocx(buildReportContent(snapshot, locale));
  return strFromU8(unzipSync(docx)['word/document.xml']!);
}

/** The texts of the document's table cells, row by row, for the first table after the last `after` (past the contents). */
function tableAfter(xml: string, after: string): string[][] {
  const table = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(xml.slice(xml.lastIndexOf(after)))![1]!;
  return [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
      [...c[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    ),
  );
}

describe('the committee report’s section "Principerna i förvaltningarna"', () => {
  it('is a level-1 heading with the round and the matrix as a table, missing cells written out', async () => {
    const xml = await documentXml({ ...sampleSnapshot(3), principles: PRINCIPLES });
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*?<w:t[^>]*>Principerna i förvaltningarna<\/w:t>/);
    expect(xml).toContain('omgång T2 2026 (öppen)');
    expect(xml).toContain('3 av 4 skattningar är lämnade.');
    expect(tableAfter(xml, 'Principerna i förvaltningarna</w:t>')).toEqual([
      ['Förvaltning', 'Digitalisering med omtanke', 'Samarbete över gränserna'],
      ['Förskolenämnden', '3 Etablerat', '2 Påbörjat'],
      ['Kulturnämnden', '4 Fullt integrerat', 'Saknas'],
    ]);
    expect(xml).toContain('Förskolenämnden, Digitalisering med omtanke: Rutiner för e-tjänster.');
    // After the focus areas: the plan's follow-up first, then the principles.
    expect(xml.lastIndexOf('Fokusområde:')).toBeLessThan(
      xml.lastIndexOf('Principerna i förvaltningarna</w:t>'),
    );
  });

  it('says so when the plan has had no round, and is absent from a snapshot made before it existed', async () => {
    const none = await documentXml({ ...sampleSnapshot(3), principles: null });
    expect(none).toContain('Principerna i förvaltningarna');
    expect(none).toContain('Ingen omgång av principuppföljningen har öppnats för planen ännu.');
    expect(await documentXml(sampleSnapshot(3))).not.toContain('Principerna i förvaltningarna');
  });

  it('is written in English for an English report', async () => {
    const xml = await documentXml({ ...sampleSnapshot(3), principles: PRINCIPLES }, 'en');
    expect(xml).toContain('The principles in the administrations');
    expect(tableAfter(xml, 'The principles in the administrations</w:t>')[2]).toEqual([
      'Kulturnämnden',
      '4 Fully integrated',
      'Missing',
    ]);
  });
});
