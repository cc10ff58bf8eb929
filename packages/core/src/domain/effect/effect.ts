import type { Id, IsoDate, Stored } from '../common/types.js';

/** Qualitative or financial effect. */
export const EFFECT_KINDS = ['qualitative', 'financial'] as const;
/** Kind of an effect. */
export type EffectKind = (typeof EFFECT_KINDS)[number];

/** Whether an effect is a benefit or a cost. */
export const EFFECT_DIRECTIONS = ['benefit', 'cost'] as const;
/** Direction of an effect. */
export type EffectDirection = (typeof EFFECT_DIRECTIONS)[number];

/** An expected effect of an initiative: its benefit-realisation plan (effekthemtagningsplan). */
export interface Effect extends Stored {
  planId: Id;
  initiativeId: Id;
  title: string;
  description: string;
  kind: EffectKind;
  direction: EffectDirection;
  /** What is measured. */
  indicator: string;
  /** How it is measured. */
  method: string;
  /** When it is measured (free text, e.g. "Varje tertial"). */
  schedule: string;
  /** How often a measurement is due, in months (null: no fixed interval, nothing is ever due). */
  measureEveryMonths: number | null;
  unit: string;
  baseline: number | null;
  baselineDate: IsoDate | null;
  target: number | null;
  targetDate: IsoDate | null;
  /** Who realises the effect. */
  realisedBy: string;
  /** Who follows it up. */
  followedUpBy: string;
  /** The same effect in the previous year's plan when a new plan carried it forward; null otherwise. */
  carriedFromId?: Id | null;
}

/** A measured value of an effect. */
export interface Measurement extends Stored {
  effectId: Id;
  measuredAt: IsoDate;
  value: number;
  comment: string;
}

/** True when the effect makes the goal measurable: indicator, baseline and target are all given. */
export function isMeasurable(effect: Pick<Effect, 'indicator' | 'baseline' | 'target'>): boolean {
  return effect.indicator.trim().length > 0 && effect.baseline !== null && effect.target !== null;
}
