import { choosePlan, isReadable, type Plan } from '@devplan/core/domain';
import {
  DEFAULT_READER_SETTINGS,
  initiativeFromHash,
  initiativeHash,
  sectionsFromFlags,
  settingsFromQuery,
  settingsToQuery,
} from './settings.js';

describe('reader settings in a query string', () => {
  it('reads layout, area, sections and year', () => {
    expect(settingsFromQuery('?layout=table&area=3&sections=followUp,effects&year=2026')).toEqual({
      plan: 2026,
      areaId: 3,
      layout: 'table',
      sections: ['followUp', 'effects'],
    });
  });

  it('falls back to the defaults for unknown or malformed values', () => {
    expect(settingsFromQuery('?layout=gantt&area=x&sections=secret,effects&year=26')).toEqual({
      ...DEFAULT_READER_SETTINGS,
      sections: ['effects'],
    });
  });

  it('writes what it reads', () => {
    const settings = { plan: 2025, areaId: 7, layout: 'timeline', sections: ['changes'] } as const;
    expect(settingsFromQuery(settingsToQuery(settings))).toEqual(settings);
    expect(settingsToQuery(DEFAULT_READER_SETTINGS, 'en')).toBe('?lang=en');
  });

  it('turns off only the parts whose flag is false', () => {
    expect(sectionsFromFlags({ effects: false, activities: undefined })).toEqual([
      'decisions',
      'longTerm',
      'followUp',
      'changes',
      'activities',
    ]);
  });
});

describe('deep links', () => {
  it('point at an initiative by id and read back the same id', () => {
    expect(initiativeHash(12)).toBe('#initiative=12');
    expect(initiativeFromHash('#initiative=12')).toBe(12);
    expect(initiativeFromHash('#other=1&initiative=5')).toBe(5);
    expect(initiativeFromHash('#initiative=abc')).toBeNull();
    expect(initiativeFromHash('')).toBeNull();
  });
});

describe('choosePlan', () => {
  const plan = (id: number, planYear: number, status: Plan['status']): Plan => ({
    id,
    planYear,
    status,
    title: `Plan ${planYear}`,
    caseNumber: '',
    summary: '',
    budgetRequested: null,
    principles: [],
  });
  const plans = [plan(1, 2025, 'closed'), plan(2, 2026, 'approved'), plan(3, 2027, 'draft')];

  it('takes the newest plan past draft as the latest adopted plan', () => {
    expect(choosePlan(plans.filter(isReadable), 'latest')?.planYear).toBe(2026);
  });

  it('finds the plan of a year but never a draft', () => {
    expect(choosePlan(plans.filter(isReadable), 2025)?.id).toBe(1);
    expect(choosePlan(plans.filter(isReadable), 2027)).toBeUndefined();
  });
});
