export { ListRepository, PAGE_SIZE } from './list-repository.js';
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
  ConversationRepository,
  ApprovalCardRepository,
  DelegationRepository,
  createRepositories,
} from './repositories.js';
export type { Repositories } from './repositories.js';
