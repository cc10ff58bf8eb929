import { closureKey, type Id, type PeriodRef, type PeriodClosure, type NewEntity } from '@devplan/core';
import type { PlanSite } from '../client/site.js';
import { periodClosureMapping } from '../mapping/mappings.js';
import { ListRepository } from './list-repository.js';

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Period closures (written by the app's identity only; everyone reads). Creating one is the commit point of
 * a period close: SharePoint's unique `UniqueKey` (plan@period) refuses a second one, also when two
 * administrators close at the same moment (the loser gets a `DuplicateValueError`).
 */
export class PeriodClosureRepository extends ListRepository<
  PeriodClosure,
  NewEntity<PeriodClosure>,
  Partial<PeriodClosure>
> {
  constructor(site: PlanSite) {
    super(site, periodClosureMapping, null);
  }

  /** Creates the closure (the commit point); rejects with `DuplicateValueError` when the period has one. */
  create(value: NewEntity<PeriodClosure>): Promise<PeriodClosure> {
    return this.addValidated(value);
  }

  /** The closure of a plan's period, or null. */
  async byPeriod(planId: Id, ref: PeriodRef): Promise<PeriodClosure | null> {
    const [found] = await this.find({ filter: `UniqueKey eq ${quote(closureKey(planId, ref))}`, top: 1 });
    return found ?? null;
  }

  /** Every closure of a plan, newest period first. */
  async byPlan(planId: Id): Promise<PeriodClosure[]> {
    return (await this.find({ filter: `PlanId eq ${planId}` })).sort(
      (a, b) => b.periodYear - a.periodYear || b.period.localeCompare(a.period),
    );
  }

  /** Writes a change made by the close service, guarded by the ETag it read (412 → ConcurrencyError). */
  change(id: Id, value: Partial<PeriodClosure>, etag: string): Promise<PeriodClosure> {
    return this.updateValidated(id, value, etag);
  }
}
