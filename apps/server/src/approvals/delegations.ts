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
  type StringKey,
} from '@devplan/core';
import type { Repositories } from '@devplan/sharepoint';
import type { AdministratorCheck } from '../auth/administrators.js';
import type { Actor } from './identity.js';

/** Whose deputies a request is about: the actor's own, or another approver's (by a plan administrator). */
interface Subject {
  approverId: Id;
  /** True when a plan administrator acts for the approver. */
  onBehalf: boolean;
}

/**
 * Deputies of approvers: an approver names a deputy for a range of days (Stockholm days), never themselves
 * and never overlapping another of their delegations; ends one early; the deputy decides the approver's
 * follow-ups while it lasts (segregation of duties still applies: nobody decides their own work). A plan
 * administrator may do the same for any approver (`approverId`), by the same rules. Every change is audited
 * in the name of who made it, with the approver named in the details.
 */
export class DelegationService {
  constructor(
    private readonly repos: Repositories,
    private readonly admins: AdministratorCheck,
    private readonly nameOf: (id: Id) => Promise<string>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * The delegations the person gave and holds, past ones left out (ended before today): the actor's own, or
   * with `approverId` another approver's (plan administrators only). A plan administrator asking for their own
   * also gets the approvers they may name deputies for.
   */
  async of(actor: Actor, approverId?: Id): Promise<PersonDelegations> {
    const subject = await this.subject(actor, approverId);
    const today = stockholmDay(this.clock());
    const [given, received, approves, approvers] = await Promise.all([
      this.repos.delegations.byApprover(subject.approverId),
      this.repos.delegations.byDeputy(subject.approverId),
      this.approves(subject.approverId),
      subject.onBehalf ? null : this.approversFor(actor),
    ]);
    const current = (list: Delegation[]) =>
      list.filter((d) => d.end >= today).sort((a, b) => a.start.localeCompare(b.start));
    return {
      approver: approves,
      given: await Promise.all(current(given).map((d) => this.view(d))),
      received: await Promise.all(current(received).map((d) => this.view(d))),
      ...(approvers ? { approvers } : {}),
    };
  }

  /**
   * Names `deputyId` as the deputy of the actor (or, by a plan administrator, of `approverId`) from `start` to
   * `end` (days); refused with the reason when it may not.
   */
  async give(
    actor: Actor,
    deputyId: Id,
    start: string,
    end: string,
    approverId?: Id,
  ): Promise<DelegationView> {
    const subject = await this.subject(actor, approverId);
    const reason = (own: StringKey, other: StringKey) => localize(subject.onBehalf ? other : own);
    // Only an approver gets a deputy (for their own approvals): checked before anything else.
    if (!(await this.approves(subject.approverId))) {
      if (!subject.onBehalf) throw new PermissionError(localize('approvals.refused.notAnApprover'));
      throw new ValidationError([
        {
          path: 'approverId',
          code: 'notAnApprover',
          message: localize('approvals.refused.approverApprovesNothing'),
        },
      ]);
    }
    if (start > end) {
      throw new ValidationError([
        { path: 'end', code: 'startAfterEnd', message: localize('validation.startAfterEnd') },
      ]);
    }
    if (deputyId === subject.approverId) {
      const message = reason('approvals.refused.selfDelegation', 'approvals.refused.approverAsOwnDeputy');
      throw new ValidationError([{ path: 'deputyId', code: 'selfDelegation', message }]);
    }
    const existing = await this.repos.delegations.byApprover(subject.approverId);
    if (existing.some((d) => delegationsOverlap(d, { start, end }))) {
      const message = reason(
        'approvals.refused.delegationOverlap',
        'approvals.refused.approverDelegationOverlap',
      );
      throw new ValidationError([{ path: 'start', code: 'overlap', message }]);
    }
    const delegation = await this.repos.delegations.add({
      approverId: subject.approverId,
      deputyId,
      start,
      end,
    });
    await this.audit('delegate', delegation, actor, subject);
    return this.view(delegation);
  }

  /**
   * Ends a delegation the actor gave (or, by a plan administrator, one of `approverId`'s): one not yet begun is
   * removed; one in force ends yesterday (so the deputy decides nothing from today). Guarded by the ETag the
   * tab read.
   */
  async end(actor: Actor, id: Id, etag: string, approverId?: Id): Promise<void> {
    const subject = await this.subject(actor, approverId);
    // One answer for "not theirs" and "no such delegation": the answer reveals nothing about others' deputies.
    const delegation = await this.repos.delegations.get(id).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    if (!delegation || delegation.approverId !== subject.approverId) {
      throw new PermissionError(
        localize(
          subject.onBehalf
            ? 'approvals.refused.notTheApproversDelegation'
            : 'approvals.refused.notYourDelegation',
        ),
      );
    }
    const today = stockholmDay(this.clock());
    if (delegation.start >= today) {
      await this.repos.delegations.delete(id, etag);
    } else if (delegation.end >= today) {
      await this.repos.delegations.shorten(id, addDays(today, -1), etag);
    }
    await this.audit('delegationEnded', delegation, actor, subject);
  }

  /**
   * Whose deputies the request is about. Another person's only for a plan administrator, refused before
   * anything about that person is read, so the answer is the same whether or not they exist.
   */
  private async subject(actor: Actor, approverId: Id | undefined): Promise<Subject> {
    if (approverId === undefined || approverId === actor.siteUserId)
      return { approverId: actor.siteUserId, onBehalf: false };
    if (!(await this.admins.isAdministrator(actor.siteUserId)))
      throw new PermissionError(localize('approvals.refused.notAdministratorForOthers'));
    return { approverId, onBehalf: true };
  }

  /** For a plan administrator: everyone who approves an initiative, by name; null for anyone else. */
  private async approversFor(actor: Actor): Promise<{ id: Id; name: string }[] | null> {
    if (!(await this.admins.isAdministrator(actor.siteUserId))) return null;
    const ids = new Set<Id>();
    for (const assignment of await this.repos.approverAssignments.find())
      if (assignment.approverId !== null) ids.add(assignment.approverId);
    const approvers = await Promise.all([...ids].map(async (id) => ({ id, name: await this.nameOf(id) })));
    return approvers.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
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

  private async audit(action: string, d: Delegation, actor: Actor, subject: Subject): Promise<void> {
    await this.repos.audit.add({
      action,
      listName: 'Delegations',
      itemId: d.id,
      actor: actor.displayName,
      at: this.clock().toISOString(),
      details: {
        approverId: d.approverId,
        approver: await this.nameOf(d.approverId),
        deputyId: d.deputyId,
        start: d.start,
        end: d.end,
        ...(subject.onBehalf ? { byAdministrator: true } : {}),
      },
      source: 'api',
    });
  }
}
