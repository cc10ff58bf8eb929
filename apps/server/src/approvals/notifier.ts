import {
  approvalCard,
  decidersOf,
  dueReminder,
  DEFAULT_REMINDER_POLICY,
  formatDate,
  periodCloses,
  periodLabel,
  t,
  TERTIAL_SCHEME,
  type AdaptiveCardJson,
  type ApprovalCardKind,
  type ApprovalCardModel,
  type ConversationRef,
  type DecisionOutcome,
  type Id,
  type Locale,
  type ReminderPolicy,
  closureKey,
  decisionKey,
  DecisionRefusedError,
  type ApprovalDecision,
  stockholmDay,
} from '@devplan/core';
import { PeriodClosureRepository, versionFromEtag, type Repositories } from '@devplan/sharepoint';
import type { CardModels } from './card-models.js';
import {
  DecisionCompletionQueue,
  type CompletionJob,
  type CompletionQueueOptions,
} from './completion-queue.js';
import type { DecisionResult, DecisionService, VersionedFollowUp } from './decision-service.js';
import type { SiteUserResolver } from './identity.js';

/** Sends to and updates messages in stored conversations (the Teams SDK in the app, a fake in unit tests). */
export interface ConversationSender {
  /** Posts a message; returns its activity id. */
  send(ref: ConversationRef, message: { text?: string; card?: AdaptiveCardJson }): Promise<string>;
  /** Replaces a message for everyone in the conversation. */
  update(ref: ConversationRef, activityId: string, card: AdaptiveCardJson): Promise<void>;
}

/** Switches of the notifier. */
export interface NotifierOptions {
  /** Post a summary of each submission to the installed team channels (default true). */
  channelSummaries?: boolean;
  /** Each plan's reminder and escalation days for one sweep (default: the notifier's `policy` for every plan). */
  planPolicies?: () => (planId: Id) => Promise<ReminderPolicy>;
  /** How the completion queue runs (concurrency, retries); its defaults otherwise. */
  completion?: CompletionQueueOptions;
}

/**
 * How long after the last decision was recorded the completion queue still waits before it starts a job (at
 * most its `maxDeferMs`, 1.5 s): approvers click in bursts (a card to fifty managers after a meeting), and a
 * burst's next clicks are answered before the first ones' completions compete with them for the server.
 */
const BURST_QUIET_MS = 300;

/** How long after a decision the sweep still checks that it was announced (cards replaced, submitter told). */
const ANNOUNCE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** What one sweep did. */
export interface SweepReport {
  requested: number[];
  reminded: number[];
  escalated: number[];
  ownersReminded: { initiativeId: Id; period: string }[];
  /** Recipients without an installed 1:1 chat (the app must be installed for them first). */
  unreachable: { siteUserId: Id; followUpId: Id }[];
  /**
   * Follow-ups whose State the app did not record (an `approved` no decision backs, a `submitted` that is not
   * a submission the tab made), set back to the last state the app recorded.
   */
  reverted: Id[];
  /** Initiatives whose Approver column someone changed over REST, set back to the assigned approver. */
  approversRestored: Id[];
  /** Decisions and publications without the app's seal, recorded and removed (`<list>:<id>`). */
  forgedRemoved: string[];
  /** Follow-ups whose recorded decision was finished by the sweep (its State, publication and audit). */
  completed: Id[];
}

/**
 * Sends approval cards proactively to 1:1 chats (conversation references stored in SharePoint), replaces
 * every sent card when a decision is made, tells the submitter, and sends reminders and escalations.
 * Every card sent is recorded in ApprovalCards, which makes sending idempotent and times the reminders.
 */
export class ApprovalNotifier {
  private sweeping: Promise<SweepReport> | null = null;
  /** Decision keys known to be announced (their marker was written or seen), so each is checked once. */
  private readonly announced = new Set<string>();
  /**
   * Finishes recorded decisions after the click was answered: `DecisionService.complete`, then the
   * announcement (cards replaced for everyone, the submitter told), once per decision key.
   */
  readonly completions: DecisionCompletionQueue;

