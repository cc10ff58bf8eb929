import { initiativeReadiness, planReadiness } from './readiness.js';

const complete = {
  id: 1,
  start: '2026-01-01',
  end: '2026-12-31',
  investmentNeed: '2 årsarbetare',
  criticalFactors: 'Förvaltningarnas medverkan',
  ownerId: 10,
  approverId: 11,
};
const measurable = { initiativeId: 1, indicator: 'Andel förvaltningar', baseline: 0, target: 100 };
const submittedT2 = { initiativeId: 1, periodYear: 2026, period: 'T2', state: 'submitted' as const };
const context = { planYear: 2026, today: '2026-11-24' };

describe('the readiness check of an initiative', () => {
  it('scores 100 with nothing missing when every criterion is met', () => {
    const result = initiativeReadiness(complete, [measurable], [submittedT2], context);
    expect(result.score).toBe(100);
    expect(result.missing).toEqual([]);
  });

  it('lists what is missing, in order, in Swedish and English', () => {
    const bare = {
      id: 1,
      start: null,
      end: null,
      investmentNeed: '',
      criticalFactors: '  ',
      ownerId: null,
      approverId: null,
    };
    const result = initiativeReadiness(bare, [], [], context);
    expect(result.score).toBe(0);
    expect(result.missing.map((m) => m.criterion)).toEqual([
      'measurableGoal',
      'timeline',
      'investmentNeed',
      'criticalFactors',
      'owner',
      'approver',
      'currentStatus',
    ]);
    expect(result.missing[6]?.missing).toEqual({
      sv: 'Ingen inskickad eller godkänd uppföljning för Tertial 2 2026.',
      en: 'No submitted or approved follow-up for Period 2 (May–Aug) 2026.',
    });
  });

  it('does not count an effect without a baseline or a target as a measurable goal', () => {
    const noBaseline = { ...measurable, baseline: null };
    const noIndicator = { ...measurable, indicator: ' ' };
    const result = initiativeReadiness(complete, [noBaseline, noIndicator], [submittedT2], context);
    expect(result.missing.map((m) => m.criterion)).toEqual(['measurableGoal']);
    expect(result.score).toBe(86);
  });

  it('ignores effects and follow-ups of other initiatives', () => {
    const result = initiativeReadiness(
      complete,
      [{ ...measurable, initiativeId: 2 }],
      [{ ...submittedT2, initiativeId: 2 }],
      context,
    );
    expect(result.missing.map((m) => m.criterion)).toEqual(['measurableGoal', 'currentStatus']);
  });

  it('does not count a draft, or a follow-up of an older period, as the current status', () => {
    const draft = { ...submittedT2, state: 'draft' as const };
    const older = { ...submittedT2, period: 'T1' };
    const result = initiativeReadiness(complete, [measurable], [draft, older], context);
    expect(result.missing.map((m) => m.criterion)).toEqual(['currentStatus']);
  });

  it('leaves the current status out of the score before any period has closed', () => {
    const result = initiativeReadiness(complete, [measurable], [], { planYear: 2026, today: '2026-02-01' });
    expect(result.criteria.find((c) => c.criterion === 'currentStatus')?.outcome).toBe('notApplicable');
    expect(result.score).toBe(100);
  });
});

describe('the readiness check of a plan', () => {
  it('averages the initiatives and counts what is missing per criterion', () => {
    const second = { ...complete, id: 2, ownerId: null };
    const result = planReadiness([complete, second], [measurable], [submittedT2], context);
    expect(result.initiatives.map((i) => i.score)).toEqual([100, 57]);
    expect(result.score).toBe(79);
    expect(result.missingByCriterion).toMatchObject({
      owner: 1,
      measurableGoal: 1,
      currentStatus: 1,
      timeline: 0,
    });
    expect(result.fullyReady).toBe(1);
    expect(result.statusPeriod).toEqual({ year: 2026, period: 'T2' });
  });

  it('scores an empty plan as fully ready rather than dividing by zero', () => {
    expect(planReadiness([], [], [], context).score).toBe(100);
  });
});
