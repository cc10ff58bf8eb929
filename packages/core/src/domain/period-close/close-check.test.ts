import { checkPeriodClose, type PeriodFollowUps } from './close-check.js';

const data: PeriodFollowUps = {
  initiatives: [
    { id: 3, planId: 1, title: 'Tredje', sortOrder: 3 },
    { id: 1, planId: 1, title: 'Första', sortOrder: 1 },
    { id: 2, planId: 1, title: 'Andra', sortOrder: 2 },
    { id: 9, planId: 2, title: 'Annan plan', sortOrder: 0 },
  ],
  followUps: [
    { planId: 1, initiativeId: 1, periodYear: 2026, period: 'T2', state: 'approved' },
    { planId: 1, initiativeId: 2, periodYear: 2026, period: 'T2', state: 'submitted' },
    { planId: 1, initiativeId: 3, periodYear: 2026, period: 'T1', state: 'submitted' },
    { planId: 2, initiativeId: 9, periodYear: 2026, period: 'T2', state: 'submitted' },
  ],
  published: [
    { planId: 1, initiativeId: 1, periodYear: 2026, period: 'T2' },
    { planId: 1, initiativeId: 3, periodYear: 2025, period: 'T2' },
  ],
};

describe('the close check', () => {
  it('names the initiatives without an approved follow-up and those waiting, in plan order', () => {
    expect(checkPeriodClose(1, { year: 2026, period: 'T2' }, data)).toEqual({
      withoutApproved: [
        { id: 2, title: 'Andra' },
        { id: 3, title: 'Tredje' },
      ],
      waiting: [{ id: 2, title: 'Andra' }],
    });
  });

  it('counts only the asked period and plan, and finds nothing missing when all are published', () => {
    const published = [1, 2, 3].map((initiativeId) => ({
      planId: 1,
      initiativeId,
      periodYear: 2026,
      period: 'FY',
    }));
    expect(checkPeriodClose(1, { year: 2026, period: 'FY' }, { ...data, published })).toEqual({
      withoutApproved: [],
      waiting: [],
    });
  });
});
