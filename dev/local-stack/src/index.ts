/**
 * The local stack (development only): the emulator with the 2026 plan, the app server with the same routes as
 * production, a local Bot Framework connector and its card inbox, wired together for `npm start` and tests.
 */
export { startLocalStack, StackStartError } from './start/stack.js';
export type { LocalStack, LocalStackOptions } from './start/stack.js';
export {
  startDemoIntranet,
  demoIntranetPage,
  INTRANET_CSS,
  READER_ELEMENT_SCRIPT,
} from './intranet/demo-intranet.js';
export type { DemoIntranet, DemoIntranetOptions } from './intranet/demo-intranet.js';
export {
  startLocalApprovals,
  LOCAL_BOT_APP_ID,
  API_AUDIENCE,
  DEMO_PEOPLE,
} from './approvals/local-approvals.js';
export type {
  ApprovalsConnector,
  LocalApprovals,
  LocalApprovalsOptions,
} from './approvals/local-approvals.js';
export * from './connector/index.js';
