export { PRINCIPLE_LEVELS, ROUND_STATES, ADMINISTRATIONS_2026, levelNumber } from './principles.js';
export type { PrincipleLevel, RoundState, PrincipleRound, PrincipleAssessment } from './principles.js';
export {
  sameName,
  planAdministrations,
  assessmentKey,
  openRoundKey,
  latestRound,
  principleMatrix,
  planPrincipleMatrix,
  snapshotPrinciples,
} from './matrix.js';
export type { PrincipleCell, PrincipleRow, PrincipleMatrix, SnapshotPrinciples } from './matrix.js';
export { RoundRefusedError, StaleAssessmentError, assertRoundOpen, assessedNames } from './rules.js';
export { principlesReportSection } from './report.js';
export type { ReportPrinciples } from './report.js';
