import {
  ConcurrencyError,
  assertTransition,
  isPeriodKey,
  TERTIAL_SCHEME,
  DuplicateFollowUpError,
  PeriodClosedError,
  closureKey,
  ValidationError,
  localize,
  activityInput,
  activityPatch,
  decisionInput,
  effectInput,
  effectPatch,
  focusAreaInput,
  followUpDraftInput,
  followUpPatch,
  followUpSubmission,
  initiativeInput,
  initiativePatch,
  measurementInput,
  planInput,
  planPatch,
  decisionPatch,
  focusAreaPatch,
  measurementPatch,
  parseOrThrow,
  type ApprovalDecision,
  type ConversationRef,
  type Delegation,
  type ApproverAssignment,
  type PublishedFollowUp,
  type SentApprovalCard,
  type AuditEntry,
  type Id,
  type Effect,
  type Measurement,
  type FocusArea,
  type FollowUp,
  type FollowUpState,
  type PeriodScheme,
  type Activity,
  type Initiative,
  type Decision,
  type Plan,
  type ActivityInput,
  type ActivityPatch,
  type DecisionInput,
  type EffectInput,
  type EffectPatch,
  type FocusAreaInput,
  type FollowUpDraftInput,
  type FollowUpPatch,
  type InitiativeInput,
  type InitiativePatch,
  type MeasurementInput,
  type PlanInput,
  type NewEntity,
} from '@devplan/core';
import { WithoutMetadata } from '../client/behaviors.js';
import { DuplicateValueError, spCall } from '../client/errors.js';
import type { PlanSite } from '../client/site.js';
import {
  activityMapping,
  approvalDecisionMapping,
  auditMapping,
  decisionMapping,
  effectMapping,
  focusAreaMapping,
  followUpMapping,
  initiativeMapping,
  measurementMapping,
  planMapping,
  planPeriodKey,
  publishedFollowUpMapping,
  conversationMapping,
  approvalCardMapping,
  delegationMapping,
  approverAssignmentMapping,
} from '../mapping/mappings.js';
import { fromItem, selectFor, toFields, type SpItem } from '../mapping/mapper.js';
import type { SPFI } from '@pnp/sp/index.js';
import { landedAlready, ListRepository, PAGE_SIZE, type InputSchemas } from './list-repository.js';
import { PeriodClosureRepository } from './period-closures.js';
import { PrincipleAssessmentRepository, PrincipleRoundRepository } from './principles.js';

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** A writing repository's input schemas, applied with `parseOrThrow`. */
const inputs = (create: InputSchemas['create'], patch: InputSchemas['patch']): InputSchemas => ({
  create,
  patch,
  parse: parseOrThrow,
});

/** Plans, one per year. */
export class PlanRepository extends ListRepository<Plan, PlanInput, Partial<PlanInput>> {
  constructor(site: PlanSite) {
    super(site, planMapping, inputs(planInput, planPatch));
  }
  /** Every plan, newest year first. */
  all(): Promise<Plan[]> {
    return this.find({ orderBy: { field: 'PlanYear', ascending: false } });
  }
  /** The plan of a year, or null. */
  async byYear(year: number): Promise<Plan | null> {
    const [plan] = await this.find({ filter: `PlanYear eq ${Math.trunc(year)}`, top: 1 });
    return plan ?? null;
  }
  /**
   * Sets the plan's own reminder and escalation days (both null: the app server's setting), validated by the
   * caller (`planReminderDaysInput`), only if the plan is still at `etag`; returns the plan as stored.
   */
  setReminderDays(
    id: Id,
    days: { remindAfterDays: number | null; escalateAfterDays: number | null },
    etag: string,
  ): Promise<Plan> {
    return this.updateValidated(id, days, etag);
  }
  /**
   * Marks the plan as holding example data (or no longer), only if it is still at `etag`; only `npm start`'s
   * example-data mode calls this, as the app (`seedExampleData`). Returns the plan as stored.
   */
  markExampleData(id: Id, exampleData: boolean, etag: string): Promise<Plan> {
    return this.updateValidated(id, { exampleData }, etag);
  }
}

