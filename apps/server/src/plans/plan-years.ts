import {
  assertDecisionAllowed,
  isReadable,
  planCloseRequest,
  planUpdateRequest,
  carryForwardSelection,
  carryKey,
  ConcurrencyError,
  DomainError,
  localize,
  NotFoundError,
  parseOrThrow,
  planDecisionRequest,
  newPlanRequest,
  STATUS_AFTER_STEP,
  STEP_BODIES,
  stockholmDay,
  ValidationError,
  type Decision,
  type Id,
  type Plan,
  type PlanContent,
  type NewEntity,
  type Stored,
} from '@devplan/core';
import { DuplicateValueError, type Repositories } from '@devplan/sharepoint';
import { recordAppEvent } from '../audit/app-events.js';
import type { AdministratorCheck } from '../auth/administrators.js';
import type { DraftGuard } from './draft-guard.js';
import type { Actor } from '../approvals/identity.js';

/** What creating a plan year wrote (or found written by an earlier, interrupted run of the same request). */
export interface PlanYearResult {
  plan: Plan;
  /** Items of the plan after the run: focus areas, initiatives, activities and effects carried forward. */
  carried: { focusAreas: number; initiatives: number; activities: number; effects: number };
}

/** What recording a step of the decision chain gave: recorded now, or the same step was already recorded. */
export interface PlanDecisionResult {
  status: 'recorded' | 'repeated';
  decision: Decision;
  plan: Plan;
}

/** An entity without what SharePoint assigns, ready to be written as a new item. */
function contentOf<E extends Stored>(entity: E): NewEntity<E> {
  const { id: _id, etag: _etag, created: _created, modified: _modified, ...content } = entity;
  return content;
}

/**
 * The yearly cycle on the server, for plan administrators only (the site's owners group, read with the app's
 * identity on every call): creates next year's draft plan, empty or carrying chosen initiatives forward from an
 * earlier plan, and records the decision chain (service committee → KSAU → KS) step by step. Plans and
 * Decisions are written only by the app's identity (members read them), so the plan's status (which decides
 * what intranet readers see) changes only through here. Every write has a create key: a request repeated after
 * a lost answer, or run again after an interruption, finds what the first wrote and writes nothing twice.
 */