  constructor(
    private readonly repos: Repositories,
    private readonly models: CardModels,
    private readonly decisions: DecisionService,
    private readonly resolver: SiteUserResolver,
    private readonly sender: ConversationSender,
    private readonly clock: () => Date = () => new Date(),
    private readonly policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
    private readonly locale: Locale = 'sv',
    private readonly log: (line: string) => void = (line) => console.warn(line),
    private readonly options: NotifierOptions = {},
  ) {
    this.completions = new DecisionCompletionQueue((job) => this.finish(job), {
      busy: () => this.decisions.recordingWithin(BURST_QUIET_MS),
      after: (job) => this.announceOnce(job),
      log: this.log,
      ...options.completion,
    });
  }

  /**
   * The first stage of a completion job: completes the decision (idempotent). A superseded decision (the
   * follow-up changed behind it) is marked announced, so the sweep does not take it up again.
   */
  private async finish(job: CompletionJob): Promise<void> {
    try {
      await this.decisions.complete(job.decision, job.actorName, job.source);
    } catch (error) {
      if (error instanceof DecisionRefusedError && error.code === 'approvals.superseded')
        await this.markAnnounced(job.decision, { superseded: true });
      throw error;
    }
  }

  /**
   * The second stage: announces a completed decision unless its announcement marker shows it was done (a
   * decision this process has just recorded has none yet: `CompletionJob.fresh`).
   */
  private async announceOnce(job: CompletionJob): Promise<void> {
    if (!job.fresh && (await this.wasAnnounced(job.decision))) return;
    await this.announceNow(job.decision, await this.models.nameOf(job.decision.decidedById));
  }

  /** Whether the decision's announcement marker exists (read once per decision and process). */
  private async wasAnnounced(decision: ApprovalDecision): Promise<boolean> {
    const key = decisionKey(decision.followUpId, decision.followUpVersion);
    if (this.announced.has(key)) return true;
    const [marker] = await this.repos.audit.find({
      filter: `EntryKey eq '${announcedKey(decision)}'`,
      top: 1,
    });
    if (marker) this.announced.add(key);
    return marker !== undefined;
  }

  /** Writes the decision's announcement marker: an audit entry on the decision, unique by its entry key. */
  private async markAnnounced(decision: ApprovalDecision, details: Record<string, unknown> = {}) {
    await this.repos.audit.add({
      action: 'decisionAnnounced',
      listName: 'ApprovalDecisions',
      itemId: decision.id,
      actor: 'app',
      at: this.clock().toISOString(),
      details: {
        decisionKey: decisionKey(decision.followUpId, decision.followUpVersion),
        followUpId: decision.followUpId,
        ...details,
      },
      source: 'bot',
      entryKey: announcedKey(decision),
    });
    this.announced.add(decisionKey(decision.followUpId, decision.followUpVersion));
  }

  /** The stored 1:1 chat of a site user, when the app is installed for them. */
  async personalChat(siteUserId: Id): Promise<ConversationRef | null> {
    const oid = await this.resolver.objectIdOf(siteUserId);
    if (!oid) return null;
    const ref = await this.repos.conversations.byKey(`personal:${oid}`);
    return ref && ref.installState === 'installed' ? ref : null;
  }

