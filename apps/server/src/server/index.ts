/**
 * The HTTP app server: one server for the bot endpoint, the APIs, `/config.json` and the built pages; the
 * route composition shared by production and the local stack; production settings and start-up.
 */
export { localeOf, startAppServer } from './app-server.js';
export type { AppServerOptions, RunningAppServer, RouteHandler } from './app-server.js';
export { composeAppRoutes, APP_ROUTE_MODULES } from './compose.js';
export type { AppRouteDependencies, RouteModule } from './compose.js';
export { SettingsError, EnvReader, isGuid } from './env.js';
export type { SettingProblem, SettingHelp, SettingCheck } from './env.js';
export { PRODUCTION_VARIABLES, settingsExample, productionSettingsFromEnv } from './settings.js';
export type { ProductionSettings, SettingsContext } from './settings.js';
export { startProductionServer } from './production.js';
export type { ProductionTestSeams, RunningProductionServer } from './production.js';
export {
  MAX_API_BODY_BYTES,
  BodyTooLargeError,
  json,
  apiNotFound,
  readBodyCapped,
  readJsonObject,
  withApiErrors,
} from './api-kit.js';
export { serveStatic } from './static-files.js';
