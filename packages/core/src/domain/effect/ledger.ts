import type { Id, IsoDate } from '../common/types.js';
import type { Effect, Measurement } from './effect.js';
import { measurementDue, type MeasurementDue } from './schedule.js';

/** One row of the effect ledger: an effect of any plan with its latest measurement and what is due. */
export interface LedgerRow {
  effect: Effect;
  planYear: number | null;
  initiativeTitle: string;
  due: MeasurementDue;
  /** How many measurements the effect has. */
  measured: number;
}

const RANK: Record<MeasurementDue['state'], number> = {
  overdue: 0,
  due: 1,
  upcoming: 2,
  unscheduled: 3,
  complete: 4,
};

/**
 * The effect ledger across plans (effects live on after their plan year): every effect with its latest
 * measurement and due state on `today`, overdue first, then due, then by next due date, newest plan first.
 */
export function buildLedger(input: {
  effects: readonly Effect[];
  measurements: readonly Measurement[];
  plans: readonly { id: Id; planYear: number }[];
  initiatives: readonly { id: Id; title: string }[];
  today: IsoDate;
}): LedgerRow[] {
  const byEffect = new Map<Id, Measurement[]>();
  for (const m of input.measurements) {
    const list = byEffect.get(m.effectId) ?? [];
    list.push(m);
    byEffect.set(m.effectId, list);
  }
  const year = new Map(input.plans.map((p) => [p.id, p.planYear]));
  const title = new Map(input.initiatives.map((i) => [i.id, i.title]));
  return input.effects
    .map((effect) => {
      const own = byEffect.get(effect.id) ?? [];
      return {
        effect,
        planYear: year.get(effect.planId) ?? null,
        initiativeTitle: title.get(effect.initiativeId) ?? '',
        due: measurementDue(effect, own, input.today),
        measured: own.length,
      };
    })
    .sort(
      (a, b) =>
        RANK[a.due.state] - RANK[b.due.state] ||
        (a.due.nextDue ?? '9999').localeCompare(b.due.nextDue ?? '9999') ||
        (b.planYear ?? 0) - (a.planYear ?? 0) ||
        a.effect.title.localeCompare(b.effect.title, 'sv'),
    );
}