/** The decision chain of plans. */
export class DecisionRepository extends ListRepository<Decision, DecisionInput, Partial<DecisionInput>> {
  constructor(site: PlanSite) {
    super(site, decisionMapping, inputs(decisionInput, decisionPatch));
  }
  /** A plan's decisions, oldest first. */
  async byPlan(planId: Id): Promise<Decision[]> {
    const all = await this.find({ filter: `PlanId eq ${planId}` });
    return all.sort((a, b) => a.date.localeCompare(b.date));
  }
}

/** Focus areas of plans. */
export class FocusAreaRepository extends ListRepository<FocusArea, FocusAreaInput, Partial<FocusAreaInput>> {
  constructor(site: PlanSite) {
    super(site, focusAreaMapping, inputs(focusAreaInput, focusAreaPatch));
  }
  /** A plan's areas in their order. */
  async byPlan(planId: Id): Promise<FocusArea[]> {
    return (await this.find({ filter: `PlanId eq ${planId}` })).sort((a, b) => a.sortOrder - b.sortOrder);
  }
}

/** Planned initiatives. */
export class InitiativeRepository extends ListRepository<Initiative, InitiativeInput, InitiativePatch> {
  constructor(site: PlanSite) {
    super(site, initiativeMapping, inputs(initiativeInput, initiativePatch));
  }
  /** A plan's initiatives in their order. */
  async byPlan(planId: Id): Promise<Initiative[]> {
    return (await this.find({ filter: `PlanId eq ${planId}` })).sort((a, b) => a.sortOrder - b.sortOrder);
  }
  /** The initiatives a person owns. */
  byOwner(userId: Id): Promise<Initiative[]> {
    return this.find({ filter: `OwnerId eq ${userId}` });
  }
  /** The initiatives whose Approver column (the display copy) names a person. */
  byApprover(userId: Id): Promise<Initiative[]> {
    return this.find({ filter: `ApproverId eq ${userId}` });
  }
  /**
   * Every initiative's Approver column (the display copy) by initiative id: a slim paged read (two columns,
   * without OData metadata: the sweep reads it every run, and a copy it sets back is read again with its ETag).
   */
  async approverCopies(): Promise<Map<Id, Id | null>> {
    const out = new Map<Id, Id | null>();
    const items = this.site
      .list('Initiatives')
      .items.using(WithoutMetadata())
      .select('Id', 'ApproverId')
      .top(PAGE_SIZE);
    await spCall({ listName: this.listName }, async () => {
      for await (const page of items as unknown as AsyncIterable<SpItem[]>)
        for (const item of page) out.set(Number(item['Id']), (item['ApproverId'] as number | null) ?? null);
    });
    return out;
  }
  /**
   * Copies the approver the app assigned into the initiative's Approver column (for display and queries),
   * guarded by the ETag read; only `ApproverAssignmentRepository` calls this, as the app.
   */
  async copyApprover(id: Id, approverId: Id | null, etag: string): Promise<Initiative> {
    return this.updateValidated(id, { approverId }, etag);
  }
}

/** Activities of initiatives. */
export class ActivityRepository extends ListRepository<Activity, ActivityInput, ActivityPatch> {
  constructor(site: PlanSite) {
    super(site, activityMapping, inputs(activityInput, activityPatch));
  }
  /** An initiative's activities in their order. */
  async byInitiative(initiativeId: Id): Promise<Activity[]> {
    return (await this.find({ filter: `InitiativeId eq ${initiativeId}` })).sort(
      (a, b) => a.sortOrder - b.sortOrder,
    );
  }
}

/**
 * Working follow-ups. Enforces the life cycle on every write: content changes only in draft or sent back,
 * submission only with complete content, one follow-up per initiative and period (a unique indexed key, so
 * SharePoint refuses a duplicate even when two people create it at once), and always guarded by the ETag.
 */
export class FollowUpRepository extends ListRepository<FollowUp, FollowUpDraftInput, FollowUpPatch> {
  private readonly closures: PeriodClosureRepository;

