/**
 * The app server's parts, for the production entry point (`server/main.ts`), the local stack and the tests:
 * the HTTP server and its route composition, approvals (bot, decisions, cards, notifier), audit, reports and
 * sign-in.
 */
export * from './server/index.js';
export * from './approvals/index.js';
export * from './audit/index.js';
export * from './auth/index.js';
export * from './bot/index.js';
export * from './reports/index.js';
export * from './messaging/index.js';
export * from './legal/index.js';