  /**
   * Sends the approval card of a submitted follow-up to its approver (and the deputies active today), once
   * per follow-up version: once any card was sent for the version, a second call sends nothing (a deputy named
   * later receives it by escalation). When nobody could be reached, the next call tries again.
   */
  async requestApproval(followUpId: Id, report?: SweepReport): Promise<number> {
    const { model, deciders, followUp } = await this.models.build(followUpId, this.locale);
    if (followUp.state !== 'submitted') return 0;
    const sent = await this.repos.approvalCards.byFollowUp(followUpId);
    if (sent.some((s) => s.followUpVersion === followUp.version && s.kind === 'request')) return 0;
    const history = await this.repos.audit.forItem('FollowUps', followUpId);
    if (!history.some((e) => e.action === 'submit' && e.details['followUpVersion'] === followUp.version)) {
      // Accept a submission only as the tab makes one: complete content, and a submitter who is the person
      // SharePoint names as the version's editor. A State written over REST is set back, never passed on.
      if (!(await this.decisions.isGenuineSubmission(followUp))) {
        const decisions = await this.repos.approvalDecisions.byFollowUp(followUpId);
        const restoredTo = await this.decisions.restoreRecordedState(followUp, decisions, history);
        await this.repos.audit.add({
          action: 'invalidSubmissionReverted',
          listName: 'FollowUps',
          itemId: followUpId,
          actor: 'app',
          at: this.clock().toISOString(),
          details: { followUpVersion: followUp.version, restoredTo },
          source: 'bot',
          entryKey: `FollowUps:${followUpId}@${followUp.version}:invalidSubmissionReverted`,
        });
        report?.reverted.push(followUpId);
        return 0;
      }
      await this.repos.audit.add({
        action: 'submit',
        listName: 'FollowUps',
        itemId: followUpId,
        actor: model.submittedByName,
        at: followUp.submittedAt ?? this.clock().toISOString(),
        details: { followUpVersion: followUp.version, submittedById: followUp.submittedById },
        source: 'tab',
      });
    }
    let count = 0;
    for (const recipient of deciders) {
      // A deputy (every decider but the approver, who comes first) is told for whom they decide.
      const note =
        recipient === deciders[0]
          ? undefined
          : t(this.locale, 'approvals.card.onBehalfOf', { name: model.approverName });
      if (
        await this.sendCard(
          followUpId,
          followUp.version,
          recipient,
          'request',
          // The recipient's own 1:1 chat: the buttons are in the card itself, so clients without `refresh`
          // show them too; `refresh` still gives each viewer their own view.
          approvalCard(note ? { ...model, note } : model, 'approver'),
          report,
        )
      )
        count++;
    }
    if (count > 0 && this.options.channelSummaries !== false)
      await this.postChannelSummaries(followUpId, followUp.version, model);
    return count;
  }

  /**
   * Posts a short summary of a submission to every team channel the app is installed in. The mapping of an
   * initiative to a channel is the plan's team: the app is installed in the team that runs the plan (where
   * the channel tab lives), so every installed channel conversation is that team's. Switched off with
   * `channelSummaries: false` (`APPROVAL_CHANNEL_SUMMARY=off`).
   */
  private async postChannelSummaries(
    followUpId: Id,
    version: number,
    model: ApprovalCardModel,
  ): Promise<void> {
    const channels = (await this.repos.conversations.find()).filter(
      (c) => c.conversationType === 'channel' && c.installState === 'installed',
    );
    const text = t(this.locale, 'approvals.card.channelSummary', {
      initiative: model.initiativeTitle,
      period: periodLabel(this.locale, { year: model.followUp.periodYear, period: model.followUp.period }),
    });
    for (const channel of channels) {
      const activityId = await this.sender.send(channel, { text });
      await this.recordCard(followUpId, version, null, '', channel.conversationId, activityId, 'channel');
    }
  }

  /**
   * Replaces every card sent for the decided version with the decided card, for everyone; returns that card,
   * with the follow-up and its initiative's title as the card's model read them.
   */
  private async replace(
    followUpId: Id,
    version: number,
  ): Promise<{ card: AdaptiveCardJson; followUp: VersionedFollowUp; initiativeTitle: string }> {
    const [{ model, followUp }, sentCards] = await Promise.all([
      this.models.build(followUpId, this.locale, { cardVersion: version }),
      this.repos.approvalCards.byFollowUp(followUpId),
    ]);
    const card = approvalCard(model, 'status');
    for (const sent of sentCards.filter((c) => c.followUpVersion === version)) {
      const ref = await this.repos.conversations.byKey(
        sent.recipientAadId ? `personal:${sent.recipientAadId}` : `channel:${sent.conversationId}`,
      );
      if (ref) await this.sender.update(ref, sent.activityId, card);
    }
    return { card, followUp, initiativeTitle: model.initiativeTitle };
  }

  /**
   * After a decision was completed: replaces the cards for everyone, tells the submitter and writes the
   * announcement marker; returns the decided card. The decision stands whatever happens here; a failure is
   * logged and answered with null (within a day of the decision the sweep announces it again).
   */
  async announce(result: DecisionResult, deciderName: string): Promise<AdaptiveCardJson | null> {
    try {
      return await this.announceNow(result.decision, deciderName, result.followUp);
    } catch (error) {
      this.log(
        `[approvals] decision ${result.decision.id} recorded, but announcing it failed: ${(error as Error).message}`,
      );
      return null;
    }
  }

