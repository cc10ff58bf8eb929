export { approvalCard, changesSincePrevious, CARD_VERBS } from './approval-card.js';
export type { ApprovalCardModel, CardData, CardVerb, CardView } from './approval-card.js';
export {
  CARD_STATUS_ICONS,
  PLAN_LINK_VERBS,
  planLinkCard,
  planLinkUnavailableCard,
} from './plan-link-card.js';
export type { PlanLink, PlanLinkAudience, PlanLinkCardModel, PlanLinkKind } from './plan-link-card.js';
export type { AdaptiveCardJson, CardElement, ExecuteAction, OpenUrlAction } from './types.js';
export { adaptiveCard } from './types.js';
export {
  CARD_BUDGET_BYTES,
  CARD_TEXT_LIMITS,
  cardBytes,
  fitCard,
  shortenText,
  TEAMS_MESSAGE_LIMIT_BYTES,
  utf8Bytes,
} from './budget.js';
