import { z } from 'zod';
import { PLAN_REMINDER_DAYS } from '../domain/approval/rules.js';

const days = () => z.number().int().min(PLAN_REMINDER_DAYS.min).max(PLAN_REMINDER_DAYS.max).nullable();

/**
 * A plan's reminder and escalation days as a plan administrator sets them: both whole days within
 * `PLAN_REMINDER_DAYS` with the reminder before the escalation, or both null (the app server's setting).
 */
export const planReminderDaysInput = z
  .strictObject({ remindAfterDays: days(), escalateAfterDays: days() })
  .superRefine((v, ctx) => {
    if ((v.remindAfterDays === null) !== (v.escalateAfterDays === null)) {
      ctx.addIssue({
        code: 'custom',
        path: [v.remindAfterDays === null ? 'remindAfterDays' : 'escalateAfterDays'],
        params: { key: 'approvals.reminders.bothOrNeither' },
      });
    } else if (
      v.remindAfterDays !== null &&
      v.escalateAfterDays !== null &&
      v.remindAfterDays >= v.escalateAfterDays
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['escalateAfterDays'],
        params: { key: 'approvals.reminders.escalateAfterReminder' },
      });
    }
  });

/** A plan's reminder and escalation days as asked for. */
export type PlanReminderDaysInput = z.input<typeof planReminderDaysInput>;
