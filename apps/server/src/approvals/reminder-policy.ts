import {
  ConcurrencyError,
  DomainError,
  localize,
  PermissionError,
  planReminderPolicy,
  type Id,
  type Plan,
  type PlanReminderPolicyView,
  type ReminderPolicy,
} from '@devplan/core';
import { versionFromEtag, type Repositories } from '@devplan/sharepoint';
import type { AdministratorCheck } from '../auth/administrators.js';
import type { Actor } from './identity.js';

/** A change of a plan's reminder and escalation days (both null: the server's setting), read at `etag`. */
export interface PlanReminderDaysChange {
  planId: Id;
  days: { remindAfterDays: number | null; escalateAfterDays: number | null };
  etag: string;
}

/** The plan changed since the administrator read it: nothing was saved (409). */
export class StaleReminderPolicyError extends DomainError {
  override readonly name = 'StaleReminderPolicyError';
  constructor(planId: Id) {
    super('concurrency', localize('approvals.reminders.stale'), 409, { planId });
  }
}

/**
 * When pending approvals are reminded and escalated, per plan: a plan's own days (set by a plan administrator
 * through the app server, written with the app's identity and audited) when it has them, else the app
 * server's setting (`fallback`, from `APPROVAL_REMIND_AFTER_DAYS` and `APPROVAL_ESCALATE_AFTER_DAYS`).
 */
export class ReminderPolicies {
  constructor(
    private readonly repos: Repositories,
    private readonly admins: AdministratorCheck,
    readonly fallback: ReminderPolicy,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * The policy of each plan for one pass (a sweep, a pending list): the plans are read once, on the first
   * question, and a plan not found follows the server's setting.
   */
  forPlans(): (planId: Id) => Promise<ReminderPolicy> {
    let plans: Promise<Map<Id, Plan>> | null = null;
    return async (planId) => {
      plans ??= this.repos.plans.all().then((list) => new Map(list.map((p) => [p.id, p])));
      return planReminderPolicy((await plans).get(planId), this.fallback);
    };
  }

  /** A plan's own days, the ones that apply, and its ETag. */
  async of(planId: Id): Promise<PlanReminderPolicyView> {
    return this.view(await this.repos.plans.get(planId));
  }

  /**
   * Sets a plan's days if the plan is still at the ETag read (else `StaleReminderPolicyError`, 409), for plan
   * administrators only (403 for anyone else, before `read` reads and validates the change, so the answer
   * tells a member nothing about their input); audited on the plan in the administrator's name, once per plan
   * version. Days equal to the stored ones change nothing.
   */
  async set(actor: Actor, read: () => Promise<PlanReminderDaysChange>): Promise<PlanReminderPolicyView> {
    if (!(await this.admins.isAdministrator(actor.siteUserId)))
      throw new PermissionError(localize('approvals.reminders.notAdministrator'));
    const { planId, days, etag } = await read();
    const before = await this.repos.plans.get(planId);
    const same =
      (before.remindAfterDays ?? null) === days.remindAfterDays &&
      (before.escalateAfterDays ?? null) === days.escalateAfterDays;
    if (same) return this.view(before);
    let plan: Plan;
    try {
      plan = await this.repos.plans.setReminderDays(planId, days, etag);
    } catch (error) {
      if (error instanceof ConcurrencyError) throw new StaleReminderPolicyError(planId);
      throw error;
    }
    await this.repos.audit.add({
      action: 'reminderPolicySet',
      listName: 'Plans',
      itemId: planId,
      actor: actor.displayName,
      at: this.clock().toISOString(),
      details: {
        before: {
          remindAfterDays: before.remindAfterDays ?? null,
          escalateAfterDays: before.escalateAfterDays ?? null,
        },
        after: days,
      },
      source: 'api',
      entryKey: `Plans:${planId}@${versionFromEtag(plan.etag)}:reminderPolicySet`,
    });
    return this.view(plan);
  }

  private view(plan: Plan): PlanReminderPolicyView {
    const applies = planReminderPolicy(plan, this.fallback);
    return {
      planId: plan.id,
      remindAfterDays: plan.remindAfterDays ?? null,
      escalateAfterDays: plan.escalateAfterDays ?? null,
      applies: {
        remindAfterDays: applies.remindAfterDays,
        escalateAfterDays: applies.escalateAfterDays,
        source: applies === this.fallback ? 'server' : 'plan',
      },
      etag: plan.etag,
    };
  }
}
