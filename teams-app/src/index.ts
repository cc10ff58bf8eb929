export { startLocalStack, StackStartError } from './start/stack.js';
export type { LocalStack, LocalStackOptions } from './start/stack.js';
export { startAppServer } from './server/app-server.js';
export type { AppServerOptions, RunningAppServer, RouteHandler } from './server/app-server.js';
