export { EFFECT_KINDS, EFFECT_DIRECTIONS, isMeasurable } from './effect.js';
export type { Effect, EffectKind, EffectDirection, Measurement } from './effect.js';
