/** Benefit realisation in the tab: effects with charts and measurements, the effect ledger, the dashboard. */
export { EffectsSection, EFFECTS_HEADING_ID } from './EffectsSection.js';
export { EffectCard } from './EffectCard.js';
export { MeasurementForm, measurementFieldId } from './MeasurementForm.js';
export { EffectLedger } from './EffectLedger.js';
export { DashboardPage } from './DashboardPage.js';
export { DueLabel } from './DueLabel.js';
export { useMeasurements } from './useMeasurements.js';