  constructor(
    site: PlanSite,
    private readonly scheme: PeriodScheme = TERTIAL_SCHEME,
  ) {
    super(site, followUpMapping, inputs(followUpDraftInput, followUpPatch));
    this.closures = new PeriodClosureRepository(site);
  }

  /**
   * Refuses (`PeriodClosedError`) when the follow-up's period is closed or being closed: its committee report
   * is frozen. The app server refuses decisions on such periods too, so a write made past this check over REST
   * never reaches the intranet.
   */
  async assertPeriodOpen(followUp: Pick<FollowUp, 'planId' | 'periodYear' | 'period'>): Promise<void> {
    const ref = { year: followUp.periodYear, period: followUp.period };
    if (await this.closures.byPeriod(followUp.planId, ref)) throw new PeriodClosedError(ref);
  }

  /** Creates a draft. A second follow-up for the same initiative and period is refused. */
  override async add(input: FollowUpDraftInput, createKey?: string): Promise<FollowUp> {
    const value = parseOrThrow(followUpDraftInput, input);
    if (!isPeriodKey(this.scheme, value.period)) {
      throw new ValidationError([
        { path: 'period', code: 'invalidPeriod', message: localize('validation.invalidPeriod') },
      ]);
    }
    await this.assertPeriodOpen(value);
    try {
      return await this.addValidated(
        { ...value, state: 'draft', submittedById: null, submittedAt: null },
        createKey,
      );
    } catch (error) {
      if (error instanceof DuplicateValueError) {
        throw new DuplicateFollowUpError(value.initiativeId, {
          year: value.periodYear,
          period: value.period,
        });
      }
      throw error;
    }
  }

  /** Saves content of a draft or sent-back follow-up read at `etag`. */
  override async update(id: Id, patch: FollowUpPatch, etag: string): Promise<FollowUp> {
    const value = parseOrThrow(followUpPatch, patch);
    const current = await this.currentInOpenPeriod(id, etag);
    assertTransition(current.state, 'edit');
    return this.writeAndRead(id, value, etag);
  }

  /** Submits for approval: the follow-up must be a draft or sent back, complete, and still at `etag`. */
  async submit(id: Id, etag: string, submittedById: Id, now = new Date()): Promise<FollowUp> {
    const current = await this.currentInOpenPeriod(id, etag);
    const next = assertTransition(current.state, 'submit');
    parseOrThrow(followUpSubmission, current);
    return this.writeAndRead(id, { state: next, submittedById, submittedAt: now.toISOString() }, etag);
  }

  /**
   * Moves a submitted follow-up to approved or sent back. Only the approval service (the app's identity,
   * after checking who acted) calls this; the ETag makes two simultaneous decisions yield exactly one.
   */
  async decide(id: Id, etag: string, outcome: 'approve' | 'sendBack', comment = ''): Promise<FollowUp> {
    const current = await this.currentAt(id, etag);
    const next: FollowUpState = assertTransition(current.state, outcome, { comment });
    return this.writeAndRead(id, { state: next }, etag);
  }

  /** Deletes a draft read at `etag`. */
  override async delete(id: Id, etag: string): Promise<void> {
    const current = await this.currentInOpenPeriod(id, etag);
    assertTransition(current.state, 'delete');
    await super.delete(id, etag);
  }

  /** An initiative's follow-ups over time. */
  byInitiative(initiativeId: Id): Promise<FollowUp[]> {
    return this.find({ filter: `InitiativeId eq ${initiativeId}` });
  }

  /** A plan's follow-ups of one period (indexed key; at most one per initiative). */
  byPlanPeriod(planId: Id, year: number, period: string): Promise<FollowUp[]> {
    return this.find({ filter: `PlanPeriod eq ${quote(planPeriodKey(planId, year, period))}` });
  }

