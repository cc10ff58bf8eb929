import { TERTIAL_SCHEME } from '../follow-up/period.js';
import type { PublishedFollowUp } from '../approval/approval.js';
import type { ReaderPlanView } from './plan-view.js';
import { previousPeriodOf, readerLead, readerPeriods } from './reader-lead.js';

/** A publication of initiative `initiativeId` in `period` of 2026. */
const published = (
  id: number,
  initiativeId: number,
  period: string,
  status: PublishedFollowUp['status'] = 'onTrack',
  progress = 10,
) => ({ id, initiativeId, planId: 1, periodYear: 2026, period, status, progress }) as PublishedFollowUp;

/**
 * A plan of two areas: area 10 with `first` initiatives (ids 1…), area 20 with `second` (ids 1001…); every
 * initiative published in T1 and T2, those whose id `changes` picks with a new status in T2.
 */
function plan(first: number, second: number, changes: (id: number) => boolean): ReaderPlanView {
  const ids = [
    ...Array.from({ length: first }, (_, n) => [n + 1, 10] as const),
    ...Array.from({ length: second }, (_, n) => [n + 1001, 20] as const),
  ];
  return {
    plan: { id: 1, planYear: 2026 },
    decisions: [],
    focusAreas: [
      { id: 10, title: 'Tio' },
      { id: 20, title: 'Tjugo' },
    ],
    initiatives: ids.map(([id, focusAreaId]) => ({ id, focusAreaId, title: `Initiativ ${id}` })),
    activities: ids.map(([id]) => ({ id, initiativeId: id, title: `Aktivitet ${id}` })),
    effects: ids.map(([id]) => ({ id, initiativeId: id, title: `Effekt ${id}` })),
    followUps: [],
    published: [
      ...ids.map(([id]) => published(id, id, 'T1')),
      ...ids.map(([id]) => published(id + 5000, id, 'T2', changes(id) ? 'atRisk' : 'onTrack')),
    ],
  } as unknown as ReaderPlanView;
}

describe('previousPeriodOf', () => {
  it('steps back within a year and from the first period to the last of the year before', () => {
    expect(previousPeriodOf(TERTIAL_SCHEME, { year: 2026, period: 'FY' })).toEqual({
      year: 2026,
      period: 'T2',
    });
    expect(previousPeriodOf(TERTIAL_SCHEME, { year: 2026, period: 'T1' })).toEqual({
      year: 2025,
      period: 'FY',
    });
    expect(previousPeriodOf(TERTIAL_SCHEME, { year: 2026, period: 'X' })).toBeNull();
  });
});

describe('readerPeriods', () => {
  it('compares the latest period with the one before it, or takes the periods it is told', () => {
    const view = plan(3, 0, (id) => id === 2);
    view.published = view.published.filter((f) => !(f.initiativeId === 1 && f.period === 'T2'));
    const periods = readerPeriods(view.published);
    expect(periods.currentPeriod).toEqual({ year: 2026, period: 'T2' });
    expect(periods.hasPrevious).toBe(true);
    expect(periods.change(2)).toMatchObject({ kind: 'changed', status: true, progress: false });
    expect(periods.change(1)).toMatchObject({ kind: 'notReported' });
    expect(periods.latest.get(2)?.period).toBe('T2');
    // Only initiative 1's publications, but the periods of the whole plan: 1 was not reported in T2.
    const told = readerPeriods(
      view.published.filter((f) => f.initiativeId === 1),
      TERTIAL_SCHEME,
      periods,
    );
    expect(told.currentPeriod).toEqual({ year: 2026, period: 'T2' });
    expect(told.change(1)).toMatchObject({ kind: 'notReported' });
  });
});

describe('readerLead', () => {
  it('is the view itself when every area and its changes fit on the first page', () => {
    const view = plan(12, 3, () => true);
    expect(readerLead(view)).toBe(view);
  });

  it("holds each area's first page of initiatives and of changes, with their items, and the whole's counts", () => {
    // Area 10: 120 initiatives, those with an id divisible by 3 changed (40); area 20: 5, none changed.
    const view = plan(120, 5, (id) => id < 1000 && id % 3 === 0);
    const lead = readerLead(view, 10, 10);
    const ids = lead.initiatives.map((i) => i.id);
    // The first 10 of area 10, its first 10 changes (3, 6 … 30), and area 20's five: in the plan's order.
    expect(ids).toEqual([
      ...Array.from({ length: 10 }, (_, n) => n + 1),
      12,
      15,
      18,
      21,
      24,
      27,
      30,
      1001,
      1002,
      1003,
      1004,
      1005,
    ]);
    expect(new Set(lead.effects.map((e) => e.initiativeId))).toEqual(new Set(ids));
    expect(new Set(lead.activities.map((a) => a.initiativeId))).toEqual(new Set(ids));
    expect(lead.published.every((f) => ids.includes(f.initiativeId))).toBe(true);
    expect(lead.lead).toEqual({
      page: 10,
      changesPage: 10,
      total: 125,
      areas: [
        { areaId: 10, initiatives: 120, changes: 40 },
        { areaId: 20, initiatives: 5, changes: 0 },
      ],
      periods: {
        currentPeriod: { year: 2026, period: 'T2' },
        previousPeriod: { year: 2026, period: 'T1' },
        hasPrevious: true,
      },
    });
    // The first changes are those the whole view lists first.
    const whole = readerPeriods(view.published);
    const wholeChanges = view.initiatives.filter((i) => whole.change(i.id) !== null).slice(0, 10);
    expect(wholeChanges.every((i) => ids.includes(i.id))).toBe(true);
  });
});
