import { planReminderDaysInput } from './reminder-days.js';
import { validate } from './validate.js';

describe('a plan’s reminder days as an administrator sets them', () => {
  const codes = (input: unknown) => {
    const result = validate(planReminderDaysInput, input);
    return result.ok ? [] : result.issues.map((i) => `${i.path}:${i.code}`);
  };

  it('accepts whole days with the reminder first, and both empty (the server’s setting)', () => {
    expect(validate(planReminderDaysInput, { remindAfterDays: 1, escalateAfterDays: 60 })).toEqual({
      ok: true,
      value: { remindAfterDays: 1, escalateAfterDays: 60 },
    });
    expect(codes({ remindAfterDays: null, escalateAfterDays: null })).toEqual([]);
  });

  it('names the field and the reason of every refusal, in both languages', () => {
    expect(codes({ remindAfterDays: 6, escalateAfterDays: 6 })).toEqual([
      'escalateAfterDays:approvals.reminders.escalateAfterReminder',
    ]);
    expect(codes({ remindAfterDays: null, escalateAfterDays: 6 })).toEqual([
      'remindAfterDays:approvals.reminders.bothOrNeither',
    ]);
    expect(codes({ remindAfterDays: 1.5, escalateAfterDays: 61 })).toEqual([
      'remindAfterDays:notInteger',
      'escalateAfterDays:tooLarge',
    ]);
    expect(codes({ remindAfterDays: 0, escalateAfterDays: 3, extra: 1 })).toEqual([
      'remindAfterDays:tooSmall',
      'extra:unknownField',
    ]);
    const result = validate(planReminderDaysInput, { remindAfterDays: 9, escalateAfterDays: 4 });
    expect(result.ok ? null : result.issues[0]!.message).toEqual({
      sv: 'Dagarna tills kortet går till ersättarna måste vara fler än dagarna till påminnelsen.',
      en: 'The days before the card goes to the deputies must be more than the days before the reminder.',
    });
  });
});