  /**
   * The follow-up read at `etag`, refused when its period is closed: the item and the period closures (a small
   * list, three a year) are read in ONE `$batch`, so a save still costs two requests (this and the write).
   */
  private async currentInOpenPeriod(id: Id, etag: string): Promise<FollowUp> {
    const [batched, execute] = this.site.sp.batched();
    const sp = batched as SPFI;
    const context = { listName: this.listName, itemId: id };
    const item = spCall(context, () => this.byId(id, sp)());
    const closures = spCall({ listName: this.closures.listName }, () =>
      this.closures.items(sp).top(PAGE_SIZE)(),
    );
    const settled = Promise.allSettled([item, closures]);
    await spCall(context, () => execute());
    const [read, closed] = await settled;
    if (read.status === 'rejected') throw read.reason;
    if (closed.status === 'rejected') throw closed.reason;
    const current = fromItem(this.mapping, read.value as SpItem);
    if (current.etag !== etag) throw new ConcurrencyError(this.listName, id);
    const ref = { year: current.periodYear, period: current.period };
    const key = closureKey(current.planId, ref);
    const periods = this.closures.map(closed.value as SpItem[]);
    if (periods.some((c) => closureKey(c.planId, { year: c.periodYear, period: c.period }) === key))
      throw new PeriodClosedError(ref);
    return current;
  }

  private async currentAt(id: Id, etag: string): Promise<FollowUp> {
    const current = await this.get(id);
    if (current.etag !== etag) throw new ConcurrencyError(this.listName, id);
    return current;
  }

  /**
   * Writes a checked change guarded by `etag` and reads the item back as stored, in one `$batch` request
   * (the MERGE, then the GET): a save costs two requests (the lifecycle read and this one), not three. A stale
   * ETag still fails the MERGE with 412 (a ConcurrencyError) and nothing is written, unless the item read in
   * the same batch shows this very write landed already (a batch sent again after its answer was lost).
   */
  private async writeAndRead(id: Id, value: Partial<FollowUp>, etag: string): Promise<FollowUp> {
    const { select, expand } = selectFor(this.mapping);
    const [batched, execute] = this.site.sp.batched();
    const item = this.site.list(this.mapping.list, batched).items.getById(id);
    const context = { listName: this.listName, itemId: id };
    const write = spCall(context, () => item.update(toFields(this.mapping, value), etag));
    const byId = this.site
      .list(this.mapping.list, batched)
      .items.getById(id)
      .select(...select);
    const read = spCall(context, () => (expand.length ? byId.expand(...expand) : byId)());
    // Both settle during execute(); collect them at once so neither rejection goes unhandled meanwhile.
    const settled = Promise.allSettled([write, read]);
    await spCall(context, () => execute());
    const [written, stored] = await settled;
    if (stored.status === 'rejected') throw written.status === 'rejected' ? written.reason : stored.reason;
    const now = fromItem(this.mapping, stored.value as SpItem);
    if (written.status === 'rejected') {
      if (written.reason instanceof ConcurrencyError && landedAlready(now, value, etag)) return now;
      throw written.reason;
    }
    return now;
  }
}

/** Decisions on follow-ups (written by the app's identity only). */
export class ApprovalDecisionRepository extends ListRepository<
  ApprovalDecision,
  NewEntity<ApprovalDecision>,
  never
> {
  constructor(site: PlanSite) {
    super(site, approvalDecisionMapping, null);
  }
  /**
   * A decision's create on `sp` (a `$batch` shared with other requests), written once per `createKey` (see
   * `addValidated`); the caller reads the record back by its key.
   */
  addIn(sp: SPFI, value: NewEntity<ApprovalDecision>, createKey: string): Promise<unknown> {
    return this.addQuery(sp, value, createKey);
  }
  /** Writes the app's seal on a decision recorded before seals existed (guarded by the ETag read). */
  reseal(id: Id, seal: string, etag: string): Promise<ApprovalDecision> {
    return this.updateValidated(id, { seal }, etag);
  }
  /** A follow-up's decisions, newest first. */
  async byFollowUp(followUpId: Id): Promise<ApprovalDecision[]> {
    return (await this.find({ filter: `FollowUpId eq ${followUpId}` })).sort((a, b) =>
      b.decidedAt.localeCompare(a.decidedAt),
    );
  }
}

/** Approved follow-ups as published (written by the app's identity only; readable by everyone). */
export class PublishedFollowUpRepository extends ListRepository<
  PublishedFollowUp,
  NewEntity<PublishedFollowUp>,
  never
