import { buildReportContent } from './report-content.js';
import { buildSnapshot } from './snapshot.js';
import { sampleSnapshotInput } from './test-fixtures.js';
import type { ValidationError } from '../common/errors.js';
import { closureKey, reportFileNames } from './period-close.js';
import { parsePeriodRequest } from './request.js';

const snapshot = () => buildSnapshot(sampleSnapshotInput());

describe('the committee report content', () => {
  it('puts the plan, the period and the case number on the cover, in Swedish by default', () => {
    const content = buildReportContent(snapshot(), 'sv');
    expect(content.language).toBe('sv-SE');
    expect(content.title).toBe('Uppföljning av Utvecklingsplan 2026');
    expect(content.subtitle).toBe('Tertial 1 2026');
    expect(content.cover.caseNumber).toBe('Diarienummer: STK-2025-1042');
    expect(content.cover.closedLine).toBe('Perioden stängd 10 maj 2026 kl. 10:00 av Maria Ek');
    expect(content.cover.countLine).toBe('2 godkända uppföljningar av 3 insatser');
    expect(content.properties.keywords).toBe('STK-2025-1042, 2026-T1');
  });

  it('speaks English when asked, with the same structure', () => {
    const sv = buildReportContent(snapshot(), 'sv');
    const en = buildReportContent(snapshot(), 'en');
    expect(en.language).toBe('en-GB');
    expect(en.cover.caseNumber).toBe('Case number: STK-2025-1042');
    expect(en.cover.closedLine).toBe('Period closed 10 May 2026 at 10:00 by Maria Ek');
    expect(en.cover.countLine).toBe('2 approved follow-ups of 3 initiatives');
    expect(en.areas.map((a) => a.initiatives.length)).toEqual(sv.areas.map((a) => a.initiatives.length));
  });

  it('has a heading per focus area and per initiative, in plan order', () => {
    const content = buildReportContent(snapshot(), 'sv');
    expect(content.areas.map((a) => a.heading)).toEqual([
      'Fokusområde: Gemensam infrastruktur',
      'Fokusområde: Digital förmåga',
    ]);
    expect(content.areas[0]!.initiatives.map((i) => i.heading)).toEqual(['Identitet', 'Nätverk']);
  });

  it('gives an approved initiative its status, progress, summary, risks and effects', () => {
    const identity = buildReportContent(snapshot(), 'sv').areas[0]!.initiatives[0]!;
    expect(identity.facts).toEqual(
      expect.arrayContaining([
        { label: 'Status', value: 'Enligt plan' },
        { label: 'Genomfört', value: '45 %' },
      ]),
    );
    expect(identity.sections.map((s) => [s.heading, s.text])).toEqual([
      ['Sammanfattning', 'Sammanfattning 2'],
      ['Risker', 'Risk 2'],
      ['Nästa steg', 'Inget angivet.'],
      ['Effekter hittills', 'Inget angivet.'],
    ]);
    expect(identity.missing).toBe('');
    expect(identity.effects).toEqual([
      'Kortare handläggning: Handläggningstid. Nollmätning 30 dagar (15 januari 2026), mål 10,5 dagar (31 december 2026), senaste mätning 22 dagar (30 april 2026).',
    ]);
  });

  it('dates and times an approval as it was in Stockholm, also just after midnight', () => {
    const input = sampleSnapshotInput();
    input.published = input.published.map((p) =>
      p.id === 2 ? { ...p, approvedAt: '2026-05-03T22:30:00.000Z' } : p,
    );
    const identity = buildReportContent(buildSnapshot(input), 'sv').areas[0]!.initiatives[0]!;
    expect(identity.facts).toContainEqual({ label: 'Godkänd 4 maj 2026 kl. 00:30', value: '' });
  });

  it('counts one approved follow-up of one initiative in the singular', () => {
    const input = sampleSnapshotInput();
    input.initiatives = input.initiatives.filter((i) => i.id === 11);
    const content = buildReportContent(buildSnapshot(input), 'sv');
    expect(content.cover.countLine).toBe('1 godkänd uppföljning av 1 insats');
  });

  it('says plainly when an initiative has no approved follow-up or no effects', () => {
    const network = buildReportContent(snapshot(), 'sv').areas[0]!.initiatives[1]!;
    expect(network.missing).toBe('Ingen godkänd uppföljning för perioden.');
    expect(network.sections).toEqual([]);
    expect(network.effects).toEqual(['Inga effekter är beskrivna.']);
  });

  it('describes every chart fully in its text alternative', () => {
    const chart = buildReportContent(snapshot(), 'sv').areas[0]!.chart;
    expect(chart.bars).toEqual([
      { label: 'Identitet', value: 45 },
      { label: 'Nätverk', value: null },
    ]);
    expect(chart.altText).toBe(
      'Stapeldiagram över hur stor del av varje insats i fokusområdet Gemensam infrastruktur som är genomförd: Identitet 45 %; Nätverk saknar godkänd uppföljning.',
    );
  });

  it('lists every initiative in the overview table and the decisions under about', () => {
    const content = buildReportContent(snapshot(), 'sv');
    expect(content.overview.rows).toEqual([
      { initiative: 'Identitet', status: 'Enligt plan', progress: '45 %' },
      { initiative: 'Nätverk', status: 'Ingen godkänd uppföljning för perioden.', progress: '–' },
      { initiative: 'Kompetens', status: 'Enligt plan', progress: '70 %' },
    ]);
    expect(content.about.decisions).toEqual(['Servicenämnden 17 juni 2025 § 64']);
  });
});

describe('period close keys and file names', () => {
  it('keys a closure by plan and period, so a second close of the period is refused', () => {
    expect(closureKey(1, { year: 2026, period: 'T1' })).toBe('1@2026-T1');
  });

  it('names the files of a period in plain ASCII', () => {
    expect(reportFileNames({ year: 2026, period: 'T2' })).toEqual({
      report: 'utvecklingsplan-2026-T2-rapport.docx',
      snapshot: 'utvecklingsplan-2026-T2-ogonblicksbild.json',
      export: 'utvecklingsplan-2026-T2-uppfoljningar.xlsx',
    });
  });
});

describe('a period request', () => {
  it('reads plan, year and period, also as strings from a query', () => {
    expect(parsePeriodRequest({ planId: '3', periodYear: '2026', period: 'T2' })).toEqual({
      planId: 3,
      period: { year: 2026, period: 'T2' },
    });
  });

  it('names every bad field and refuses the request', () => {
    try {
      parsePeriodRequest({ planId: -1, periodYear: 'x', period: 'T9' });
      throw new Error('not refused');
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.path)).toEqual([
        'planId',
        'periodYear',
        'period',
      ]);
      expect((error as ValidationError).status).toBe(400);
    }
  });
});
