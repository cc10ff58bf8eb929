import type { Effect, Measurement } from './effect.js';
import { buildLedger } from './ledger.js';
import { addDays, addMonths, measurementDue } from './schedule.js';

const effect = (over: Partial<Effect> = {}): Effect => ({
  id: 1,
  planId: 1,
  initiativeId: 10,
  title: 'Andel digitala ärenden',
  description: '',
  kind: 'qualitative',
  direction: 'benefit',
  indicator: 'Andel',
  method: '',
  schedule: 'Varje kvartal',
  measureEveryMonths: 3,
  unit: '%',
  baseline: 20,
  baselineDate: '2026-01-15',
  target: 60,
  targetDate: '2027-12-31',
  realisedBy: '',
  followedUpBy: '',
  ...over,
});

let nextId = 100;
const measured = (measuredAt: string, value = 30, effectId = 1): Measurement => ({
  id: nextId++,
  effectId,
  measuredAt,
  value,
  comment: '',
});

describe('addMonths and addDays', () => {
  it('adds months and clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-10', -3)).toBe('2025-12-10');
  });
  it('adds days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('measurementDue', () => {
  it('says nothing is due when the effect has no interval', () => {
    const due = measurementDue(effect({ measureEveryMonths: null }), [], '2026-06-01');
    expect(due.state).toBe('unscheduled');
    expect(due.nextDue).toBeNull();
  });

  it('schedules the first measurement one interval after the baseline date', () => {
    const due = measurementDue(effect(), [], '2026-02-01');
    expect(due).toMatchObject({ state: 'upcoming', nextDue: '2026-04-15', missed: [] });
  });

  it('calls a measurement due within 30 days of its date', () => {
    expect(measurementDue(effect(), [], '2026-03-20').state).toBe('due');
    expect(measurementDue(effect(), [], '2026-04-15').state).toBe('due');
  });

  it('calls it overdue the day after, and counts every scheduled date missed', () => {
    expect(measurementDue(effect(), [], '2026-04-16')).toMatchObject({
      state: 'overdue',
      nextDue: '2026-04-15',
      missed: ['2026-04-15'],
    });
    expect(measurementDue(effect(), [], '2026-10-20').missed).toEqual([
      '2026-04-15',
      '2026-07-15',
      '2026-10-15',
    ]);
  });

  it('counts a measurement made a little early or late as meeting the scheduled date', () => {
    const early = measurementDue(effect(), [measured('2026-04-01')], '2026-05-01');
    expect(early).toMatchObject({ state: 'upcoming', nextDue: '2026-07-15' });
    const late = measurementDue(effect(), [measured('2026-05-20')], '2026-06-01');
    expect(late).toMatchObject({ state: 'upcoming', nextDue: '2026-07-15' });
    expect(measurementDue(effect(), [measured('2026-05-20')], '2026-06-20').state).toBe('due');
  });

  it('never counts one measurement twice: a later measurement meets its own date, not an earlier one', () => {
    const due = measurementDue(effect(), [measured('2026-07-10')], '2026-08-01');
    expect(due).toMatchObject({ state: 'upcoming', nextDue: '2026-10-15', missed: [] });
    expect(measurementDue(effect(), [measured('2026-07-10')], '2026-10-20')).toMatchObject({
      state: 'overdue',
      missed: ['2026-10-15'],
    });
  });

  it('is up to date after a measurement dated today, however many dates were missed before it', () => {
    const late = effect({ baselineDate: '2026-02-15' });
    expect(measurementDue(late, [], '2026-12-04')).toMatchObject({
      state: 'overdue',
      nextDue: '2026-05-15',
      missed: ['2026-05-15', '2026-08-15', '2026-11-15'],
    });
    const caughtUp = measurementDue(late, [measured('2026-12-04')], '2026-12-04');
    expect(caughtUp).toMatchObject({ state: 'upcoming', nextDue: '2027-02-15', missed: [] });
    expect(caughtUp.latest?.measuredAt).toBe('2026-12-04');
  });

  it('ignores the measurements of other effects', () => {
    const due = measurementDue(effect(), [measured('2026-04-10', 30, 2)], '2026-04-20');
    expect(due.state).toBe('overdue');
    expect(due.latest).toBeNull();
  });

  it('asks for a first measurement at once when there is neither baseline date nor measurement', () => {
    const due = measurementDue(effect({ baselineDate: null }), [], '2026-06-01');
    expect(due).toMatchObject({ state: 'due', nextDue: '2026-06-01' });
  });

  it('counts from the first measurement when there is no baseline date', () => {
    const due = measurementDue(effect({ baselineDate: null }), [measured('2026-02-01')], '2026-03-01');
    expect(due).toMatchObject({ state: 'upcoming', nextDue: '2026-05-01' });
  });

  it('is complete once a measurement exists on or after the target date, even years later', () => {
    const due = measurementDue(
      effect({ targetDate: '2026-12-31' }),
      [measured('2027-01-10', 61)],
      '2029-01-01',
    );
    expect(due).toMatchObject({ state: 'complete', nextDue: null });
    expect(due.latest?.value).toBe(61);
  });

  it('keeps asking after the plan year until the target is measured', () => {
    const due = measurementDue(
      effect({ baselineDate: '2025-12-31', targetDate: '2027-12-31', measureEveryMonths: 12 }),
      [measured('2026-12-20')],
      '2028-01-10',
    );
    expect(due.state).toBe('overdue');
    expect(due.missed).toEqual(['2027-12-31']);
  });
});

