export { createApprovalBot } from './bot.js';
export type { ApprovalBot, BotServices, BotSettings } from './bot.js';
export { AppServerAdapter } from './route-adapter.js';
