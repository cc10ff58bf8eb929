import {
  openRoundKey,
  type Id,
  type NewEntity,
  type PrincipleAssessment,
  type PrincipleRound,
} from '@devplan/core';
import type { PlanSite } from '../client/site.js';
import { principleAssessmentMapping, principleRoundMapping } from '../mapping/mappings.js';
import { ListRepository } from './list-repository.js';

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Rounds of the follow-up of the principles (written by the app's identity only, after a plan administrator
 * asked; members read). Opening a round is refused by SharePoint's unique `OpenKey` while another round of the
 * plan is open (`DuplicateValueError`), also when two administrators open one at the same moment.
 */
export class PrincipleRoundRepository extends ListRepository<
  PrincipleRound,
  NewEntity<PrincipleRound>,
  never
> {
  constructor(site: PlanSite) {
    super(site, principleRoundMapping, null);
  }

  /** A plan's rounds, the one opened last first. */
  async byPlan(planId: Id): Promise<PrincipleRound[]> {
    return (await this.find({ filter: `PlanId eq ${planId}` })).sort(
      (a, b) => b.openedAt.localeCompare(a.openedAt) || b.id - a.id,
    );
  }

  /** The plan's open round, or null. */
  async openOf(planId: Id): Promise<PrincipleRound | null> {
    const [open] = await this.find({ filter: `OpenKey eq ${quote(openRoundKey(planId))}`, top: 1 });
    return open ?? null;
  }

  /** Opens a round once per `createKey`; rejects with `DuplicateValueError` when another round of the plan is open. */
  open(
    value: Pick<PrincipleRound, 'planId' | 'label' | 'openedById' | 'openedAt'>,
    createKey: string,
  ): Promise<PrincipleRound> {
    return this.addValidated({ ...value, state: 'open', closedById: null, closedAt: null }, createKey);
  }

  /** Closes a round read at `etag` (a stale ETag: `ConcurrencyError`); frees the plan for its next round. */
  close(id: Id, closedById: Id, at: Date, etag: string): Promise<PrincipleRound> {
    return this.updateValidated(id, { state: 'closed', closedById, closedAt: at.toISOString() }, etag);
  }
}

/**
 * The administrations' self-assessments (written by the app's identity only, after checking the member and the
 * round; members read). SharePoint's unique `UniqueKey` keeps one per plan, round, administration and principle.
 */
export class PrincipleAssessmentRepository extends ListRepository<
  PrincipleAssessment,
  NewEntity<PrincipleAssessment>,
  never
> {
  constructor(site: PlanSite) {
    super(site, principleAssessmentMapping, null);
  }

  /** The assessments of a round. */
  byRound(roundId: Id): Promise<PrincipleAssessment[]> {
    return this.find({ filter: `RoundId eq ${roundId}` });
  }

  /** The assessment under a unique key (`assessmentKey`), or null. */
  async byKey(key: string): Promise<PrincipleAssessment | null> {
    const [found] = await this.find({ filter: `UniqueKey eq ${quote(key)}`, top: 1 });
    return found ?? null;
  }

  /**
   * Writes a new assessment once per `createKey`; rejects with `DuplicateValueError` when another request
   * wrote the same administration and principle of the round first.
   */
  create(value: NewEntity<PrincipleAssessment>, createKey: string): Promise<PrincipleAssessment> {
    return this.addValidated(value, createKey);
  }

  /** Changes an assessment's level and comment, only if it is still at `etag` (else `ConcurrencyError`). */
  change(
    id: Id,
    value: Pick<PrincipleAssessment, 'level' | 'comment' | 'assessedById' | 'assessedAt'>,
    etag: string,
  ): Promise<PrincipleAssessment> {
    return this.updateValidated(id, value, etag);
  }
}