> {
  constructor(site: PlanSite) {
    super(site, publishedFollowUpMapping, null);
  }
  /** Writes the app's seal on a publication made before seals existed (guarded by the ETag read). */
  reseal(id: Id, seal: string, etag: string): Promise<PublishedFollowUp> {
    return this.updateValidated(id, { seal }, etag);
  }
  /** A plan's published follow-ups of one period. */
  byPlanPeriod(planId: Id, year: number, period: string): Promise<PublishedFollowUp[]> {
    return this.find({ filter: `PlanPeriod eq ${quote(planPeriodKey(planId, year, period))}` });
  }
  /** An initiative's published follow-ups. */
  byInitiative(initiativeId: Id): Promise<PublishedFollowUp[]> {
    return this.find({ filter: `InitiativeId eq ${initiativeId}` });
  }
}

/** Expected effects (benefit-realisation plans). */
export class EffectRepository extends ListRepository<Effect, EffectInput, EffectPatch> {
  constructor(site: PlanSite) {
    super(site, effectMapping, inputs(effectInput, effectPatch));
  }
  /** An initiative's effects. */
  byInitiative(initiativeId: Id): Promise<Effect[]> {
    return this.find({ filter: `InitiativeId eq ${initiativeId}` });
  }
}

/** Measured values of effects. */
export class MeasurementRepository extends ListRepository<
  Measurement,
  MeasurementInput,
  Partial<MeasurementInput>
> {
  constructor(site: PlanSite) {
    super(site, measurementMapping, inputs(measurementInput, measurementPatch));
  }
  /** An effect's measurements, oldest first. */
  async byEffect(effectId: Id): Promise<Measurement[]> {
    return (await this.find({ filter: `EffectId eq ${effectId}` })).sort((a, b) =>
      a.measuredAt.localeCompare(b.measuredAt),
    );
  }
}

/** What is appended to the audit trail; without an `entryKey` the entry gets a random one. */
export type AuditInput = Omit<NewEntity<AuditEntry>, 'entryKey'> & { entryKey?: string };

/** The append-only audit trail (written by the app's identity only). */
export class AuditLogRepository extends ListRepository<AuditEntry, AuditInput, never> {
  constructor(site: PlanSite) {
    super(site, auditMapping, null);
  }
  /**
   * Appends an entry once per `entryKey`: when SharePoint refuses the key as a duplicate (a retry, or another
   * instance recording the same event), nothing more is written and the stored entry is returned.
   */
  override async add(input: AuditInput): Promise<AuditEntry> {
    const entryKey = input.entryKey ?? globalThis.crypto.randomUUID();
    try {
      return await this.addValidated({ ...input, entryKey });
    } catch (error) {
      if (!(error instanceof DuplicateValueError)) throw error;
      const [stored] = await this.find({ filter: `EntryKey eq ${quote(entryKey)}`, top: 1 });
      if (!stored) throw error;
      return stored;
    }
  }
  /** The history of one item, oldest first. */
  async forItem(listName: string, itemId: Id): Promise<AuditEntry[]> {
    const entries = await this.find({ filter: `ItemId eq ${itemId}` });
    return entries.filter((e) => e.listName === listName).sort((a, b) => a.at.localeCompare(b.at));
  }
}

/** The bot's conversation references (written by the app's identity only). */
export class ConversationRepository extends ListRepository<
  ConversationRef,
  NewEntity<ConversationRef>,
  never
> {
  constructor(site: PlanSite) {
    super(site, conversationMapping, null);
  }
  /** The conversation stored under `key` (e.g. `personal:<aadObjectId>`), or null. */
  async byKey(key: string): Promise<ConversationRef | null> {
    const [found] = await this.find({ filter: `ConversationKey eq ${quote(key)}`, top: 1 });
    return found ?? null;
  }
  /**
   * Stores a conversation reference under its key: creates it, or updates it when something changed.
   * Two simultaneous saves of a new key meet SharePoint's unique key; the loser updates instead.
   */
  async save(ref: NewEntity<ConversationRef>, attempt = 0): Promise<ConversationRef> {
    const current = await this.byKey(ref.key);
    if (!current) {
      try {
        return await this.addValidated(ref);
      } catch (error) {
        if (!(error instanceof DuplicateValueError) || attempt >= 3) throw error;
        return this.save(ref, attempt + 1);
      }
    }
    const same =
      current.conversationId === ref.conversationId &&
      current.serviceUrl === ref.serviceUrl &&
      current.installState === ref.installState;
    if (same) return current;
    try {
      return await this.updateValidated(current.id, ref, current.etag);
    } catch (error) {
      // Another instance saved the reference meanwhile: read it again and compare (a few times at most).
      if (!(error instanceof ConcurrencyError) || attempt >= 3) throw error;
      return this.save(ref, attempt + 1);
    }
  }
}

