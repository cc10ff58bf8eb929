export { createApprovalBot } from './bot.js';
export type { ApprovalBot, BotServices, BotSettings } from './bot.js';
export { AppServerAdapter, MAX_BOT_ACTIVITY_BYTES } from './route-adapter.js';
export { SEARCH_COMMAND_ID, SEARCH_PARAMETER } from './compose-extensions.js';
