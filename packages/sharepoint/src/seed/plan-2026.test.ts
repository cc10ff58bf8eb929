import { PLAN_2026 } from './plan-2026.js';

describe('the transcribed 2026 plan', () => {
  it('holds the case number, the year, the budget and the four principles', () => {
    expect(PLAN_2026.plan).toMatchObject({ caseNumber: 'STK-2025-1042', planYear: 2026, budgetRequested: 7 });
    expect(PLAN_2026.plan.principles).toEqual([
      'Digitalisering med omtanke',
      'Skapa värde på nya sätt',
      'Människors behov i centrum',
      'Samarbete över gränserna',
    ]);
  });

  it('has the decision chain: service committee § 64, KSAU § 426, KS § 301', () => {
    expect(PLAN_2026.decisions.map((d) => [d.date, d.paragraph])).toEqual([
      ['2025-06-17', '§ 64'],
      ['2025-09-15', '§ 426'],
      ['2025-10-15', '§ 301'],
    ]);
  });

  it('has three focus areas with their long-term texts and 13 initiatives in all', () => {
    expect(PLAN_2026.focusAreas.map((a) => a.title)).toEqual([
      'Information',
      'Kompetens och digitalisering',
      'Teknologi i förändring',
    ]);
    for (const area of PLAN_2026.focusAreas) expect(area.longTermShift.length).toBeGreaterThan(200);
    expect(PLAN_2026.focusAreas.map((a) => a.initiatives.length)).toEqual([4, 5, 4]);
  });

  it('gives every initiative a title within 255 characters and a goal that starts "Målet är"', () => {
    for (const initiative of PLAN_2026.focusAreas.flatMap((a) => a.initiatives)) {
      expect(initiative.title.length).toBeLessThanOrEqual(255);
      expect(initiative.goal).toMatch(/^Målet är/);
    }
  });

  it('keeps the activities verbatim, e.g. the three steps of the information strategy', () => {
    expect(PLAN_2026.focusAreas[0]?.initiatives[0]?.activities).toEqual([
      'Förankras',
      'Förberedas för beslut i staden',
      'Kommuniceras',
    ]);
  });
});
