import { createHash } from 'node:crypto';
import {
  ConcurrencyError,
  NotFoundError,
  approvingDecision,
  decisionSealPayload,
  publicationSealPayload,
  followUpSubmission,
  validate,
  lastRecordedState,
  decidersOf,
  decisionKey,
  newCreateKey,
  DecisionRefusedError,
  localize,
  closureKey,
  PeriodClosedError,
  transition,
  type ApprovalDecision,
  type AuditEntry,
  type FollowUpState,
  type AuditSource,
  type DecisionOutcome,
  type FollowUp,
  type Id,
  type Initiative,
  type PeriodClosure,
  type PublishedFollowUp,
} from '@devplan/core';
import type { SealVerifier } from '@devplan/sharepoint';
import {
  CREATE_KEY,
  DuplicateValueError,
  followUpMapping,
  PeriodClosureRepository,
  processSealMemory,
  selectFor,
  spCall,
  versionFromEtag,
  type ErrorContext,
  type Repositories,
  type SealSigner,
  type SpItem,
} from '@devplan/sharepoint';
import type { SPFI } from '@pnp/sp/index.js';
import '@pnp/sp/items/index.js';
import type { Actor } from './identity.js';
import {
  SharedBatches,
  valuesOf,
  type LookupKind,
  type SharedLookup,
  type SharedRead,
} from './shared-batches.js';

/**
 * Where a follow-up belongs (its plan, initiative and period), as a card or a request says it: only a hint of
 * which rows a decision's checks will need, read beside the follow-up and used only when the follow-up as read
 * says the same. Never trusted for a decision.
 */
export type PlacementHint = Pick<FollowUp, 'planId' | 'initiativeId' | 'periodYear' | 'period'>;

/** A decision someone asks to record. `followUpVersion` is the version they saw (card or tab). */
export interface DecisionRequest {
  followUpId: Id;
  followUpVersion: number;
  outcome: DecisionOutcome;
  comment: string;
  /** Resolved from the activity or the token, never from card data. */
  actor: Actor;
  source: Extract<AuditSource, 'bot' | 'api'>;
  /** Where the card (or the request) says the follow-up belongs: saves a round trip when it is right. */
  hint?: PlacementHint | null;
}

/** What happened to a decision request. */
export interface DecisionResult {
  /** `recorded`: this request made the decision; `repeated`: the same person's same decision was already recorded. */
  status: 'recorded' | 'repeated';
  decision: ApprovalDecision;
  followUp: FollowUp & { version: number };
  published: PublishedFollowUp | null;
}

/** A follow-up with the version its ETag stands for. */
export type VersionedFollowUp = FollowUp & { version: number };

/**
 * A decision as `record` leaves it: written to ApprovalDecisions (the commit point), its completion not yet
 * run. `followUp` is the follow-up as read before the write (its State still `submitted` for a new decision).
 */
export interface RecordedDecision {
  /** `recorded`: this request wrote the decision; `repeated`: the same person's same decision was there. */
  status: 'recorded' | 'repeated';
  decision: ApprovalDecision;
  followUp: VersionedFollowUp;
  /** The initiative's title, as read for the checks (the answer to a click names it). */
  initiativeTitle: string;
}

/** Everything the checks of a decision read, from one or two `$batch` requests. */
interface DecisionFacts {
  followUp: VersionedFollowUp;
  /** The title of the follow-up's initiative (read by id: the initiative exists). */
  initiativeTitle: string;
  /** Whether the actor is the initiative's assigned approver or one of its deputies today. */
  mayDecide: boolean;
  /** Site user ids whose work the follow-up is (its Author, Editor and named submitter). */
  authors: Id[];
  /** Whether the follow-up's period is closed or being closed. */
  periodClosed: boolean;
}

/** A decision record SharePoint accepted could not be read back (neither by its version nor its create key). */
export class DecisionRecordLostError extends Error {
  override readonly name = 'DecisionRecordLostError';
  constructor(key: string) {
    super(`The decision record ${key} was written but cannot be read back.`);
  }
}

/** A follow-up's item as a decision's checks read it: with who wrote it and its initiative's title. */
type FactsItem = SpItem & {
  AuthorId?: number | null;
  EditorId?: number | null;
  Initiative?: { Title?: string | null } | null;
};

/** The follow-up's mapped columns, as `FollowUpRepository.byId` reads them. */
const FOLLOW_UP_SELECTION = selectFor(followUpMapping);

/** The follow-up's mapped columns with SharePoint's own Author and Editor: what a decision's checks read. */
export const FOLLOW_UP_WITH_AUTHORS = [...FOLLOW_UP_SELECTION.select, 'AuthorId', 'EditorId'];

/**
 * Site user ids whose work a follow-up is, so they can never decide it: who created it and who last changed it
 * (SharePoint's own Author and Editor of the item as read, which nobody sets over REST: the Editor of a
 * submitted version is who submitted it), and the submitter the follow-up names.
 */