export class PlanYearService {
  constructor(
    private readonly repos: Repositories,
    private readonly admins: AdministratorCheck,
    private readonly drafts: DraftGuard,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Creates the draft plan of a year (`createKey` is the form's: the same request again resumes it; another
   * administrator's request for the same year is refused with the plan that exists).
   */
  async create(input: unknown, createKey: string, actor: Actor): Promise<PlanYearResult> {
    await this.admins.assert(actor.siteUserId);
    const request = parseOrThrow(newPlanRequest, input);
    const from =
      request.fromPlanId === null ? null : await this.sourcePlan(request.fromPlanId, request.planYear);
    // Read the source before writing anything: a choice of initiatives that are not there writes nothing.
    const content = from ? carryForwardSelection(await this.contentOf(from.id), request.carry) : null;
    // The city's principles go on from the plan it starts from (edited in the draft if they change).
    const plan = await this.draftPlan({ ...request, principles: from?.principles ?? [] }, createKey);
    // Readers may not read a draft, not even over REST: the plan item has its own permissions from here.
    await this.drafts.hide(plan.id);
    const carried = content
      ? await this.carry(content, plan, actor)
      : { focusAreas: 0, initiatives: 0, activities: 0, effects: 0 };
    await this.audit('Plans', plan.id, 'planCreated', actor, `plan-created-${plan.id}`, {
      planYear: plan.planYear,
      fromPlanYear: from?.planYear ?? null,
      carried,
    });
    return { plan, carried };
  }

  /**
   * Records one step of the chain: in order, dated today or earlier, a paragraph like "§ 64". The step's create
   * key is the plan and step, so two administrators recording the same step at once store one decision (the
   * second is told it is there); the plan's status follows the step.
   */
  async decide(input: unknown, actor: Actor): Promise<PlanDecisionResult> {
    await this.admins.assert(actor.siteUserId);
    const request = parseOrThrow(planDecisionRequest, input);
    const key = `plan-${request.planId}-step-${request.step}`;
    const value = { ...request, body: request.body || STEP_BODIES[request.step] };
    const same = (d: Decision) =>
      d.date === value.date && d.paragraph === value.paragraph && d.outcome === value.outcome;
    const already = await this.repos.decisions.byCreateKey(key);
    if (already) {
      if (!same(already)) throw this.alreadyDecided(already);
      return { status: 'repeated', decision: already, plan: await this.statusAfter(already) };
    }
    const plan = await this.repos.plans.get(request.planId);
    const chain = await this.repos.decisions.byPlan(plan.id);
    assertDecisionAllowed(plan, chain, request, stockholmDay(this.clock()));
    const decision = await this.repos.decisions.add(value, key);
    // Another administrator's decision may have landed under the same key first.
    if (!same(decision)) throw this.alreadyDecided(decision);
    const after = await this.statusAfter(decision);
    await this.audit('Decisions', decision.id, 'planDecision', actor, `plan-decision-${decision.id}`, {
      planId: plan.id,
      planYear: plan.planYear,
      step: decision.step,
      date: decision.date,
      paragraph: decision.paragraph,
      status: { before: plan.status, after: after.status },
    });
    return { status: 'recorded', decision, plan: after };
  }

  /**
   * Changes a plan's own fields (name, case number, summary, requested budget, principles) while it is on its way
   * (draft, adopted, prepared); once KS has approved it, the plan is the adopted document and stays as decided.
   * Guarded by the ETag the administrator read (409 when someone saved first).
   */
  async update(input: unknown, actor: Actor): Promise<Plan> {
    await this.admins.assert(actor.siteUserId);
    const { planId, etag, ...patch } = parseOrThrow(planUpdateRequest, input);
    const plan = await this.repos.plans.get(planId);
    if (isReadable(plan)) {
      throw new DomainError(
        'plan-adopted',
        localize('plans.refused.adoptedLocked', { year: plan.planYear }),
        409,
      );
    }
    const after = await this.repos.plans.update(planId, patch, etag);
    await this.audit('Plans', planId, 'planUpdated', actor, `plan-updated-${planId}-${after.etag}`, {
      fields: Object.keys(patch),
      before: Object.fromEntries(Object.keys(patch).map((k) => [k, plan[k as keyof Plan]])),
    });
    return after;
  }

  /**
   * Closes an approved plan once its year has ended (Stockholm days): it stays readable as history, and the next
   * year's plan is the latest. Closing a closed plan again answers the plan as it is.
   */
  async closeYear(input: unknown, actor: Actor): Promise<Plan> {
    await this.admins.assert(actor.siteUserId);
    const { planId, etag } = parseOrThrow(planCloseRequest, input);
    const plan = await this.repos.plans.get(planId);
    if (plan.status === 'closed') return plan;
    if (plan.status !== 'approved')
      throw new DomainError(
        'plan-not-approved',
        localize('plans.refused.closeNotApproved', { year: plan.planYear }),
        409,
      );
    if (stockholmDay(this.clock()) <= `${plan.planYear}-12-31`)
      throw new DomainError(
        'plan-year-running',
        localize('plans.refused.closeTooEarly', { year: plan.planYear }),
        409,
      );
    const after = await this.repos.plans.update(planId, { status: 'closed' }, etag);
    await this.audit('Plans', planId, 'planClosed', actor, `plan-closed-${planId}`, {
      planYear: plan.planYear,
    });
    return after;
  }

  /** Moves the plan's status to what the decision gives (again after a race; never backwards). */
  private async statusAfter(decision: Decision): Promise<Plan> {
    const status = decision.step ? STATUS_AFTER_STEP[decision.step] : null;
    for (let attempt = 0; ; attempt++) {
      const plan = await this.repos.plans.get(decision.planId);
      if (!status || plan.status === status || plan.status === 'closed') return plan;
      try {
        // KS approved: the plan and its content are for every reader now (before the status says so).
        if (status === 'approved') await this.drafts.reveal(plan.id);
        return await this.repos.plans.update(plan.id, { status }, plan.etag);
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= 3) throw error;
      }
    }
  }

  private alreadyDecided(decision: Decision): DomainError {
    return new DomainError(
      'decision-exists',
      localize('plans.refused.stepRecorded', {
        body: decision.body,
        date: decision.date,
        paragraph: decision.paragraph,
      }),
      409,
    );
  }

  private async sourcePlan(id: Id, year: number): Promise<Plan> {
    let from: Plan;
    try {
      from = await this.repos.plans.get(id);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      throw new ValidationError([
        { path: 'fromPlanId', code: 'unknownPlan', message: localize('plans.refused.fromMissing') },
      ]);
    }
    if (from.planYear >= year) {
      throw new ValidationError([
        { path: 'fromPlanId', code: 'notEarlier', message: localize('plans.refused.fromSameYear') },
      ]);
    }
    return from;
  }

  private async contentOf(planId: Id): Promise<PlanContent> {
    const [focusAreas, initiatives, activities, effects] = await Promise.all([
      this.repos.focusAreas.byPlan(planId),
      this.repos.initiatives.byPlan(planId),
      this.repos.activities.find({ filter: `PlanId eq ${planId}` }),
      this.repos.effects.find({ filter: `PlanId eq ${planId}` }),
    ]);
    return { focusAreas, initiatives, activities, effects };
  }

  /** The draft plan: written once per create key; a year another request already took is refused. */
  private async draftPlan(
    request: { planYear: number; title: string; caseNumber: string; principles: string[] },
    createKey: string,
  ): Promise<Plan> {
    const taken = (plan: Plan) =>
      new DomainError(
        'plan-year-taken',
        localize('plans.refused.yearTaken', { year: plan.planYear, title: plan.title }),
        409,
        { planId: plan.id },
      );
    const existing = await this.repos.plans.byYear(request.planYear);
    if (existing) {
      const mine = await this.repos.plans.byCreateKey(createKey);
      if (mine?.id !== existing.id) throw taken(existing);
      return mine;
    }
    try {
      const { planYear, title, caseNumber, principles } = request;
      return await this.repos.plans.add(
        { planYear, title, caseNumber, principles, status: 'draft' },
        createKey,
      );
    } catch (error) {
      if (!(error instanceof DuplicateValueError)) throw error;
      const other = await this.repos.plans.byYear(request.planYear);
      if (!other) throw error;
      throw taken(other);
    }
  }

  /**
   * Copies the selection into the new plan, each item under its carry key (so a run again after an
   * interruption finds what was written and goes on), keeping the link to the item it continues.
   */
  private async carry(content: PlanContent, plan: Plan, actor: Actor): Promise<PlanYearResult['carried']> {
    const year = plan.planYear;
    const areaIds = new Map<Id, Id>();
    for (const area of content.focusAreas) {
      const copy = await this.repos.focusAreas.add(
        { ...contentOf(area), planId: plan.id, carriedFromId: area.id },
        carryKey.area(year, area.id),
      );
      areaIds.set(area.id, copy.id);
    }
    const initiativeIds = new Map<Id, Id>();
    for (const initiative of content.initiatives) {
      const { approverId, owner: _owner, approver: _approver, ...fields } = contentOf(initiative);
      const copy = await this.repos.initiatives.add(
        {
          ...fields,
          planId: plan.id,
          focusAreaId: areaIds.get(initiative.focusAreaId)!,
          // A carried initiative goes on: done or cancelled ones are not offered, planned ones stay planned.
          status:
            initiative.status === 'paused'
              ? 'paused'
              : initiative.status === 'planned'
                ? 'planned'
                : 'ongoing',
          carriedFromId: initiative.id,
        },
        carryKey.initiative(year, initiative.id),
      );
      initiativeIds.set(initiative.id, copy.id);
      // The approver goes along (named by an administrator before; this administrator carries it forward).
      if (approverId !== null)
        await this.repos.approverAssignments.assign(copy.id, approverId, actor.siteUserId, this.clock());
    }
    const activityIds: Id[] = [];
    const effectIds: Id[] = [];
    for (const activity of content.activities) {
      const { id } = await this.repos.activities.add(
        {
          ...contentOf(activity),
          planId: plan.id,
          initiativeId: initiativeIds.get(activity.initiativeId)!,
        },
        carryKey.activity(year, activity.id),
      );
      activityIds.push(id);
    }
    for (const effect of content.effects) {
      const { id } = await this.repos.effects.add(
        {
          ...contentOf(effect),
          planId: plan.id,
          initiativeId: initiativeIds.get(effect.initiativeId)!,
          carriedFromId: effect.id,
        },
        carryKey.effect(year, effect.id),
      );
      effectIds.push(id);
    }
    await this.drafts.hide(plan.id, {
      FocusAreas: [...areaIds.values()],
      Initiatives: [...initiativeIds.values()],
      Activities: activityIds,
      Effects: effectIds,
    });
    return {
      focusAreas: content.focusAreas.length,
      initiatives: content.initiatives.length,
      activities: content.activities.length,
      effects: content.effects.length,
    };
  }

  private async audit(
    listName: string,
    itemId: Id,
    action: string,
    actor: Actor,
    entryKey: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await recordAppEvent(this.repos, { listName, itemId, action, actor, entryKey, details }, this.clock());
  }
}
