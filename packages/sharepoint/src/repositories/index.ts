export { CREATE_KEY, ListRepository, PAGE_SIZE, ReadRepository } from './list-repository.js';
export type { ListQuery } from './list-repository.js';
export {
  PlanRepository,
  DecisionRepository,
  FocusAreaRepository,
  InitiativeRepository,
  ActivityRepository,
  FollowUpRepository,
  ApprovalDecisionRepository,
  PublishedFollowUpRepository,
  EffectRepository,
  MeasurementRepository,
  AuditLogRepository,
  type AuditInput,
  ConversationRepository,
  ApprovalCardRepository,
  DelegationRepository,
  createRepositories,
} from './repositories.js';
export type { Repositories } from './repositories.js';
export { PeriodClosureRepository } from './period-closures.js';
export { PrincipleRoundRepository, PrincipleAssessmentRepository } from './principles.js';
export { ReportLibrary } from './report-library.js';
export type { ReportMetadata } from './report-library.js';