export function authorsOfItem(
  item: { AuthorId?: number | null; EditorId?: number | null },
  submittedById: Id | null,
): Id[] {
  const ids = [item.AuthorId, item.EditorId, submittedById];
  return [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
}

/** Whether a follow-up as read is where the hint says it is. */
function isAt(followUp: FollowUp, hint: PlacementHint): boolean {
  return (
    followUp.planId === hint.planId &&
    followUp.initiativeId === hint.initiativeId &&
    followUp.periodYear === hint.periodYear &&
    followUp.period === hint.period
  );
}

const STATE_OF: Record<DecisionOutcome, 'approved' | 'sentBack'> = {
  approved: 'approved',
  sentBack: 'sentBack',
};
const ACTION_OF: Record<DecisionOutcome, 'approve' | 'sendBack'> = {
  approved: 'approve',
  sentBack: 'sendBack',
};

/**
 * Records approval decisions exactly once, as the app's own identity.
 *
 * The ApprovalDecisions item, unique per `<followUpId>@<version>`, is the commit point and is written first:
 * SharePoint's unique index lets exactly one decision per follow-up version exist, whoever races. Every later
 * step (the follow-up's State under its ETag, the published copy unique per follow-up, the audit entries keyed
 * by the decision key) is idempotent and is re-run by `complete()` from the decision record whenever the same
 * decision is seen again, so a process that dies between writes leaves nothing half-done for long: the next
 * click, API call or reminder sweep finishes it.
 */
export class DecisionService {
  /** Completions in progress per decision key: one at a time within the process. */
  private readonly completing = new Map<string, Promise<unknown>>();

  /** Requests inside `record` right now. */
  private inFlight = 0;

  /** When the last request left `record` (epoch ms; 0: none yet). */
  private lastRecordedAt = 0;

  private readonly verifier: SealVerifier;

  /** The `$batch` requests concurrent decisions share (their reads, and their decision records). */
  private readonly batches: SharedBatches;

  /** Period closes: a click's check that its period is open, the sweep's period seals. */
  private readonly closures: PeriodClosureRepository;

  /** Follow-ups by id with who wrote them and their initiative's title: the checks' first read. */
  private readonly followUpsById: LookupKind<FactsItem>;

  /** Initiatives' assigned approvers (ApproverAssignments, one an initiative: `InitiativeId` is unique). */
  private readonly approversByInitiative: LookupKind<SpItem>;

  /**
   * `sealer` seals every decision and publication with the app's private key; records whose seal does not
   * check (written by anyone else, e.g. a site owner over REST) are never acted on and are removed. The
   * checks that passed are remembered in this process, so each sweep checks only what is new or changed.
   * `legacyBefore`: records without any seal created before this instant were written by a release without
   * seals (an upgraded site); the sweep seals them once, audited, instead of removing them.
   */
  constructor(
    private readonly repos: Repositories,
    private readonly clock: () => Date,
    private readonly sealer: SealSigner,
    private readonly legacyBefore: Date | null = null,
  ) {
    this.verifier = sealer.verifier(
      [],
      processSealMemory(undefined, (data) => createHash('sha256').update(data).digest()),
    );
    this.batches = new SharedBatches(repos.site);
    this.closures = new PeriodClosureRepository(repos.site);
    const anyOf = (column: string, keys: readonly number[]) =>
      keys.map((key) => `${column} eq ${key}`).join(' or ');
    this.followUpsById = {
      kind: 'followUpsById',
      query: (sp, ids) =>
        spCall({ listName: 'FollowUps' }, () =>
          repos.site
            .list('FollowUps', sp)
            .items.filter(anyOf('Id', ids))
            .select(...FOLLOW_UP_WITH_AUTHORS, 'Initiative/Title')
            .expand(...FOLLOW_UP_SELECTION.expand, 'Initiative')
            .top(ids.length)(),
        ),
      keyOf: (item) => item.Id as number,
    };
    this.approversByInitiative = {
      kind: 'approversByInitiative',
      query: (sp, ids) =>
        spCall({ listName: repos.approverAssignments.listName }, () =>
          repos.approverAssignments.items(sp).filter(anyOf('InitiativeId', ids)).top(ids.length)(),
        ),
      keyOf: (item) => item['InitiativeId'] as number,
    };
  }

  /** The follow-up with its version. */
  async followUp(id: Id): Promise<VersionedFollowUp> {
    const followUp = await this.repos.followUps.get(id);
    return { ...followUp, version: versionFromEtag(followUp.etag) };
  }

  /**
   * Site user ids who may decide the follow-ups of an initiative today: its approver and active deputies. The
   * approver is read from ApproverAssignments (written by the app when a plan administrator names one), never
   * from the initiative's Approver column, which members can write over REST.
   */
  async decidersFor(initiative: Pick<Initiative, 'id'>): Promise<Id[]> {
    const approverId = await this.repos.approverAssignments.approverOf(initiative.id);
    if (approverId === null) return [];
    const delegations = await this.repos.delegations.byApprover(approverId);
    return decidersOf(approverId, delegations, this.clock());
  }

  /**
   * Site user ids whose work a follow-up is, so they can never decide it: who created it and who last changed
   * it (SharePoint's own Author and Editor, which nobody sets over REST: the Editor of a submitted version is
   * who submitted it), and the submitter the follow-up names.
   */
  async authorsOf(followUp: Pick<FollowUp, 'id' | 'submittedById'>): Promise<Id[]> {
    const item = (await spCall({ listName: 'FollowUps', itemId: followUp.id }, () =>
      this.repos.site.list('FollowUps').items.getById(followUp.id).select('AuthorId', 'EditorId')(),
    )) as { AuthorId?: number | null; EditorId?: number | null };
    return authorsOfItem(item, followUp.submittedById);
  }

  /**
   * Whether a submitted follow-up is a submission the tab made: its content passes the submission checks, it
   * names a submitter, and SharePoint names that person as the editor of this version (who wrote the State).
   */
  async isGenuineSubmission(followUp: FollowUp): Promise<boolean> {
    if (followUp.state !== 'submitted' || followUp.submittedById === null) return false;
    if (!validate(followUpSubmission, followUp).ok) return false;
    const item = (await spCall({ listName: 'FollowUps', itemId: followUp.id }, () =>
      this.repos.site.list('FollowUps').items.getById(followUp.id).select('EditorId')(),
    )) as { EditorId?: number | null };
    return item.EditorId === followUp.submittedById;
  }

  /** Who may decide this follow-up today: the initiative's deciders, never the people whose work it is. */
  async decidersOfFollowUp(
    followUp: Pick<FollowUp, 'id' | 'submittedById'>,
    initiative: Initiative,
  ): Promise<Id[]> {
    const [deciders, authors] = await Promise.all([this.decidersFor(initiative), this.authorsOf(followUp)]);
    return deciders.filter((id) => !authors.includes(id));
  }

  /**
   * Sets a tampered follow-up back to the last state the app recorded (from its decisions and the
   * submissions it accepted), as the app and guarded by the ETag read; a draft loses the submitter and time a
   * REST write may have put there. Returns the state restored.
   */
  async restoreRecordedState(
    followUp: VersionedFollowUp,
    decisions: readonly ApprovalDecision[],
    history: readonly AuditEntry[],
  ): Promise<FollowUpState> {
    const submissions = history
      .filter((e) => e.action === 'submit' && typeof e.details['followUpVersion'] === 'number')
      .map((e) => ({ followUpVersion: e.details['followUpVersion'] as number }));
    const state = lastRecordedState(decisions, submissions);
    await spCall({ listName: 'FollowUps', itemId: followUp.id }, () =>
      this.repos.site
        .list('FollowUps')
        .items.getById(followUp.id)
        .update(
          { State: state, ...(state === 'draft' ? { SubmittedById: null, SubmittedAt: null } : {}) },
          followUp.etag,
        ),
    );
    return state;
  }

  /**
   * Puts back every initiative's Approver column that differs from the approver a plan administrator named
   * (ApproverAssignments): a member changed it over REST, or an earlier copy failed. Each is audited with what
   * was found, so an approver change made outside the app leaves a trace. Returns the initiatives restored.
   */
  async restoreApproverCopies(): Promise<Id[]> {
    const [assignments, copies] = await Promise.all([
      this.repos.approverAssignments.byInitiativeId(),
      this.repos.initiatives.approverCopies(),
    ]);
    const restored: Id[] = [];
    for (const [initiativeId, found] of copies) {
      const assigned = assignments.get(initiativeId)?.approverId ?? null;
      if (found === assigned) continue;
      if (!(await this.repos.approverAssignments.copyToInitiative(initiativeId, assigned))) continue;
      restored.push(initiativeId);
      await this.repos.audit.add({
        action: 'approverChangeReverted',
        listName: 'Initiatives',
        itemId: initiativeId,
        actor: 'app',
        at: this.clock().toISOString(),
        details: { found, restored: assigned },
        source: 'bot',
      });
    }
    return restored;
  }

  /**
   * The decision the app recorded on a follow-up version, or null. A decision without the app's seal (written
   * by someone else) is recorded in the audit trail and removed, never taken as a decision.
   */
  async decisionOn(followUpId: Id, version: number): Promise<ApprovalDecision | null> {
    const all = await this.repos.approvalDecisions.byFollowUp(followUpId);
    return this.sealedOrRemoved(all.find((d) => d.followUpVersion === version) ?? null);
  }

  /**
   * Removes every decision and publication that does not carry the app's seal (a site owner can always write
   * these lists over REST), each recorded first in the audit trail with what was found. Run by the sweep, so a
   * forged publication is off the intranet within one sweep even before any reader's check. Returns the
   * removed items as `<list>:<id>`.
   */
  async removeForgedRecords(): Promise<string[]> {
    return (await this.sealedRecords()).removed;
  }

  /**
   * One sweep over the app-only records: forged decisions and publications recorded and removed, legacy ones
   * sealed, then tampered approvals set back, all from ONE read of each list (the sweep runs every 30 s).
   */
  async repairRecords(): Promise<{
    forgedRemoved: string[];
    reverted: Id[];
    /** Every decision that carries the app's seal (what the sweep finishes and announces from). */
    decisions: ApprovalDecision[];
  }> {
    const sealed = await this.sealedRecords();
    await this.sealEarlierCloses(sealed.closures, sealed.published);
    return {
      forgedRemoved: sealed.removed,
      reverted: await this.revertUnbackedApprovals(sealed),
      decisions: sealed.decisions,
    };
  }

  /**
   * Reads decisions and publications once (and the period closes, whose seals check a closed period's
   * publications at once), removes what does not verify (sealing legacy ones), keeps the rest.
   */
  private async sealedRecords(): Promise<{
    removed: string[];
    decisions: ApprovalDecision[];
    published: PublishedFollowUp[];
    closures: PeriodClosure[];
  }> {
    const [decisions, published, closures] = await Promise.all([
      this.repos.approvalDecisions.find(),
      this.repos.published.find(),
      this.closures.find(),
    ]);
    // A closed period whose seal checks passes its publications with one check; the rest are checked one by one.
    const verified = new Set(await this.verifier.publications(published, closures));
    const verifiedDecisions = new Set(await this.verifier.decisions(decisions));
    const removed: string[] = [];
    const keptDecisions: ApprovalDecision[] = [];
    const keptPublished: PublishedFollowUp[] = [];
    for (const d of decisions) {
      if (verifiedDecisions.has(d)) {
        keptDecisions.push(d);
        continue;
      }
      if (this.isLegacy(d)) {
        await this.repos.approvalDecisions.reseal(
          d.id,
          await this.sealer.seal(decisionSealPayload(d)),
          d.etag,
        );
        await this.auditLegacy('ApprovalDecisions', d);
        keptDecisions.push(d);
        continue;
      }
      await this.removeForged('ApprovalDecisions', d);
      removed.push(`ApprovalDecisions:${d.id}`);
    }
    for (const p of published) {
      if (verified.has(p)) {
        keptPublished.push(p);
        continue;
      }
      if (this.isLegacy(p)) {
        await this.repos.published.reseal(p.id, await this.sealer.seal(publicationSealPayload(p)), p.etag);
        await this.auditLegacy('PublishedFollowUps', p);
        keptPublished.push(p);
        continue;
      }
      await this.removeForged('PublishedFollowUps', p);
      removed.push(`PublishedFollowUps:${p.id}`);
    }
    return { removed, decisions: keptDecisions, published: keptPublished, closures };
  }

  /**
   * Seals the periods closed before period seals (an upgraded site) as a close does now: over the period's
   * publications whose own seal checks (`published`), written on the closure guarded by the ETag read, and
   * audited. A closure changed meanwhile is left for the next sweep.
   */
  private async sealEarlierCloses(
    closures: readonly PeriodClosure[],
    published: readonly PublishedFollowUp[],
  ): Promise<void> {
    const unsealed = closures.filter((c) => c.state === 'closed' && !c.publicationsSeal);
    if (unsealed.length === 0) return;
    for (const closure of unsealed) {
      const ref = { year: closure.periodYear, period: closure.period };
      const frozen = published.filter(
        (p) => p.planId === closure.planId && p.periodYear === ref.year && p.period === ref.period,
      );
      try {
        await this.closures.change(
          closure.id,
          { publicationsSeal: await this.sealer.sealPeriod(closure.planId, ref, frozen) },
          closure.etag!,
        );
      } catch (error) {
        if (error instanceof ConcurrencyError) continue;
        throw error;
      }
      await this.repos.audit.add({
        action: 'periodSealed',
        listName: 'PeriodClosures',
        itemId: closure.id,
        actor: 'app',
        at: this.clock().toISOString(),
        details: { planId: closure.planId, period: `${ref.year}-${ref.period}`, publications: frozen.length },
        source: 'bot',
        entryKey: `PeriodClosures:${closure.id}:periodSealed`,
      });
    }
  }

  /** A record from before seals: no seal at all, created before `legacyBefore`. */
  private isLegacy(item: { seal: string; created?: string }): boolean {
    if (!this.legacyBefore || item.seal || !item.created) return false;
    return Date.parse(item.created) < this.legacyBefore.getTime();
  }

  private async auditLegacy(
    list: 'ApprovalDecisions' | 'PublishedFollowUps',
    item: { id: Id; followUpId: Id },
  ) {
    await this.repos.audit.add({
      action: 'legacySealed',
      listName: list,
      itemId: item.id,
      actor: 'app',
      at: this.clock().toISOString(),
      details: { followUpId: item.followUpId },
      source: 'bot',
      entryKey: `${list}:${item.id}:legacySealed`,
    });
  }

  /** Records what a forged record held (once per item), then deletes it as the app, guarded by its ETag. */
  private async removeForged(
    list: 'ApprovalDecisions' | 'PublishedFollowUps',
    item: ApprovalDecision | PublishedFollowUp,
  ): Promise<void> {
    const { etag, created, modified, ...found } = item;
    await this.repos.audit.add({
      action: list === 'ApprovalDecisions' ? 'forgedDecisionRemoved' : 'forgedPublicationRemoved',
      listName: list,
      itemId: item.id,
      actor: 'app',
      at: this.clock().toISOString(),
      details: { followUpId: item.followUpId, found, created: created ?? null, modified: modified ?? null },
      source: 'bot',
      entryKey: `${list}:${item.id}:forgedRemoved`,
    });
    const repo = list === 'ApprovalDecisions' ? this.repos.approvalDecisions : this.repos.published;
    await repo.delete(item.id, etag);
  }

  /**
   * Closes the hole of members' Contribute right on FollowUps: a State of `approved` that no ApprovalDecision
   * backs (written through REST by someone) is audited and set back to the last state the app recorded
   * (`lastRecordedState`: a draft when the app never accepted a submission, so the submission checks still
   * run; submitted when it did; sent back after a send-back), as the app, guarded by the ETag read. An
   * approved follow-up changed after its approval is only audited: its published copy stays as approved.
   * Returns the follow-ups set back. `sealed`: the verified decisions and publications, when the caller read
   * them already (the sweep); otherwise they are read here.
   */
  async revertUnbackedApprovals(sealed?: {
    decisions: readonly ApprovalDecision[];
    published: readonly PublishedFollowUp[];
  }): Promise<Id[]> {
    const approved = await this.repos.followUps.find({ filter: `State eq 'approved'` });
    if (approved.length === 0) return [];
    // Decisions and publications are read in bulk (a few paged requests) and joined here: one request per
    // approved follow-up would be thousands per sweep on a large site.
    const decisionsOf = new Map<Id, ApprovalDecision[]>();
    // Only what the app sealed counts: a forged decision backs nothing, a forged publication publishes nothing.
    const decisions =
      sealed?.decisions ??
      (await this.verifier.only(await this.repos.approvalDecisions.find(), (d) => this.verifier.decision(d)));
    for (const d of decisions) decisionsOf.set(d.followUpId, [...(decisionsOf.get(d.followUpId) ?? []), d]);
    const publications =
      sealed?.published ?? (await this.verifier.publications(await this.repos.published.find()));
    const published = new Set(publications.map((p) => p.followUpId));
    const reverted: Id[] = [];
    for (const item of approved) {
      const followUp = { ...item, version: versionFromEtag(item.etag) };
      const decisions = decisionsOf.get(followUp.id) ?? [];
      const backing = approvingDecision(followUp, decisions);
      if (backing) {
        // Approved but not yet published: a process died between the State and the publish step.
        if (!published.has(followUp.id)) await this.complete(backing, 'app', 'bot');
        continue;
      }
      const everApproved = decisions.some((d) => d.decision === 'approved');
      const action = everApproved ? 'approvedFollowUpChanged' : 'unbackedApprovalReverted';
      const history = await this.repos.audit.forItem('FollowUps', followUp.id);
      if (history.some((e) => e.action === action && e.details['followUpVersion'] === followUp.version))
        continue;
      let restoredTo: string | null = null;
      if (!everApproved) {
        restoredTo = await this.restoreRecordedState(followUp, decisions, history);
        reverted.push(followUp.id);
      }
      await this.repos.audit.add({
        action,
        listName: 'FollowUps',
        itemId: followUp.id,
        actor: 'app',
        at: this.clock().toISOString(),
        details: { followUpVersion: followUp.version, ...(restoredTo ? { restoredTo } : {}) },
        source: 'bot',
        entryKey: `FollowUps:${followUp.id}@${followUp.version}:${action}`,
      });
    }
    return reverted;
  }

  /** Records a decision (see the class comment); refuses with a `DecisionRefusedError` that says why. */
  async decide(request: DecisionRequest): Promise<DecisionResult> {
    const recorded = await this.record(request);
    const done = await this.complete(recorded.decision, request.actor.displayName, request.source);
    return { status: recorded.status, decision: recorded.decision, ...done };
  }

  /**
   * Checks a decision request and writes its decision record (the commit point), without completing it: the
   * caller hands the decision to the completion queue (`DecisionCompletionQueue`), and the sweep finishes it
   * if the process dies first. Nothing is written before the checks pass (the approver or an active deputy as
   * named in ApproverAssignments and Delegations, nobody deciding their own work, the period open, the version
   * current and submitted); an earlier decision on the version answers before any of the last three, found
   * by the record's unique DecisionKey (`write`) or, when the follow-up cannot be decided as read, read first.
   * The reads go out in one `$batch` request when `hint` is right, else two (one more for a deputy), and the
   * record in one more, each shared with the decisions recorded at the same time (`SharedBatches`). Refuses
   * with a `DecisionRefusedError` (or `PeriodClosedError`) that says why; a repeated request of the same
   * person answers `repeated`.
   */
  async record(request: DecisionRequest): Promise<RecordedDecision> {
    this.inFlight++;
    try {
      return await this.recordNow(request);
    } finally {
      this.inFlight--;
      this.lastRecordedAt = Date.now();
    }
  }

  /** Decisions being recorded right now (the completion queue lets them go first). */
  get recording(): number {
    return this.inFlight;
  }

  /**
   * Whether decisions are being recorded now or one was in the last `ms` (clicks come in bursts: the
   * completion queue lets a burst's next clicks go first too).
   */
  recordingWithin(ms: number): boolean {
    return this.inFlight > 0 || Date.now() - this.lastRecordedAt < ms;
  }

  private async recordNow(request: DecisionRequest): Promise<RecordedDecision> {
    const comment = request.comment.trim();
    if (request.outcome === 'sentBack' && !comment) {
      throw new DecisionRefusedError('commentRequired', undefined, 400);
    }
    const facts = await this.factsFor(request.followUpId, request.actor.siteUserId, request.hint ?? null);
    const { followUp } = facts;
    const recorded = (status: RecordedDecision['status'], decision: ApprovalDecision) => ({
      status,
      decision,
      followUp,
      initiativeTitle: facts.initiativeTitle,
    });
    if (!facts.mayDecide) throw new DecisionRefusedError('notApprover', undefined, 403);
    // Segregation of duties: an approver (or a deputy) who wrote or submitted the follow-up never decides it.
    if (facts.authors.includes(request.actor.siteUserId)) {
      throw new DecisionRefusedError('ownWork', undefined, 403);
    }
    const writable =
      !facts.periodClosed &&
      followUp.version === request.followUpVersion &&
      transition(followUp.state, ACTION_OF[request.outcome], { comment }).ok;
    if (!writable) {
      // An earlier decision on the version answers first (a repeated click once the decision is completed),
      // else the reason the follow-up cannot be decided. Read only here: when the record can be written, the
      // version's unique DecisionKey finds an earlier decision (`write`).
      const earlier = await this.sealedOrRemoved(
        await this.storedDecision(decisionKey(followUp.id, request.followUpVersion)),
      );
      if (earlier) return recorded(await this.repeatOf(earlier, request), earlier);
      // A closed (or closing) period is frozen in its committee report: no new decisions, nothing published.
      if (facts.periodClosed) {
        throw new PeriodClosedError({ year: followUp.periodYear, period: followUp.period });
      }
      if (followUp.version !== request.followUpVersion) {
        if (followUp.state !== 'submitted') throw new DecisionRefusedError('notSubmitted');
        throw new DecisionRefusedError('outdated');
      }
      throw new DecisionRefusedError('notSubmitted');
    }
    const content = {
      followUpId: followUp.id,
      decision: request.outcome,
      decidedById: request.actor.siteUserId,
      decidedAt: this.clock().toISOString(),
      comment,
      followUpVersion: followUp.version,
    };
    const sealed = { ...content, seal: await this.sealer.seal(decisionSealPayload(content)) };
    for (let attempt = 1; ; attempt++) {
      const written = await this.write(sealed);
      if (written.mine) {
        // The create's answer names the decider by id only; the actor is who decided.
        const decidedBy = { id: request.actor.siteUserId, title: request.actor.displayName };
        return recorded('recorded', { decidedBy, ...written.decision });
      }
      const winner = await this.sealedOrRemoved(written.decision);
      if (winner) return recorded(await this.repeatOf(winner, request), winner);
      // What held the version's key was forged (now recorded and removed) or is gone: write once more.
      if (attempt === 2) throw written.error;
    }
  }

  /**
   * Writes a decision record, in a `$batch` shared with concurrent decisions: `mine` with the record as
   * SharePoint answered the create. When SharePoint's unique `DecisionKey` refused it, reads the version's
   * record (one more shared `$batch`): `mine` when it carries this call's create key (the `$batch` was sent
   * again after its answer was lost), else that record, not yet checked for the app's seal, with the
   * refusal. Any other failure is thrown.
   */
  private async write(
    value: Omit<ApprovalDecision, 'id' | 'etag' | 'created' | 'modified' | 'decidedBy'>,
  ): Promise<
    | { mine: true; decision: ApprovalDecision }
    | { mine: false; decision: ApprovalDecision | null; error: DuplicateValueError }
  > {
    const { repos } = this;
    const createKey = newCreateKey();
    const key = decisionKey(value.followUpId, value.followUpVersion);
    const context: ErrorContext = { listName: repos.approvalDecisions.listName };
    const [added] = await this.batches.settled(context, 1, (sp) => [
      spCall(context, () => repos.approvalDecisions.addIn(sp, value, createKey)),
    ]);
    if (added!.status === 'fulfilled') {
      const created = added!.value as SpItem;
      if (created[CREATE_KEY] === createKey) {
        return { mine: true, decision: repos.approvalDecisions.map([created])[0]! };
      }
      // Written, though the answer did not say so: read it by its create key.
      const mine = await repos.approvalDecisions.byCreateKey(createKey);
      if (mine) return { mine: true, decision: mine };
      throw new DecisionRecordLostError(key);
    }
    if (!(added!.reason instanceof DuplicateValueError)) throw added!.reason;
    const item = await this.storedItem(key);
    const decision = item ? repos.approvalDecisions.map([item])[0]! : null;
    if (item && item[CREATE_KEY] === createKey) return { mine: true, decision: decision! };
    return { mine: false, decision, error: added!.reason };
  }

  /** The decision record of a follow-up version (`decisionKey`) as stored, not yet checked for the app's seal. */
  private async storedDecision(key: string): Promise<ApprovalDecision | null> {
    const item = await this.storedItem(key);
    return item ? this.repos.approvalDecisions.map([item])[0]! : null;
  }

  /** The item of a follow-up version's decision record with its create key, in a shared `$batch`. */
  private async storedItem(key: string): Promise<SpItem | null> {
    const { approvalDecisions } = this.repos;
    const context: ErrorContext = { listName: approvalDecisions.listName };
    const [stored] = await this.batches.settled(context, 1, (sp, read) => [
      read(`decision:${key}`, () =>
        spCall(context, () =>
          approvalDecisions.items(sp, [CREATE_KEY]).filter(`DecisionKey eq '${key}'`).top(1)(),
        ),
      ),
    ]);
    return (valuesOf([stored!])[0] as SpItem[])[0] ?? null;
  }

  /**
   * The reads a decision's checks need, in `$batch` requests shared with concurrent decisions: first the
   * follow-up with who wrote it and its initiative's title (a lookup projection); then (by the follow-up's
   * initiative and period) the initiative's assigned approver and the period's closure. With a `hint` of where
   * the follow-up belongs, the second two go in the first `$batch` too, and count only when the follow-up read
   * there is where the hint says (otherwise they are read again, by the follow-up as read). The actor's
   * deputyships are read (one more shared `$batch`) only when the actor is not the assigned approver. Reads
   * only: nothing is written for someone not allowed.
   */
  private async factsFor(followUpId: Id, actorId: Id, hint: PlacementHint | null): Promise<DecisionFacts> {
    const { repos } = this;
    const { closures } = this;
    const followUpContext: ErrorContext = { listName: 'FollowUps', itemId: followUpId };
    // Concurrent decisions share their reads: one request for the follow-ups of all of them (`lookup`), one
    // for their initiatives' approvers, one for each period's close (`read`, asked alike).
    const placed = (
      sp: SPFI,
      read: SharedRead,
      lookup: SharedLookup,
      at: PlacementHint,
    ): Promise<unknown>[] => {
      const context: ErrorContext = { listName: 'Initiatives', itemId: at.initiativeId };
      const key = closureKey(at.planId, { year: at.periodYear, period: at.period });
      return [
        lookup(this.approversByInitiative, at.initiativeId),
        read(`closure:${key}`, () =>
          spCall(context, () =>
            closures
              .items(sp)
              .filter(`UniqueKey eq '${key.replace(/'/g, "''")}'`)
              .top(1)(),
          ),
        ),
      ];
    };
    const first = await this.batches.settled(followUpContext, hint ? 3 : 1, (sp, read, lookup) => [
      lookup(this.followUpsById, followUpId).then(([found]) => {
        if (!found) throw new NotFoundError('FollowUps', followUpId);
        return found;
      }),
      ...(hint ? placed(sp, read, lookup, hint) : []),
    ]);
    const [item] = valuesOf(first.slice(0, 1)) as [FactsItem];
    const [stored] = repos.followUps.map([item]);
    const followUp = { ...stored!, version: versionFromEtag(stored!.etag) };
    const second =
      hint && isAt(followUp, hint)
        ? first.slice(1)
        : await this.batches.settled(
            { listName: 'Initiatives', itemId: followUp.initiativeId },
            2,
            (sp, read, lookup) => placed(sp, read, lookup, followUp),
          );
    const [assignments, closed] = valuesOf(second) as [SpItem[], SpItem[]];
    const approverId = repos.approverAssignments.map(assignments)[0]?.approverId ?? null;
    return {
      followUp,
      initiativeTitle: item.Initiative?.Title ?? '',
      mayDecide: approverId === actorId || (await this.isActiveDeputy(actorId, approverId)),
      authors: authorsOfItem(item, followUp.submittedById),
      periodClosed: closed.length > 0,
    };
  }

  /** Whether `actorId` stands in for `approverId` today (Delegations), read in a shared `$batch`. */
  private async isActiveDeputy(actorId: Id, approverId: Id | null): Promise<boolean> {
    if (approverId === null) return false;
    const { delegations } = this.repos;
    const context: ErrorContext = { listName: delegations.listName };
    const [deputyships] = await this.batches.settled(context, 1, (sp, read) => [
      read(`deputyships:${actorId}`, () =>
        spCall(context, () => delegations.items(sp).filter(`DeputyId eq ${actorId}`)()),
      ),
    ]);
    const mine = delegations.map(valuesOf([deputyships!])[0] as SpItem[]);
    return decidersOf(approverId, mine, this.clock()).includes(actorId);
  }

  /** A found decision if it carries the app's seal; a forged one is recorded, removed and answered null. */
  private async sealedOrRemoved(found: ApprovalDecision | null): Promise<ApprovalDecision | null> {
    if (!found) return null;
    if (await this.verifier.decision(found)) return found;
    await this.removeForged('ApprovalDecisions', found);
    return null;
  }

  /**
   * A request that meets a recorded decision: `repeated` when it is the same person's same decision;
   * otherwise refused, naming who decided what.
   */
  private async repeatOf(earlier: ApprovalDecision, request: DecisionRequest): Promise<'repeated'> {
    const sameAsked =
      earlier.decidedById === request.actor.siteUserId && earlier.decision === request.outcome;
    if (sameAsked) return 'repeated';
    const decider = earlier.decidedById === request.actor.siteUserId ? request.actor.displayName : null;
    const name = decider ?? (await this.nameOf(earlier.decidedById));
    const decisionText = localize(`approvals.decision.${earlier.decision}`);
    throw new DecisionRefusedError('alreadyDecided', {
      sv: localize('approvals.refused.alreadyDecided', { name, decision: decisionText.sv.toLowerCase() }).sv,
      en: localize('approvals.refused.alreadyDecided', { name, decision: decisionText.en.toLowerCase() }).en,
    });
  }

  /**
   * Finishes a recorded decision: the follow-up's State (guarded by the ETag of the decided version),
   * the published copy on approval, and the audit entries. Idempotent; safe to run again at any time.
   */
  async complete(
    decision: ApprovalDecision,
    actorName: string,
    source: AuditSource,
  ): Promise<{ followUp: VersionedFollowUp; published: PublishedFollowUp | null }> {
    // Serialised per decision within this process (a click, the API and the sweep may finish the same
    // decision at once). Every step is idempotent across instances too: the State write is guarded by the
    // decided version's ETag, the publication and the audit entries by unique keys.
    const key = decisionKey(decision.followUpId, decision.followUpVersion);
    const previous = this.completing.get(key) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.completeNow(decision, actorName, source));
    this.completing.set(key, run);
    try {
      return await run;
    } finally {
      if (this.completing.get(key) === run) this.completing.delete(key);
    }
  }

  private async completeNow(
    decision: ApprovalDecision,
    actorName: string,
    source: AuditSource,
  ): Promise<{ followUp: VersionedFollowUp; published: PublishedFollowUp | null }> {
    const key = decisionKey(decision.followUpId, decision.followUpVersion);
    const action = ACTION_OF[decision.decision];
    const target = STATE_OF[decision.decision];
    let followUp = await this.followUp(decision.followUpId);
    const history = await this.repos.audit.forItem('FollowUps', followUp.id);
    const stateDone = history.some((e) => e.action === action && e.details['decisionKey'] === key);
    if (!stateDone) {
      for (
        let attempt = 0;
        followUp.version === decision.followUpVersion && followUp.state === 'submitted';
        attempt++
      ) {
        try {
          const changed = await this.repos.followUps.decide(
            followUp.id,
            followUp.etag!,
            action,
            decision.comment,
          );
          followUp = { ...changed, version: versionFromEtag(changed.etag) };
        } catch (error) {
          if (!(error instanceof ConcurrencyError) || attempt > 2) throw error;
          followUp = await this.followUp(decision.followUpId);
        }
      }
      if (!(followUp.state === target && followUp.version > decision.followUpVersion)) {
        await this.superseded(key, followUp, decision, actorName, source);
      }
      await this.auditOnce(key, action, 'FollowUps', followUp.id, actorName, source, {
        decisionId: decision.id,
        decision: decision.decision,
        decidedById: decision.decidedById,
        comment: decision.comment,
        followUpVersion: decision.followUpVersion,
      });
    }
    if (decision.decision !== 'approved') return { followUp, published: null };
    const published = await this.publish(followUp, decision, key, actorName, source);
    await this.auditOnce(key, 'publish', 'PublishedFollowUps', published.id, actorName, source, {
      followUpId: followUp.id,
      decisionId: decision.id,
    });
    return { followUp, published };
  }

  /** The follow-up moved on without the decision's State write: the decision does not apply. */
  private async superseded(
    key: string,
    followUp: VersionedFollowUp,
    decision: ApprovalDecision,
    actorName: string,
    source: AuditSource,
  ): Promise<never> {
    await this.auditOnce(key, 'decisionSuperseded', 'FollowUps', followUp.id, actorName, source, {
      decisionId: decision.id,
      followUpVersion: followUp.version,
      state: followUp.state,
    });
    throw new DecisionRefusedError('superseded');
  }

  private async nameOf(siteUserId: Id): Promise<string> {
    const user = (await this.repos.site.sp.web.siteUsers.getById(siteUserId).select('Title')()) as {
      Title?: string;
    };
    return user.Title ?? String(siteUserId);
  }

  /**
   * Publishes the follow-up exactly as approved. The approving write changed only State, so the content at
   * version `decided + 1` is the decided content; a follow-up changed after that (e.g. by a member through
   * REST) is not published.
   */
  private async publish(
    followUp: VersionedFollowUp,
    decision: ApprovalDecision,
    key: string,
    actorName: string,
    source: AuditSource,
  ): Promise<PublishedFollowUp> {
    const publishedOf = async () =>
      (await this.repos.published.find({ filter: `FollowUpId eq ${followUp.id}`, top: 1 }))[0] ?? null;
    // The decided content is there to publish only while the follow-up is one version past the decision.
    if (followUp.version !== decision.followUpVersion + 1) {
      const existing = await publishedOf();
      if (existing && (await this.verifier.publication(existing))) return existing;
      if (existing) await this.removeForged('PublishedFollowUps', existing);
      return this.superseded(key, followUp, decision, actorName, source);
    }
    const content = {
      planId: followUp.planId,
      initiativeId: followUp.initiativeId,
      followUpId: followUp.id,
      periodYear: followUp.periodYear,
      period: followUp.period,
      status: followUp.status,
      progress: followUp.progress,
      summary: followUp.summary,
      risks: followUp.risks,
      nextSteps: followUp.nextSteps,
      effectsSeen: followUp.effectsSeen,
      approvedById: decision.decidedById,
      approvedAt: decision.decidedAt,
      decisionComment: decision.comment,
    };
    const sealed = { ...content, seal: await this.sealer.seal(publicationSealPayload(content)) };
    // Written without a read first: the follow-up's publication is unique, so when one exists SharePoint
    // refuses this one, and the one there is read. Sealed by the app: it stands (this decision published it
    // before, or a completion beside this one did). Not sealed: recorded, removed, and this one written.
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.repos.published.add(sealed);
      } catch (error) {
        if (!(error instanceof DuplicateValueError)) throw error;
        const existing = await publishedOf();
        if (existing && (await this.verifier.publication(existing))) return existing;
        if (!existing || attempt > 0) throw error;
        await this.removeForged('PublishedFollowUps', existing);
      }
    }
  }

  /**
   * Adds an audit entry once per action and decision: its entry key (`<decision key>:<action>`) is unique in
   * the list, so a second add (the completion run again, another instance) writes nothing and costs no read
   * before it (`AuditLogRepository.add`).
   */
  private async auditOnce(
    key: string,
    action: string,
    listName: string,
    itemId: Id,
    actor: string,
    source: AuditSource,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.repos.audit.add({
      action,
      listName,
      itemId,
      actor,
      at: this.clock().toISOString(),
      details: { decisionKey: key, ...details },
      source,
      entryKey: `${key}:${action}`,
    });
  }
}
