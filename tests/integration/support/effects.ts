import type { Id } from '@devplan/core';

/**
 * A benefit-realisation effect of an initiative as tests add it (`repos.effects.add`): a quantity in days,
 * from a baseline of 30 on 2026-01-15 to a target of 20 by the end of 2028, measured every six months.
 */
export function handlingTimeEffect(planId: Id, initiativeId: Id) {
  return {
    planId,
    initiativeId,
    title: 'Kortare handläggningstid',
    kind: 'qualitative' as const,
    direction: 'benefit' as const,
    indicator: 'Dagar från ansökan till beslut',
    unit: 'dagar',
    baseline: 30,
    baselineDate: '2026-01-15',
    target: 20,
    targetDate: '2028-12-31',
    measureEveryMonths: 6,
  };
}
