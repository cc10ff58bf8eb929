import {
  assertRoundOpen,
  assessedNames,
  assessmentKey,
  ConcurrencyError,
  localize,
  parseOrThrow,
  PermissionError,
  planAdministrations,
  principleAssessmentRequest,
  principleRoundClosing,
  principleRoundOpening,
  RoundRefusedError,
  sameName,
  StaleAssessmentError,
  type Id,
  type PrincipleAssessment,
  type PrincipleAssessmentAnswer,
  type PrincipleRound,
  type PrincipleRoundAnswer,
  ValidationError,
} from '@devplan/core';
import { recordAppEvent } from '../audit/app-events.js';
import { DuplicateValueError, versionFromEtag, type Repositories } from '@devplan/sharepoint';
import type { AdministratorCheck } from '../auth/administrators.js';
import { mayEditList } from '../auth/roles.js';
import type { Actor } from '../approvals/identity.js';

/**
 * Who is a member, as the follow-up of the principles asks it: whoever may edit the working follow-ups (members
 * and owners; readers may not), as SharePoint says for the person. The principles' own lists are written only
 * by the app, so no one's permission on them tells members from readers.
 */
const MEMBERS_EDIT = 'FollowUps';

/**
 * The follow-up of the principles on the server. Plan administrators (the site's owners group, read with the
 * app's identity on every call) open and close a plan's rounds, one open round at a time; members give their
 * administration's self-assessment of a principle while a round is open. Both lists are written only by the
 * app's identity, so these checks cannot be passed by; a refusal writes nothing. Every write has a create key
 * (a request repeated after a lost answer finds what the first wrote), a change is guarded by the ETag the
 * person read (409 when someone saved first), and every write is audited once.
 */