  /**
   * Replaces the cards, tells the submitter, then writes the marker. A crash before the marker announces
   * again (card replacement is idempotent; the submitter may be told twice, never not at all). `followUp`: as
   * the decision left it, when the caller has it; else as the card's model reads it.
   */
  private async announceNow(
    decision: ApprovalDecision,
    deciderName: string,
    followUp?: VersionedFollowUp,
  ): Promise<AdaptiveCardJson> {
    const replaced = await this.replace(decision.followUpId, decision.followUpVersion);
    const result: DecisionResult = {
      status: 'recorded',
      decision,
      followUp: followUp ?? replaced.followUp,
      published: null,
    };
    await this.tellSubmitter(result, deciderName, replaced.initiativeTitle);
    await this.markAnnounced(decision);
    return replaced.card;
  }

  /** Tells the person who submitted the follow-up what was decided on its initiative (`initiativeTitle`). */
  private async tellSubmitter(
    result: DecisionResult,
    deciderName: string,
    initiativeTitle: string,
  ): Promise<boolean> {
    const { followUp, decision } = result;
    if (followUp.submittedById === null) return false;
    const ref = await this.personalChat(followUp.submittedById);
    if (!ref) return false;
    const L = this.locale;
    const period = periodLabel(L, { year: followUp.periodYear, period: followUp.period });
    const lines = [
      t(L, 'approvals.notify.submitter', {
        initiative: initiativeTitle,
        period,
        decision: t(L, `approvals.decision.${decision.decision as DecisionOutcome}`).toLowerCase(),
        name: deciderName,
      }),
    ];
    if (decision.comment)
      lines.push(t(L, 'approvals.notify.submitterComment', { comment: decision.comment }));
    await this.sender.send(ref, { text: lines.join('\n\n') });
    return true;
  }

  /**
   * One pass over pending work, serialised within the process: cards for submitted follow-ups that have
   * none yet, reminders to approvers and escalations to deputies by age (the days of the follow-up's plan,
   * else the server's setting), and owners' deadline reminders.
   */
  sweep(): Promise<SweepReport> {
    if (!this.sweeping) {
      this.sweeping = this.runSweep().finally(() => {
        this.sweeping = null;
      });
    }
    return this.sweeping;
  }

  private async runSweep(): Promise<SweepReport> {
    // Forged records out and tampered approvals set back, from one read of decisions and publications.
    const { forgedRemoved, reverted, decisions } = await this.decisions.repairRecords();
    const report: SweepReport = {
      requested: [],
      reminded: [],
      escalated: [],
      ownersReminded: [],
      unreachable: [],
      forgedRemoved,
      approversRestored: await this.decisions.restoreApproverCopies(),
      reverted,
      completed: [],
    };
    const now = this.clock();
    const submitted = await this.repos.followUps.find({ filter: `State eq 'submitted'` });
    report.completed = await this.finishRecorded(submitted, decisions, now);
    // Closed (or closing) periods are frozen: no cards, reminders or escalations for their follow-ups.
    const closures = await new PeriodClosureRepository(this.repos.site).find();
    const closed = new Set(
      closures.map((c) => closureKey(c.planId, { year: c.periodYear, period: c.period })),
    );
    const pending = submitted.filter(
      (f) =>
        !report.completed.includes(f.id) &&
        !this.completions.has(f.id) &&
        !closed.has(closureKey(f.planId, { year: f.periodYear, period: f.period })),
    );
    const policyOf = this.options.planPolicies?.() ?? (() => Promise.resolve(this.policy));
    // The cards sent so far, for every pending follow-up at once (one round trip): a follow-up whose card went
    // out for this version and that has no reminder or escalation due costs nothing more.
    const cardsOf = await this.repos.approvalCards.byFollowUps(pending.map((f) => f.id));
    for (const followUp of pending) {
      const version = versionFromEtag(followUp.etag);
      const cards = cardsOf.get(followUp.id) ?? [];
      const requested = cards.some((c) => c.followUpVersion === version && c.kind === 'request');
      if (
        requested &&
        !dueReminder(followUp.submittedAt, cards, version, now, await policyOf(followUp.planId))
      ) {
        continue;
      }
      if (!requested && (await this.requestApproval(followUp.id, report))) {
        report.requested.push(followUp.id);
        continue;
      }
      const { model, followUp: current } = await this.models.build(followUp.id, this.locale);
      const sent = await this.repos.approvalCards.byFollowUp(followUp.id);
      const policy = await policyOf(current.planId);
      const due = dueReminder(current.submittedAt, sent, current.version, now, policy);
      if (!due) continue;
      // The approver as a plan administrator named them, never the initiative's own (member-writable) column.
      const approverId = await this.repos.approverAssignments.approverOf(current.initiativeId);
      if (approverId === null) continue;
      const date = formatDate(this.locale, current.submittedAt);
      if (due === 'reminder') {
        const card = approvalCard(
          { ...model, note: t(this.locale, 'approvals.card.reminder', { date }) },
          'approver',
        );
        await this.sendCard(current.id, current.version, approverId, 'reminder', card, report);
        report.reminded.push(current.id);
        continue;
      }
      const delegations = await this.repos.delegations.byApprover(approverId);
      // Escalated to the active deputies, never to someone whose own work the follow-up is.
      const authors = await this.decisions.authorsOf(current);
      const deputies = decidersOf(approverId, delegations, now).filter(
        (d) => d !== approverId && !authors.includes(d),
      );
      const note = t(this.locale, 'approvals.card.escalation', { name: model.approverName, date });
      const card = approvalCard({ ...model, note }, 'approver');
      for (const deputy of deputies)
        await this.sendCard(current.id, current.version, deputy, 'escalation', card, report);
      if (!deputies.length) {
        this.log(`[approvals] follow-up ${current.id}: no active deputy to escalate to`);
        await this.recordCard(
          current.id,
          current.version,
          null,
          '',
          '',
          `none-${now.getTime()}`,
          'escalation',
        );
      }
      report.escalated.push(current.id);
    }
    await this.remindOwners(now, report);
    return report;
  }

