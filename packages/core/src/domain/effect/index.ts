export { EFFECT_KINDS, EFFECT_DIRECTIONS, isMeasurable } from './effect.js';
export type { Effect, EffectKind, EffectDirection, Measurement } from './effect.js';
export {
  DUE_STATES,
  DUE_WINDOW_DAYS,
  addDays,
  addMonths,
  latestMeasurement,
  measurementDue,
} from './schedule.js';
export type { DueState, MeasurementDue } from './schedule.js';
export { checkMeasurement, parseMeasuredValue } from './measurement.js';
export type { MeasurementDraft, CheckedMeasurement, MeasurementCheck } from './measurement.js';
export { buildLedger, effectLineage } from './ledger.js';
export type { LedgerRow } from './ledger.js';