export class PrinciplesService {
  constructor(
    private readonly repos: Repositories,
    private readonly admins: AdministratorCheck,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Opens a round of a plan (plan administrators); the same `createKey`, or the same open round, again: `repeated`. */
  async openRound(input: unknown, createKey: string, actor: Actor): Promise<PrincipleRoundAnswer> {
    await this.assertAdministrator(actor);
    const { planId, label } = parseOrThrow(principleRoundOpening, input);
    const plan = await this.repos.plans.get(planId);
    const mine = await this.repos.principleRounds.byCreateKey(createKey);
    if (mine) return { status: 'repeated', round: await this.roundAudited(mine, 'Opened', actor) };
    const already = (open: PrincipleRound): PrincipleRoundAnswer => {
      if (!sameName(open.label, label)) throw new RoundRefusedError('open', open);
      return { status: 'repeated', round: open };
    };
    const open = await this.repos.principleRounds.openOf(plan.id);
    if (open) return already(open);
    const held = (await this.repos.principleRounds.byPlan(plan.id)).find((r) => sameName(r.label, label));
    if (held) throw new RoundRefusedError('labelTaken', held);
    let round: PrincipleRound;
    try {
      round = await this.repos.principleRounds.open(
        { planId: plan.id, label, openedById: actor.siteUserId, openedAt: this.clock().toISOString() },
        createKey,
      );
    } catch (error) {
      // Another administrator opened a round of the plan at the same moment.
      const winner =
        error instanceof DuplicateValueError ? await this.repos.principleRounds.openOf(plan.id) : null;
      if (!winner) throw error;
      return already(winner);
    }
    return { status: 'opened', round: await this.roundAudited(round, 'Opened', actor) };
  }

  /** Closes a round read at its ETag (plan administrators); a closed round again: `repeated`. */
  async closeRound(input: unknown, actor: Actor): Promise<PrincipleRoundAnswer> {
    await this.assertAdministrator(actor);
    const { roundId, etag } = parseOrThrow(principleRoundClosing, input);
    const round = await this.repos.principleRounds.get(roundId);
    if (round.state === 'closed')
      return { status: 'repeated', round: await this.roundAudited(round, 'Closed', actor) };
    let closed: PrincipleRound;
    try {
      closed = await this.repos.principleRounds.close(round.id, actor.siteUserId, this.clock(), etag);
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      const now = await this.repos.principleRounds.get(round.id);
      if (now.state !== 'closed') throw error;
      // Another administrator closed it first: it is closed, as asked.
      return { status: 'repeated', round: now };
    }
    return { status: 'closed', round: await this.roundAudited(closed, 'Closed', actor) };
  }

  /**
   * Gives an administration's self-assessment of one principle (members, while the round is open): a new one
   * once per `createKey`, a change only at the ETag the person read. Refused, writing nothing: a reader (403,
   * before anything is read), a closed round, an administration or principle the plan does not have, and an
   * assessment someone else saved since it was read (409).
   */
  async assess(input: unknown, createKey: string, actor: Actor): Promise<PrincipleAssessmentAnswer> {
    if (!(await mayEditList(this.repos.site, MEMBERS_EDIT, actor.upn)))
      throw new PermissionError(localize('principles.refused.notMember'));
    const request = parseOrThrow(principleAssessmentRequest, input);
    const round = await this.repos.principleRounds.get(request.roundId);
    assertRoundOpen(round);
    const [plan, initiatives] = await Promise.all([
      this.repos.plans.get(round.planId),
      this.repos.initiatives.byPlan(round.planId),
    ]);
    const names = assessedNames(request, {
      administrations: planAdministrations(initiatives),
      principles: plan.principles,
    });
    const content = {
      level: request.level,
      comment: request.comment,
      assessedById: actor.siteUserId,
      assessedAt: this.clock().toISOString(),
    };
    const stale = () => new StaleAssessmentError(names.administration, names.principle);
    const same = (a: PrincipleAssessment) => a.level === content.level && a.comment === content.comment;

    const mine = await this.repos.principleAssessments.byCreateKey(createKey);
    const key = assessmentKey(round.planId, round.id, names.administration, names.principle);
    // A create key names one request: the same key for another administration or principle is refused.
    if (mine && assessmentKey(mine.planId, mine.roundId, mine.administration, mine.principle) !== key)
      throw new ValidationError([
        { path: 'createKey', code: 'createKeyUsed', message: localize('principles.refused.createKeyUsed') },
      ]);
    if (mine && same(mine))
      return { status: 'repeated', assessment: await this.assessmentAudited(mine, actor) };
    const existing = mine ?? (await this.repos.principleAssessments.byKey(key));
    if (!existing) {
      try {
        const created = await this.repos.principleAssessments.create(
          { planId: round.planId, roundId: round.id, ...names, ...content },
          createKey,
        );
        return { status: 'created', assessment: await this.assessmentAudited(created, actor) };
      } catch (error) {
        // Someone else gave this administration's assessment of the principle at the same moment.
        if (error instanceof DuplicateValueError) throw stale();
        throw error;
      }
    }
    if (request.etag === null) throw stale();
    if (request.etag !== existing.etag) {
      // The same change sent again after its answer was lost: the person's values, one version on.
      const landed =
        same(existing) &&
        existing.assessedById === actor.siteUserId &&
        versionFromEtag(existing.etag) === versionFromEtag(request.etag) + 1;
      if (!landed) throw stale();
      return { status: 'repeated', assessment: await this.assessmentAudited(existing, actor) };
    }
    if (same(existing)) return { status: 'unchanged', assessment: existing };
    let changed: PrincipleAssessment;
    try {
      changed = await this.repos.principleAssessments.change(existing.id, content, request.etag);
    } catch (error) {
      if (error instanceof ConcurrencyError) throw stale();
      throw error;
    }
    return { status: 'changed', assessment: await this.assessmentAudited(changed, actor) };
  }

  private async assertAdministrator(actor: Actor): Promise<void> {
    if (!(await this.admins.isAdministrator(actor.siteUserId)))
      throw new PermissionError(localize('principles.refused.notAdministrator'));
  }

  /** Enters a round's opening or closing in the audit trail, once (a repeated request finds the entry there). */
  private async roundAudited(
    round: PrincipleRound,
    what: 'Opened' | 'Closed',
    actor: Actor,
  ): Promise<PrincipleRound> {
    await this.audit('PrincipleRounds', round.id, `principleRound${what}`, actor, {
      planId: round.planId,
      label: round.label,
    });
    return round;
  }

  /** Enters an assessment's version in the audit trail, once per version. */
  private async assessmentAudited(
    assessment: PrincipleAssessment,
    actor: Actor,
  ): Promise<PrincipleAssessment> {
    const { planId, roundId, administration, principle, level, comment } = assessment;
    await this.audit(
      'PrincipleAssessments',
      assessment.id,
      'principleAssessed',
      actor,
      { planId, roundId, administration, principle, level, comment },
      versionFromEtag(assessment.etag),
    );
    return assessment;
  }

  private async audit(
    listName: string,
    itemId: Id,
    action: string,
    actor: Actor,
    details: Record<string, unknown>,
    version?: number,
  ): Promise<void> {
    const entryKey = `${listName}:${itemId}${version === undefined ? '' : `@${version}`}:${action}`;
    await recordAppEvent(this.repos, { listName, itemId, action, actor, entryKey, details }, this.clock());
  }
}
