export { latestByInitiative, READER_EFFECT_FIELDS, READER_INITIATIVE_FIELDS } from './plan-view.js';
export type {
  PlanView,
  PlanViewPart,
  DecisionHistory,
  ReaderEffectData,
  ReaderInitiativeData,
  ReaderPlanView,
} from './plan-view.js';
