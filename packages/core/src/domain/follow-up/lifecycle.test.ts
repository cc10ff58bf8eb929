import { FOLLOW_UP_STATES, type FollowUpState } from './follow-up.js';
import { assertTransition, LifecycleError, transition, type FollowUpAction } from './lifecycle.js';

const allowed: [FollowUpState, FollowUpAction, FollowUpState][] = [
  ['draft', 'submit', 'submitted'],
  ['submitted', 'approve', 'approved'],
  ['sentBack', 'submit', 'submitted'],
  ['draft', 'edit', 'draft'],
  ['sentBack', 'edit', 'sentBack'],
  ['draft', 'delete', 'draft'],
];

describe('the follow-up life cycle', () => {
  it.each(allowed)('lets a %s follow-up be %sed, giving %s', (from, action, to) => {
    expect(transition(from, action)).toEqual({ ok: true, next: to });
  });

  it('sends a submitted follow-up back when a comment is given', () => {
    expect(transition('submitted', 'sendBack', { comment: 'Komplettera risker.' })).toEqual({
      ok: true,
      next: 'sentBack',
    });
  });

  it('refuses to send back without a comment, or with only white space', () => {
    for (const comment of [undefined, '', '   \n']) {
      const result = transition('submitted', 'sendBack', { comment });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.code).toBe('lifecycle.sendBack.commentRequired');
        expect(result.reason.sv).toMatch(/kommentar/);
        expect(result.reason.en).toMatch(/comment/);
      }
    }
  });

  it('refuses every transition that is not in the life cycle, with a reason in both languages', () => {
    const actions: FollowUpAction[] = ['edit', 'submit', 'approve', 'sendBack', 'delete'];
    const allowedPairs = new Set([...allowed.map(([f, a]) => `${f}/${a}`), 'submitted/sendBack']);
    let refused = 0;
    for (const state of FOLLOW_UP_STATES) {
      for (const action of actions) {
        if (allowedPairs.has(`${state}/${action}`)) continue;
        const result = transition(state, action, { comment: 'x' });
        expect([state, action, result.ok]).toEqual([state, action, false]);
        if (!result.ok) {
          expect(result.reason.sv.length).toBeGreaterThan(10);
          expect(result.reason.en.length).toBeGreaterThan(10);
        }
        refused += 1;
      }
    }
    expect(refused).toBe(4 * 5 - 7);
  });

  it('keeps an approved follow-up frozen: no edit, no submit, no second decision, no delete', () => {
    for (const action of ['edit', 'submit', 'approve', 'sendBack', 'delete'] as const) {
      expect(transition('approved', action, { comment: 'x' }).ok).toBe(false);
    }
    expect(transition('approved', 'edit')).toMatchObject({
      reason: { sv: 'Uppföljningen är godkänd och låst.' },
    });
  });

  it('names the current state when an approval is refused', () => {
    const result = transition('draft', 'approve');
    expect(result).toMatchObject({
      ok: false,
      reason: { sv: expect.stringContaining('utkast'), en: expect.stringContaining('draft') },
    });
  });

  it('throws a LifecycleError with status 409 from assertTransition', () => {
    expect(() => assertTransition('approved', 'edit')).toThrow(LifecycleError);
    try {
      assertTransition('draft', 'approve');
    } catch (error) {
      expect(error).toBeInstanceOf(LifecycleError);
      expect((error as LifecycleError).status).toBe(409);
    }
    expect(assertTransition('draft', 'submit')).toBe('submitted');
  });
});
