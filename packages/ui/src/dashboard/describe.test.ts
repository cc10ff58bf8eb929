import { buildDashboard } from '@devplan/core/domain';
import {
  effectSummary,
  effectTable,
  progressSummary,
  progressTable,
  readinessSummary,
  statusSummary,
  statusTable,
} from './describe.js';

const model = buildDashboard({
  planYear: 2026,
  focusAreas: [{ id: 1, title: 'Digital service', sortOrder: 1 }],
  initiatives: [
    { id: 11, focusAreaId: 1, title: 'E-tjänster' },
    { id: 12, focusAreaId: 1, title: 'Chattbot' },
  ],
  followUps: [{ initiativeId: 11, periodYear: 2026, period: 'T1', status: 'onTrack', progress: 40 }],
  readiness: [
    { initiativeId: 11, score: 100, missing: [] },
    { initiativeId: 12, score: 29, missing: [{} as never] },
  ],
});

describe('the dashboard’s text alternatives', () => {
  it('tabulate the status chart with a row per area and a column per status', () => {
    const table = statusTable('sv', model);
    expect(table.headers).toEqual([
      'Fokusområde',
      'Enligt plan',
      'Risk för avvikelse',
      'Avviker',
      'Klar',
      'Ingen uppföljning',
      'Totalt',
    ]);
    expect(table.rows).toEqual([['Digital service', '1', '0', '0', '0', '1', '2']]);
    expect(statusSummary('en', model)).toContain('2 initiatives in 1 focus area. On track 1');
  });

  it('tabulate progress per period and say when a period has no report', () => {
    const table = progressTable('en', model);
    expect(table.rows[0]).toEqual([expect.stringContaining('2026'), '40 %', '40 %']);
    expect(table.rows[1]![1]).toBe('No report');
    expect(progressSummary('sv', model)).toMatch(/40 % \(1 rapport\)/);
  });

  it('name the weakest initiative in the readiness summary', () => {
    expect(readinessSummary('sv', model)).toContain('Lägst: Chattbot (29 %)');
    expect(readinessSummary('en', model)).toContain('1 of 2 initiatives meets every criterion');
  });

  it('list an effect’s baseline, measurements and target in date order, numbers in the language’s format', () => {
    const effect = {
      title: 'Andel digitala ärenden',
      unit: '%',
      baseline: 20,
      baselineDate: '2026-01-01',
      target: 60.5,
      targetDate: '2027-12-31',
    };
    const measurements = [
      { measuredAt: '2026-09-01', value: 35.5, comment: 'Efter lansering' },
      { measuredAt: '2026-04-01', value: 25, comment: '' },
    ];
    const table = effectTable('sv', effect, measurements);
    expect(table.headers).toEqual(['Datum', 'Serie', 'Värde (%)', 'Kommentar']);
    expect(table.rows).toEqual([
      ['2026-01-01', 'Nollmätning', '20', ''],
      ['2026-04-01', 'Uppmätt', '25', ''],
      ['2026-09-01', 'Uppmätt', '35,5', 'Efter lansering'],
      ['2027-12-31', 'Mål', '60,5', ''],
    ]);
    expect(effectSummary('en', effect, measurements)).toBe(
      'Andel digitala ärenden: 2 measurements. Latest value 35.5 % (2026-09-01). Baseline 20 %, target 60.5 %.',
    );
    expect(effectSummary('sv', effect, [])).toContain('inga mätningar ännu');
  });
});
