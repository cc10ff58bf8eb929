import { DomainError, ValidationError } from '../common/errors.js';
import type { Activity, Initiative } from '../initiative/initiative.js';
import type { FocusArea } from '../focus-area/focus-area.js';
import type { Effect } from '../effect/effect.js';
import { isReadable } from './choose.js';
import { assertDecisionAllowed, carryForwardSelection, nextDecisionStep } from './cycle.js';

describe('the decision chain of a plan', () => {
  it('waits for the service committee, then KSAU, then KS, and for nothing once approved or closed', () => {
    expect(nextDecisionStep('draft')).toBe('committee');
    expect(nextDecisionStep('adopted')).toBe('ksau');
    expect(nextDecisionStep('prepared')).toBe('ks');
    expect(nextDecisionStep('approved')).toBeNull();
    expect(nextDecisionStep('closed')).toBeNull();
  });

  it('shows a plan to readers only once KS has approved it', () => {
    expect(
      ['draft', 'adopted', 'prepared', 'approved', 'closed'].map((status) => isReadable({ status } as never)),
    ).toEqual([false, false, false, true, true]);
  });

  it('refuses a step out of order with the step it waits for, in both languages', () => {
    const refuse = () =>
      assertDecisionAllowed(
        { status: 'adopted', planYear: 2027 },
        [],
        { step: 'ks', date: '2026-11-01' },
        '2026-12-04',
      );
    expect(refuse).toThrow(DomainError);
    try {
      refuse();
    } catch (error) {
      expect((error as DomainError).reason.sv).toContain('väntar på steget KSAU, inte Kommunstyrelsen');
      expect((error as DomainError).reason.en).toContain('waits for KSAU, not the executive board');
    }
    expect(() =>
      assertDecisionAllowed(
        { status: 'approved', planYear: 2027 },
        [],
        { step: 'ks', date: '2026-11-01' },
        '2026-12-04',
      ),
    ).toThrow(/already approved/);
  });

  it('refuses a date after today (the Stockholm day) and before the step before it', () => {
    const chain = [{ step: 'committee' as const, date: '2026-11-20' }];
    expect(() =>
      assertDecisionAllowed(
        { status: 'draft', planYear: 2027 },
        [],
        { step: 'committee', date: '2026-12-05' },
        '2026-12-04',
      ),
    ).toThrow(ValidationError);
    expect(() =>
      assertDecisionAllowed(
        { status: 'adopted', planYear: 2027 },
        chain,
        { step: 'ksau', date: '2026-11-19' },
        '2026-12-04',
      ),
    ).toThrow(ValidationError);
    expect(() =>
      assertDecisionAllowed(
        { status: 'adopted', planYear: 2027 },
        chain,
        { step: 'ksau', date: '2026-12-04' },
        '2026-12-04',
      ),
    ).not.toThrow();
  });
});

describe('carrying initiatives forward into a new plan', () => {
  const initiative = (id: number) => ({ id, focusAreaId: 1 }) as Initiative;
  const activity = (id: number, initiativeId: number, status: Activity['status']) =>
    ({ id, initiativeId, status }) as Activity;
  const content = {
    focusAreas: [{ id: 1 } as FocusArea, { id: 2 } as FocusArea],
    initiatives: [initiative(10), initiative(11)],
    activities: [
      activity(100, 10, 'ongoing'),
      activity(101, 10, 'done'),
      activity(102, 10, 'cancelled'),
      activity(103, 11, 'notStarted'),
    ],
    effects: [{ id: 7, initiativeId: 10 } as Effect, { id: 8, initiativeId: 11 } as Effect],
  };

  it('takes every focus area, the chosen initiatives, their activities not done or cancelled and their effects', () => {
    const chosen = carryForwardSelection(content, [10]);
    expect(chosen.focusAreas.map((a) => a.id)).toEqual([1, 2]);
    expect(chosen.initiatives.map((i) => i.id)).toEqual([10]);
    expect(chosen.activities.map((a) => a.id)).toEqual([100]);
    expect(chosen.effects.map((e) => e.id)).toEqual([7]);
  });

  it('refuses initiatives the source plan does not have, naming them', () => {
    expect(() => carryForwardSelection(content, [10, 99])).toThrow(/99/);
  });
});