/** Approval cards sent, per follow-up (written by the app's identity only). */
export class ApprovalCardRepository extends ListRepository<
  SentApprovalCard,
  NewEntity<SentApprovalCard>,
  never
> {
  constructor(site: PlanSite) {
    super(site, approvalCardMapping, null);
  }
  /** Every card sent for a follow-up, oldest first. */
  async byFollowUp(followUpId: Id): Promise<SentApprovalCard[]> {
    return (await this.find({ filter: `FollowUpId eq ${followUpId}` })).sort(oldestFirst);
  }

  /**
   * Every card sent for each of the follow-ups, oldest first (an empty list for one with none): one read per
   * follow-up, in `$batch` requests of at most 100 (a round trip per 100 follow-ups, not one per follow-up).
   */
  async byFollowUps(followUpIds: readonly Id[]): Promise<Map<Id, SentApprovalCard[]>> {
    const ids = [...new Set(followUpIds)];
    const found = new Map<Id, SentApprovalCard[]>();
    if (ids.length === 0) return found;
    const [batched, execute] = this.site.batched();
    const context = { listName: this.listName };
    const reads = ids.map((id) =>
      spCall(context, () =>
        this.items(batched as SPFI)
          .filter(`FollowUpId eq ${id}`)
          .top(PAGE_SIZE)(),
      ),
    );
    const settled = Promise.allSettled(reads);
    await spCall(context, () => execute());
    for (const [i, outcome] of (await settled).entries()) {
      if (outcome.status === 'rejected') throw outcome.reason;
      found.set(ids[i]!, this.map(outcome.value as SpItem[]).sort(oldestFirst));
    }
    return found;
  }
}

/** Cards in the order they were sent. */
const oldestFirst = (a: SentApprovalCard, b: SentApprovalCard) => a.sentAt.localeCompare(b.sentAt);

/**
 * Who approves each initiative (written by the app's identity only, after a plan administrator named them):
 * the one source decisions, pending lists and cards read. Members can change the initiative's own Approver
 * column over REST; that column is only a copy, which `assign` writes and the sweep puts back.
 */
export class ApproverAssignmentRepository extends ListRepository<
  ApproverAssignment,
  NewEntity<ApproverAssignment>,
  never
