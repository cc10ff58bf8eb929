export { approvalCard, changesSincePrevious, CARD_VERBS } from './approval-card.js';
export type { ApprovalCardModel, CardData, CardVerb, CardView } from './approval-card.js';
export type { AdaptiveCardJson, CardElement, ExecuteAction, OpenUrlAction } from './types.js';
export { CARD_BUDGET_BYTES, cardBytes, shortenText, TEAMS_MESSAGE_LIMIT_BYTES, utf8Bytes } from './budget.js';
