import { spfi } from '@pnp/sp/index.js';
import type { CloudEnvironment } from '@microsoft/teams.api';
import { PlanSite, TokenAuthenticated } from '@devplan/sharepoint';
import { certificateTokenProvider, type CertificateTestSeams } from '../auth/certificate.js';
import { graphDirectory } from '../approvals/graph-directory.js';
import { createApprovalsHost, type ApprovalsHost } from '../approvals/host.js';
import { startAppServer, type RunningAppServer } from './app-server.js';
import { composeAppRoutes } from './compose.js';
import type { ProductionSettings } from './settings.js';

/**
 * Test seams: where the offline integration test points Entra ID (its token endpoint and keys), Graph and
 * the Bot Framework's key discovery. They cannot be set from the environment; the production entry point
 * (`server/main.ts`) never passes them, so a deployed server always talks to Microsoft's endpoints.
 */
export interface ProductionTestSeams {
  /** MSAL's HTTP client and authority metadata (the certificate sign-in goes to a local token endpoint). */
  msal?: CertificateTestSeams;
  /** The issuer and keys the API's tokens are validated against. */
  api?: { issuer: string; jwksUri: string };
  /** Microsoft Graph's base URL. */
  graphBaseUrl?: string;
  /** Bot Framework key discovery and token issuer. */
  botCloud?: Partial<CloudEnvironment>;
  clock?: () => Date;
}

/** The running production server. */
export interface RunningProductionServer {
  app: RunningAppServer;
  site: PlanSite;
  approvals: ApprovalsHost;
  close(): Promise<void>;
}

/**
 * Starts the production app server: SharePoint app-only with the certificate (`Sites.Selected`, through the
 * `TokenAuthenticated` behaviour), the directory through Microsoft Graph with the same certificate, the bot
 * endpoint validating Bot Framework tokens, the API validating the tenant's Entra tokens, the approval sweep,
 * and the built web pages. Nothing is reached at start-up; `/api/health` reads the site.
 */
export async function startProductionServer(
  settings: ProductionSettings,
  seams: ProductionTestSeams = {},
): Promise<RunningProductionServer> {
  const sharePointOrigin = new URL(settings.siteUrl).origin;
  const sharePointToken = certificateTokenProvider(
    settings.certificate,
    [`${sharePointOrigin}/.default`],
    seams.msal,
  );
  const graphToken = certificateTokenProvider(
    settings.certificate,
    ['https://graph.microsoft.com/.default'],
    seams.msal,
  );
  const site = new PlanSite(
    spfi(settings.siteUrl).using(TokenAuthenticated(sharePointToken)),
    settings.siteUrl,
  );
  const clock = seams.clock ?? (() => new Date());
  const approvals = await createApprovalsHost({
    site,
    directory: graphDirectory({
      token: graphToken,
      ...(seams.graphBaseUrl ? { baseUrl: seams.graphBaseUrl } : {}),
    }),
    bot: { ...settings.approvals.bot, ...(seams.botCloud ? { cloud: seams.botCloud } : {}) },
    api: { ...settings.approvals.api, ...seams.api },
    cardSecret: settings.approvals.cardSecret,
    sealKey: settings.approvals.sealKey,
    clock,
    policy: settings.policy,
    channelSummaries: settings.channelSummaries,
    ...(settings.tabUrl ? { tabUrl: settings.tabUrl } : {}),
    ...(settings.teamsAppId ? { teamsAppId: settings.teamsAppId } : {}),
    ...(settings.sealLegacyBefore ? { sealLegacyBefore: settings.sealLegacyBefore } : {}),
  });
  const app = await startAppServer({
    port: settings.port,
    host: settings.host,
    site,
    routes: composeAppRoutes({ site, approvals, apiTokens: approvals.tokens, clock }),
    browserConfig: {
      naa: {
        clientId: settings.naaClientId,
        authority: `https://login.microsoftonline.com/${settings.certificate.tenantId}`,
      },
    },
    home: '/tab/',
    hideErrorDetails: true,
    ...(settings.webDir ? { webDirs: [settings.webDir] } : {}),
  });
  const stopSweeps = settings.sweepSeconds
    ? approvals.sweepEvery(settings.sweepSeconds * 1000)
    : () => Promise.resolve();
  return {
    app,
    site,
    approvals,
    close: async () => {
      await stopSweeps();
      await approvals.notifier.completions.idle();
      await app.close();
    },
  };
}