  /**
   * Finishes every decision recorded (and sealed) on a submitted follow-up of a period, whether queued here or
   * left by a crash, and waits for it: run before the period is closed, so what was decided is in the committee
   * report and nothing is published into a closed period afterwards.
   */
  async finishPeriod(planId: Id, period: { year: number; period: string }): Promise<void> {
    const followUps = await this.repos.followUps.byPlanPeriod(planId, period.year, period.period);
    // Queued or under way here (its State may be set already while its publication is still being written).
    const running = followUps.flatMap((f) => this.completions.whenDone(f.id) ?? []);
    // Recorded on a submitted follow-up and not queued: what a crash left.
    const decided = await Promise.all(
      followUps
        .filter((f) => f.state === 'submitted' && !this.completions.has(f.id))
        .map((f) => this.decisions.decisionOn(f.id, versionFromEtag(f.etag))),
    );
    await Promise.all([
      ...running,
      ...decided
        .filter((d): d is ApprovalDecision => d !== null)
        .map((decision) => this.completions.enqueue({ decision, actorName: 'app', source: 'bot' })),
    ]);
  }

  /**
   * Hands the completion queue every decision a crash left half done: one recorded on a submitted follow-up's
   * current version (not completed), and one of the last day whose announcement marker is missing (completed,
   * not announced). Waits for them; returns the follow-ups finished.
   */
  private async finishRecorded(
    submitted: readonly { id: Id; etag?: string }[],
    decisions: readonly ApprovalDecision[],
    now: Date,
  ): Promise<Id[]> {
    const jobs = new Map<string, ApprovalDecision>();
    const versionOf = new Map(submitted.map((f) => [f.id, versionFromEtag(f.etag)]));
    for (const d of decisions) {
      const key = decisionKey(d.followUpId, d.followUpVersion);
      if (versionOf.get(d.followUpId) === d.followUpVersion) jobs.set(key, d);
    }
    const since = now.getTime() - ANNOUNCE_WINDOW_MS;
    for (const d of decisions) {
      const key = decisionKey(d.followUpId, d.followUpVersion);
      if (jobs.has(key) || this.completions.has(d.followUpId) || Date.parse(d.decidedAt) < since) continue;
      if (!(await this.wasAnnounced(d))) jobs.set(key, d);
    }
    const finished = await Promise.all(
      [...jobs.values()].map(async (decision) =>
        (await this.completions.enqueue({ decision, actorName: 'app', source: 'bot' }))
          ? decision.followUpId
          : null,
      ),
    );
    return [...new Set(finished.filter((id): id is Id => id !== null))];
  }