describe('buildLedger', () => {
  it('lists the effects of every plan, overdue first, with plan year and initiative title', () => {
    const rows = buildLedger({
      effects: [
        effect({ id: 1, planId: 1, initiativeId: 10, title: 'A', measureEveryMonths: null }),
        effect({ id: 2, planId: 2, initiativeId: 20, title: 'B' }),
        effect({ id: 3, planId: 2, initiativeId: 20, title: 'C', baselineDate: '2026-06-01' }),
      ],
      measurements: [measured('2026-04-10', 25, 2), measured('2026-02-01', 22, 1)],
      plans: [
        { id: 1, planYear: 2025 },
        { id: 2, planYear: 2026 },
      ],
      initiatives: [
        { id: 10, title: 'Insats 2025' },
        { id: 20, title: 'Insats 2026' },
      ],
      today: '2026-08-20',
    });
    expect(rows.map((r) => [r.effect.title, r.due.state])).toEqual([
      ['B', 'overdue'],
      ['C', 'due'],
      ['A', 'unscheduled'],
    ]);
    expect(rows[2]).toMatchObject({ planYear: 2025, initiativeTitle: 'Insats 2025', measured: 1 });
    expect(rows[2]!.due.latest?.value).toBe(22);
  });

  it('shows an effect carried forward as one row, measured over all its years, since its first year', () => {
    const rows = buildLedger({
      effects: [
        effect({ id: 1, planId: 1, initiativeId: 10, title: 'Handläggningstid' }),
        effect({ id: 2, planId: 2, initiativeId: 20, title: 'Handläggningstid', carriedFromId: 1 }),
      ],
      measurements: [
        measured('2026-02-01', 22, 1),
        measured('2026-06-01', 19, 1),
        measured('2027-02-01', 17, 2),
      ],
      plans: [
        { id: 1, planYear: 2026 },
        { id: 2, planYear: 2027 },
      ],
      initiatives: [
        { id: 10, title: 'Insats 2026' },
        { id: 20, title: 'Insats 2027' },
      ],
      today: '2027-02-10',
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      planYear: 2027,
      sinceYear: 2026,
      measured: 3,
      initiativeTitle: 'Insats 2027',
    });
    expect(rows[0]!.due.latest?.value).toBe(17);
  });
});
