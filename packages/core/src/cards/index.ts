export { approvalCard, changesSincePrevious, CARD_VERBS } from './approval-card.js';
export type { ApprovalCardModel, CardData, CardVerb, CardView } from './approval-card.js';
export type { AdaptiveCardJson, CardElement, ExecuteAction } from './types.js';
