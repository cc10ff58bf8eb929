export {
  isFramed,
  decideHost,
  themeFromTeams,
  themeFromQuery,
  pageFromQuery,
  hashFromSubPage,
  TEAMS_INIT_TIMEOUT_MS,
} from './host-decision.js';
export type { HostDecision, FrameFacts, TabTheme, TabPage } from './host-decision.js';
