import plan from './plan-2026.json' with { type: 'json' };
import type { PlanSeed } from './types.js';

/**
 * The 2026 plan (KS 2025-10-15 § 301, STK-2025-1042), transcribed faithfully from the city's own
 * document into `plan-2026.json`: 3 focus areas, 13 planned initiatives with their activities and goals,
 * the four principles, the decision chain, 7 MSEK.
 */
export const PLAN_2026: PlanSeed = plan as PlanSeed;
