import { buildDashboard } from './dashboard.js';

const areas = [
  { id: 2, title: 'Infrastruktur', sortOrder: 2 },
  { id: 1, title: 'Digital service', sortOrder: 1 },
];
const initiatives = [
  { id: 11, focusAreaId: 1, title: 'E-tjänster' },
  { id: 12, focusAreaId: 1, title: 'Chattbot' },
  { id: 21, focusAreaId: 2, title: 'Nätverk' },
  { id: 22, focusAreaId: 2, title: 'Molnplattform' },
];
const fu = (
  initiativeId: number,
  period: string,
  status: 'onTrack' | 'atRisk' | 'offTrack' | 'done',
  progress: number,
) => ({
  initiativeId,
  periodYear: 2026,
  period,
  status,
  progress,
});

const model = buildDashboard({
  planYear: 2026,
  focusAreas: areas,
  initiatives,
  followUps: [
    fu(11, 'T1', 'onTrack', 20),
    fu(11, 'T2', 'atRisk', 45),
    fu(12, 'T1', 'offTrack', 10),
    fu(21, 'T1', 'onTrack', 30),
    fu(21, 'T2', 'done', 100),
    // A follow-up of an initiative outside the plan is not counted.
    fu(99, 'T2', 'offTrack', 0),
  ],
  readiness: [
    { initiativeId: 11, score: 86, missing: [{} as never] },
    { initiativeId: 12, score: 43, missing: [{} as never, {} as never] },
    { initiativeId: 21, score: 100, missing: [] },
    { initiativeId: 22, score: 57, missing: [{} as never] },
  ],
});

describe('buildDashboard', () => {
  it('counts each area’s initiatives by the status of their latest follow-up, areas in plan order', () => {
    expect(model.areas.map((a) => [a.title, a.total])).toEqual([
      ['Digital service', 2],
      ['Infrastruktur', 2],
    ]);
    expect(model.areas[0]!.counts).toEqual({ onTrack: 0, atRisk: 1, offTrack: 1, done: 0, none: 0 });
    expect(model.areas[1]!.counts).toEqual({ onTrack: 0, atRisk: 0, offTrack: 0, done: 1, none: 1 });
  });

  it('gives the mean progress per period, overall and per area, and null where nobody reported', () => {
    expect(model.periods.map((p) => [p.period.period, p.closes, p.overall, p.reported])).toEqual([
      ['T1', '2026-04-30', 20, 3],
      ['T2', '2026-08-31', 73, 2],
      ['FY', '2026-12-31', null, 0],
    ]);
    expect(model.periods[0]!.byArea).toEqual([
      { areaId: 1, mean: 15, reported: 2 },
      { areaId: 2, mean: 30, reported: 1 },
    ]);
  });

  it('lists readiness per initiative by area, weakest first, and the plan’s mean', () => {
    expect(model.readiness.map((r) => [r.title, r.score, r.missing])).toEqual([
      ['Chattbot', 43, 2],
      ['E-tjänster', 86, 1],
      ['Molnplattform', 57, 1],
      ['Nätverk', 100, 0],
    ]);
    expect(model.readinessScore).toBe(72);
    expect(model.initiatives).toBe(4);
  });

  it('handles a plan without initiatives', () => {
    const empty = buildDashboard({
      planYear: 2026,
      focusAreas: areas,
      initiatives: [],
      followUps: [],
      readiness: [],
    });
    expect(empty.areas.every((a) => a.total === 0)).toBe(true);
    expect(empty.periods.every((p) => p.overall === null)).toBe(true);
    expect(empty.readinessScore).toBe(100);
  });
});
