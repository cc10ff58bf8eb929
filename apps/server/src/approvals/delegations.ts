import {
  addDays,
  delegationsOverlap,
  isDelegationActive,
  localize,
  NotFoundError,
  PermissionError,
  stockholmDay,
  ValidationError,
  type Delegation,
  type DelegationView,
  type Id,
  type PersonDelegations,
} from '@devplan/core';
import type { Repositories } from '@devplan/sharepoint';
import type { Actor } from './identity.js';

/**
 * Deputies of approvers: an approver names a deputy for a range of days (Stockholm days), never themselves
 * and never overlapping another of their delegations; ends one early; the deputy decides the approver's
 * follow-ups while it lasts (segregation of duties still applies: nobody decides their own work). Every
 * change is audited in the approver's name.
 */
export class DelegationService {
  constructor(
    private readonly repos: Repositories,
    private readonly nameOf: (id: Id) => Promise<string>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The delegations the person gave and holds, past ones left out (ended before today). */
  async of(actor: Actor): Promise<PersonDelegations> {
    const today = stockholmDay(this.clock());
    const [given, received, approves] = await Promise.all([
      this.repos.delegations.byApprover(actor.siteUserId),
      this.repos.delegations.byDeputy(actor.siteUserId),
      this.approves(actor.siteUserId),
    ]);
    const current = (list: Delegation[]) =>
      list.filter((d) => d.end >= today).sort((a, b) => a.start.localeCompare(b.start));
    return {
      approver: approves,
      given: await Promise.all(current(given).map((d) => this.view(d))),
      received: await Promise.all(current(received).map((d) => this.view(d))),
    };
  }

  /** Names `deputyId` as the actor's deputy from `start` to `end` (days); refused with the reason when it may not. */
  async give(actor: Actor, deputyId: Id, start: string, end: string): Promise<DelegationView> {
    // Only an approver names a deputy (for their own approvals): checked before anything else.
    if (!(await this.approves(actor.siteUserId)))
      throw new PermissionError(localize('approvals.refused.notAnApprover'));
    if (start > end) {
      throw new ValidationError([
        { path: 'end', code: 'startAfterEnd', message: localize('validation.startAfterEnd') },
      ]);
    }
    if (deputyId === actor.siteUserId) {
      throw new ValidationError([
        { path: 'deputyId', code: 'selfDelegation', message: localize('approvals.refused.selfDelegation') },
      ]);
    }
    const existing = await this.repos.delegations.byApprover(actor.siteUserId);
    if (existing.some((d) => delegationsOverlap(d, { start, end }))) {
      throw new ValidationError([
        { path: 'start', code: 'overlap', message: localize('approvals.refused.delegationOverlap') },
      ]);
    }
    const delegation = await this.repos.delegations.add({
      approverId: actor.siteUserId,
      deputyId,
      start,
      end,
    });
    await this.audit('delegate', delegation, actor);
    return this.view(delegation);
  }

  /**
   * Ends a delegation the actor gave: one not yet begun is removed; one in force ends yesterday (so the
   * deputy decides nothing from today). Guarded by the ETag the tab read.
   */
  async end(actor: Actor, id: Id, etag: string): Promise<void> {
    // One answer for "not yours" and "no such delegation": the answer reveals nothing about others' deputies.
    const delegation = await this.repos.delegations.get(id).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    if (!delegation || delegation.approverId !== actor.siteUserId)
      throw new PermissionError(localize('approvals.refused.notYourDelegation'));
    const today = stockholmDay(this.clock());
    if (delegation.start >= today) {
      await this.repos.delegations.delete(id, etag);
    } else if (delegation.end >= today) {
      await this.repos.delegations.shorten(id, addDays(today, -1), etag);
    }
    await this.audit('delegationEnded', delegation, actor);
  }

  private async approves(siteUserId: Id): Promise<boolean> {
    const [one] = await this.repos.approverAssignments.find({
      filter: `ApproverId eq ${siteUserId}`,
      top: 1,
    });
    return one !== undefined;
  }

  private async view(d: Delegation): Promise<DelegationView> {
    return {
      id: d.id,
      approver: { id: d.approverId, name: await this.nameOf(d.approverId) },
      deputy: { id: d.deputyId, name: await this.nameOf(d.deputyId) },
      start: d.start,
      end: d.end,
      active: isDelegationActive(d, this.clock()),
      etag: d.etag,
    };
  }

  private async audit(action: string, d: Delegation, actor: Actor): Promise<void> {
    await this.repos.audit.add({
      action,
      listName: 'Delegations',
      itemId: d.id,
      actor: actor.displayName,
      at: this.clock().toISOString(),
      details: { approverId: d.approverId, deputyId: d.deputyId, start: d.start, end: d.end },
      source: 'api',
    });
  }
}