  /** Owners whose follow-up of a period closing within the policy's days is not yet submitted get one reminder. */
  private async remindOwners(now: Date, report: SweepReport): Promise<void> {
    // The plan year and the day as in Stockholm (on 31 December after 23:00 UTC it is already the new year there).
    const today = stockholmDay(now);
    const year = Number(today.slice(0, 4));
    const plan = await this.repos.plans.byYear(year);
    if (!plan) return;
    const soon = TERTIAL_SCHEME.periods.filter((p) => {
      const closes = periodCloses(TERTIAL_SCHEME, { year, period: p.key });
      const days = (Date.parse(`${closes}T23:59:59Z`) - now.getTime()) / 86_400_000;
      return closes >= today && days <= this.policy.ownerReminderDaysBefore;
    });
    if (!soon.length) return;
    const initiatives = await this.repos.initiatives.byPlan(plan.id);
    for (const period of soon) {
      const followUps = await this.repos.followUps.byPlanPeriod(plan.id, year, period.key);
      for (const initiative of initiatives) {
        if (initiative.ownerId === null) continue;
        const followUp = followUps.find((f) => f.initiativeId === initiative.id);
        if (followUp && followUp.state !== 'draft' && followUp.state !== 'sentBack') continue;
        const marker = `${year}-${period.key}`;
        const history = await this.repos.audit.forItem('Initiatives', initiative.id);
        if (history.some((e) => e.action === 'ownerReminder' && e.details['period'] === marker)) continue;
        const ref = await this.personalChat(initiative.ownerId);
        if (!ref) {
          report.unreachable.push({ siteUserId: initiative.ownerId, followUpId: followUp?.id ?? 0 });
          continue;
        }
        const text = t(this.locale, 'approvals.notify.ownerDeadline', {
          initiative: initiative.title,
          period: periodLabel(this.locale, { year, period: period.key }),
          date: periodCloses(TERTIAL_SCHEME, { year, period: period.key }),
        });
        await this.sender.send(ref, { text });
        await this.repos.audit.add({
          action: 'ownerReminder',
          listName: 'Initiatives',
          itemId: initiative.id,
          actor: 'app',
          at: now.toISOString(),
          details: { period: marker, ownerId: initiative.ownerId },
          source: 'bot',
        });
        report.ownersReminded.push({ initiativeId: initiative.id, period: period.key });
      }
    }
  }

  private async sendCard(
    followUpId: Id,
    version: number,
    recipientId: Id,
    kind: ApprovalCardKind,
    card: AdaptiveCardJson,
    report?: SweepReport,
  ): Promise<boolean> {
    const ref = await this.personalChat(recipientId);
    if (!ref) {
      report?.unreachable.push({ siteUserId: recipientId, followUpId });
      this.log(
        `[approvals] site user ${recipientId} has no 1:1 chat with the app; card for ${followUpId} not sent`,
      );
      return false;
    }
    const activityId = await this.sender.send(ref, { card });
    await this.recordCard(
      followUpId,
      version,
      recipientId,
      ref.aadObjectId,
      ref.conversationId,
      activityId,
      kind,
    );
    await this.repos.audit.add({
      action: kind === 'request' ? 'cardSent' : kind,
      listName: 'FollowUps',
      itemId: followUpId,
      actor: 'app',
      at: this.clock().toISOString(),
      details: { recipientId, followUpVersion: version, activityId },
      source: 'bot',
    });
    return true;
  }

  private recordCard(
    followUpId: Id,
    version: number,
    recipientId: Id | null,
    recipientAadId: string,
    conversationId: string,
    activityId: string,
    kind: ApprovalCardKind,
  ) {
    return this.repos.approvalCards.add({
      followUpId,
      followUpVersion: version,
      recipientId,
      recipientAadId,
      conversationId: conversationId || '-',
      activityId,
      kind,
      sentAt: this.clock().toISOString(),
    });
  }
}

/** The entry key of a decision's announcement marker in the audit log. */
function announcedKey(decision: Pick<ApprovalDecision, 'id'>): string {
  return `ApprovalDecisions:${decision.id}:announced`;
}
