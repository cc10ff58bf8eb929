import type { PlanSite } from '@devplan/sharepoint';
import type { EntraTokenValidator } from '../auth/entra.js';
import type { ApprovalsHost } from '../approvals/host.js';
import type { RouteHandler } from './app-server.js';
import { auditRoutes } from '../audit/routes.js';
import { legalRoutes } from '../legal/pages.js';
import { plansRoutes } from '../plans/routes.js';
import { principlesRoutes } from '../principles/routes.js';
import { reportsRoutes } from '../reports/routes.js';

/**
 * What the app's routes are built from; the same in production (`server/main.ts`) and in the local stack
 * (`start/stack.ts`): only how each dependency was made differs (certificate vs. emulator token, Entra vs.
 * emulator keys, Bot Framework vs. the local connector).
 */
export interface AppRouteDependencies {
  /** The plan site as the app's own identity. */
  site: PlanSite;
  /** Approvals: the bot endpoint, the approvals API and the services behind them. */
  approvals: ApprovalsHost;
  /** Validates the bearer tokens of the app's APIs (Entra v2 tokens in production). */
  apiTokens: EntraTokenValidator;
  /** The app's clock. */
  clock: () => Date;
}

/** One feature's routes, built from the dependencies. */
export type RouteModule = (deps: AppRouteDependencies) => RouteHandler | RouteHandler[];

/**
 * The app's feature routes, tried in this order before the pages. To add a feature, append one line here
 * (it then runs in production and in the local stack alike).
 */
export const APP_ROUTE_MODULES: readonly RouteModule[] = [
  // The bot's messaging endpoint (`/api/messages`) and the approvals API (`/api/approvals/*`).
  (deps) => deps.approvals.routes,
  // The tab's audit trail of edits (`POST /api/audit/changes`).
  auditRoutes,
  // Period close, the committee report and the Excel export (`/api/reports/*`).
  reportsRoutes,
  // The yearly cycle: new plan years and the decision chain (`/api/plans*`).
  plansRoutes,
  // The follow-up of the principles per administration: rounds and self-assessments (`/api/principles/*`).
  principlesRoutes,
  // The privacy and terms pages the Teams manifest links to (`/privacy`, `/terms`), Swedish and English.
  legalRoutes,
];

/**
 * Builds the app server's routes from its dependencies: every module of `APP_ROUTE_MODULES`, then
 * `extra` (routes that only one host has, e.g. local development pages).
 */
export function composeAppRoutes(
  deps: AppRouteDependencies,
  extra: readonly RouteHandler[] = [],
): RouteHandler[] {
  return [...APP_ROUTE_MODULES.flatMap((build) => build(deps)), ...extra];
}
