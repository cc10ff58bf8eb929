import { latestClosedPeriod, periodCloses, periodKey, periodOrder, TERTIAL_SCHEME } from './period.js';
import { assertNoDuplicateFollowUp, DuplicateFollowUpError, followUpUniqueKey } from './uniqueness.js';

describe('reporting periods', () => {
  it('close at the end of April, August and December in the tertial scheme', () => {
    expect(periodCloses(TERTIAL_SCHEME, { year: 2026, period: 'T1' })).toBe('2026-04-30');
    expect(periodCloses(TERTIAL_SCHEME, { year: 2026, period: 'FY' })).toBe('2026-12-31');
  });

  it('give no closed period before the first one has ended', () => {
    expect(latestClosedPeriod(TERTIAL_SCHEME, 2026, '2026-03-15')).toBeNull();
    expect(latestClosedPeriod(TERTIAL_SCHEME, 2026, '2026-04-30')).toBeNull();
  });

  it('give the latest closed period on a date', () => {
    expect(latestClosedPeriod(TERTIAL_SCHEME, 2026, '2026-05-01')).toEqual({ year: 2026, period: 'T1' });
    expect(latestClosedPeriod(TERTIAL_SCHEME, 2026, '2026-11-24')).toEqual({ year: 2026, period: 'T2' });
    expect(latestClosedPeriod(TERTIAL_SCHEME, 2026, '2027-01-10')).toEqual({ year: 2026, period: 'FY' });
  });

  it('order periods within and across years', () => {
    const order = (year: number, period: string) => periodOrder(TERTIAL_SCHEME, { year, period });
    expect(order(2026, 'T1')).toBeLessThan(order(2026, 'T2'));
    expect(order(2026, 'FY')).toBeLessThan(order(2027, 'T1'));
    expect(periodKey({ year: 2026, period: 'T2' })).toBe('2026-T2');
  });
});

describe('one follow-up per initiative and period', () => {
  const existing = [{ id: 1, initiativeId: 7, periodYear: 2026, period: 'T1' }];

  it('has a unique key per initiative and period', () => {
    expect(followUpUniqueKey(7, { year: 2026, period: 'T1' })).toBe('7:2026-T1');
  });

  it('refuses a second follow-up for the same initiative and period', () => {
    expect(() =>
      assertNoDuplicateFollowUp(existing, { initiativeId: 7, periodYear: 2026, period: 'T1' }),
    ).toThrow(DuplicateFollowUpError);
  });

  it('accepts another period, another initiative, or the same follow-up saved again', () => {
    expect(() =>
      assertNoDuplicateFollowUp(existing, { initiativeId: 7, periodYear: 2026, period: 'T2' }),
    ).not.toThrow();
    expect(() =>
      assertNoDuplicateFollowUp(existing, { initiativeId: 8, periodYear: 2026, period: 'T1' }),
    ).not.toThrow();
    expect(() =>
      assertNoDuplicateFollowUp(existing, { id: 1, initiativeId: 7, periodYear: 2026, period: 'T1' }),
    ).not.toThrow();
  });

  it('explains the refusal in Swedish and English', () => {
    const error = new DuplicateFollowUpError(7, { year: 2026, period: 'T1' });
    expect(error.reason.sv).toBe('Det finns redan en uppföljning för Tertial 1 2026 av den här insatsen.');
    expect(error.status).toBe(409);
  });
});
