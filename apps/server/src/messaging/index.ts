/** The app in conversations: link previews (unfurling) and the search message extension "Sök insats". */
export { parsePlanLink } from './links.js';
export type { PlanLinkTargets } from './links.js';
export { MAX_SEARCH_PAGE, PlanLinkService } from './plan-links.js';
export type { InitiativeHit, InitiativeSearch, PlanViewer, SearchOutcome } from './plan-links.js';