> {
  constructor(
    site: PlanSite,
    private readonly initiatives: InitiativeRepository,
  ) {
    super(site, approverAssignmentMapping, null);
  }
  /** The assignment of an initiative, or null when no approver was ever named. */
  async byInitiative(initiativeId: Id): Promise<ApproverAssignment | null> {
    const [found] = await this.find({ filter: `InitiativeId eq ${initiativeId}`, top: 1 });
    return found ?? null;
  }
  /** The approver of an initiative as assigned (null when none). */
  async approverOf(initiativeId: Id): Promise<Id | null> {
    return (await this.byInitiative(initiativeId))?.approverId ?? null;
  }
  /** Every assignment by initiative id (one paged read). */
  async byInitiativeId(): Promise<Map<Id, ApproverAssignment>> {
    return new Map((await this.find()).map((a) => [a.initiativeId, a]));
  }
  /**
   * Records `approverId` (or null: none) as the initiative's approver, named by `assignedById`, and copies it
   * into the initiative's Approver column. Two administrators at once: the second meets the unique key and
   * updates the first's assignment. Returns the assignment and whether anything changed.
   */
  async assign(
    initiativeId: Id,
    approverId: Id | null,
    assignedById: Id,
    at: Date = new Date(),
  ): Promise<{ assignment: ApproverAssignment; previous: Id | null; changed: boolean }> {
    const value = { initiativeId, approverId, assignedById, assignedAt: at.toISOString() };
    for (let attempt = 0; ; attempt++) {
      const current = await this.byInitiative(initiativeId);
      try {
        const assignment =
          current === null
            ? await this.addValidated(value)
            : current.approverId === approverId
              ? current
              : await this.updateValidated(current.id, value, current.etag);
        await this.copyToInitiative(initiativeId, approverId);
        const previous = current?.approverId ?? null;
        return { assignment, previous, changed: previous !== approverId || current === null };
      } catch (error) {
        const raced = error instanceof DuplicateValueError || error instanceof ConcurrencyError;
        if (!raced || attempt >= 3) throw error;
      }
    }
  }
  /**
   * Puts the assigned approver into the initiative's Approver column when it differs (written there by
   * someone over REST, or a copy that failed): true when it wrote.
   */
  async copyToInitiative(initiativeId: Id, approverId: Id | null): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      const initiative = await this.initiatives.get(initiativeId);
      if (initiative.approverId === approverId) return false;
      try {
        await this.initiatives.copyApprover(initiativeId, approverId, initiative.etag);
        return true;
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= 3) throw error;
      }
    }
  }
}

/** Approvers' deputies (written by the app's identity only, after checking who asks). */
export class DelegationRepository extends ListRepository<Delegation, NewEntity<Delegation>, never> {
  constructor(site: PlanSite) {
    super(site, delegationMapping, null);
  }
  /** Every delegation an approver has made. */
  byApprover(approverId: Id): Promise<Delegation[]> {
    return this.find({ filter: `ApproverId eq ${approverId}` });
  }
  /** Ends a delegation on `end` (a day), guarded by the ETag read. */
  shorten(id: Id, end: string, etag: string): Promise<Delegation> {
    return this.updateValidated(id, { end }, etag);
  }
  /** Every delegation naming a person as deputy. */
  byDeputy(deputyId: Id): Promise<Delegation[]> {
    return this.find({ filter: `DeputyId eq ${deputyId}` });
  }
}

/** Every repository of a plan site, built once per host from its PnPjs instance. */
export interface Repositories {
  site: PlanSite;
  plans: PlanRepository;
  decisions: DecisionRepository;
  focusAreas: FocusAreaRepository;
  initiatives: InitiativeRepository;
  activities: ActivityRepository;
  followUps: FollowUpRepository;
  approvalDecisions: ApprovalDecisionRepository;
  published: PublishedFollowUpRepository;
  effects: EffectRepository;
  measurements: MeasurementRepository;
  audit: AuditLogRepository;
  conversations: ConversationRepository;
  approvalCards: ApprovalCardRepository;
  delegations: DelegationRepository;
  approverAssignments: ApproverAssignmentRepository;
  principleRounds: PrincipleRoundRepository;
  principleAssessments: PrincipleAssessmentRepository;
}

/** Builds every repository over one plan site. */
export function createRepositories(site: PlanSite, scheme: PeriodScheme = TERTIAL_SCHEME): Repositories {
  const initiatives = new InitiativeRepository(site);
  return {
    site,
    plans: new PlanRepository(site),
    decisions: new DecisionRepository(site),
    focusAreas: new FocusAreaRepository(site),
    initiatives,
    activities: new ActivityRepository(site),
    followUps: new FollowUpRepository(site, scheme),
    approvalDecisions: new ApprovalDecisionRepository(site),
    published: new PublishedFollowUpRepository(site),
    effects: new EffectRepository(site),
    measurements: new MeasurementRepository(site),
    audit: new AuditLogRepository(site),
    conversations: new ConversationRepository(site),
    approvalCards: new ApprovalCardRepository(site),
    delegations: new DelegationRepository(site),
    approverAssignments: new ApproverAssignmentRepository(site, initiatives),
    principleRounds: new PrincipleRoundRepository(site),
    principleAssessments: new PrincipleAssessmentRepository(site),
  };
}
