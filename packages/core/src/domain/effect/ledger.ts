import type { Id, IsoDate } from '../common/types.js';
import type { Effect, Measurement } from './effect.js';
import { measurementDue, type MeasurementDue } from './schedule.js';

/** One row of the effect ledger: an effect of any plan with its latest measurement and what is due. */
export interface LedgerRow {
  effect: Effect;
  planYear: number | null;
  initiativeTitle: string;
  due: MeasurementDue;
  /** How many measurements the effect has (with those of the earlier years it continues). */
  measured: number;
  /** The first plan year of an effect carried forward from earlier plans; null when it has no earlier year. */
  sinceYear: number | null;
}

/**
 * The effect and the earlier years' effects it continues (newest first), following `carriedFromId` back; a
 * broken or circular chain stops where it breaks.
 */
export function effectLineage(effect: Effect, byId: ReadonlyMap<Id, Effect>): Effect[] {
  const chain = [effect];
  const seen = new Set([effect.id]);
  for (let from = effect.carriedFromId; from != null && !seen.has(from);) {
    const earlier = byId.get(from);
    if (!earlier) break;
    chain.push(earlier);
    seen.add(earlier.id);
    from = earlier.carriedFromId;
  }
  return chain;
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
 * measurement and due state on `today`, overdue first, then due, then by next due date, newest plan first. An
 * effect carried forward into a later plan is one row: the newest year's effect, measured over all its years.
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
  const byId = new Map(input.effects.map((e) => [e.id, e]));
  const continued = new Set(input.effects.map((e) => e.carriedFromId).filter((id) => id != null));
  return input.effects
    .filter((effect) => !continued.has(effect.id))
    .map((effect) => {
      const lineage = effectLineage(effect, byId);
      // The earlier years' measurements count as the effect's own: it is the same effect, measured on.
      const own = lineage
        .flatMap((e) => (byEffect.get(e.id) ?? []).map((m) => ({ ...m, effectId: effect.id })))
        .sort((a, b) => a.measuredAt.localeCompare(b.measuredAt));
      const first = lineage.length > 1 ? year.get(lineage[lineage.length - 1]!.planId) : undefined;
      return {
        effect,
        planYear: year.get(effect.planId) ?? null,
        initiativeTitle: title.get(effect.initiativeId) ?? '',
        due: measurementDue(effect, own, input.today),
        measured: own.length,
        sinceYear: first ?? null,
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
