import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spfi } from '@pnp/sp/index.js';
import type { EmulatorOptions, RunningEmulator } from '@devplan/sp-emulator';
import { PlanSite, provision, SealSigner, TokenAuthenticated, createRepositories } from '@devplan/sharepoint';
import type { SealPrivateKey } from '@devplan/core';
import { parseSealKey } from '@devplan/server';
import {
  EXAMPLE_2026,
  exampleDataState,
  importPlan,
  PLAN_2026,
  type ExampleDataReport,
} from '@devplan/sharepoint/seed';
import { startAppServer, composeAppRoutes, type RunningAppServer } from '@devplan/server';
import { startPageRoute } from './start-page.js';
import { writeExampleData } from './example-data.js';
import { startDemoIntranet, type DemoIntranet } from '../intranet/demo-intranet.js';
import { API_AUDIENCE, startLocalApprovals, type LocalApprovals } from '../approvals/local-approvals.js';

/** Settings of the local stack. */
export interface LocalStackOptions {
  /** Emulator port (0 = any free port). */
  spPort: number;
  /** App server port (0 = any free port). */
  appPort: number;
  /** SQLite file of the emulator, or ':memory:'. */
  dbFile: string;
  /** Folders of built browser pages (the tab; the card inbox and web part preview) served by the app server. */
  webDirs?: readonly string[];
  /** Extra emulator settings (fault injection, threshold) for tests. */
  emulator?: Omit<EmulatorOptions, 'port' | 'dbFile'>;
  /** Progress lines. */
  log?: (line: string) => void;
  /** Port of the local Bot Framework connector (0 = any free port; default 0). */
  connectorPort?: number;
  /** Seconds between approval reminder sweeps (default 30; 0 = none). */
  approvalSweepSeconds?: number;
  /** Port of the demo intranet page, another origin with the reader web component (0 = any free port; default 0). */
  intranetPort?: number;
  /**
   * Write the 2026 plan's example data (owners, approvers, timelines, effects, a year of follow-ups), marked as
   * such in every view. Default false: tests get the clean plan unless they ask; `npm start` turns it on
   * (`--no-example-data` leaves it off).
   */
  exampleData?: boolean;
}

/** The running local stack: the emulated plan site with the plan in it, and the app server. */
export interface LocalStack {
  emulator: RunningEmulator;
  app: RunningAppServer;
  /** The plan site as the app's own identity. */
  site: PlanSite;
  /** Approvals: the local Bot Framework connector and the bot, API and notifier wired to it. */
  approvals: LocalApprovals;
  /** The demo intranet page on another origin, with `<utvecklingsplan-reader>` signed in as the demo reader. */
  intranet: DemoIntranet;
  /** What writing the example data did (null when the stack was started without it). */
  exampleData: ExampleDataReport | null;
  close(): Promise<void>;
}

/** A part of the stack could not start (e.g. its port is taken). */
export class StackStartError extends Error {
  override readonly name = 'StackStartError';
  constructor(
    readonly component: 'emulator' | 'app' | 'intranet',
    readonly port: number,
    readonly causeError: unknown,
  ) {
    super(
      `${component} could not start on port ${port}: ${causeError instanceof Error ? causeError.message : String(causeError)}`,
    );
  }
}

/**
 * The local seal key kept beside the emulator's data (`.data/seal-key.local.json`, created on first start):
 * publications sealed in an earlier run keep checking after a restart. Never used outside the local stack.
 */
async function keptSealKey(dbFile: string): Promise<SealPrivateKey> {
  const file = join(dirname(dbFile), 'seal-key.local.json');
  const kept = existsSync(file) ? parseSealKey(readFileSync(file, 'utf8')) : null;
  if (kept) return kept;
  const key = await SealSigner.generateKey(`local-${Date.now()}`);
  writeFileSync(file, JSON.stringify(key), { mode: 0o600 });
  return key;
}

/**
 * Starts the embedded SharePoint emulator, provisions the lists (idempotent), imports the 2026 plan
 * when the site has none, starts the app server and, when asked (`exampleData`), writes the plan's example data
 * through it (once). Used by `npm start` and by the end-to-end tests.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const log = options.log ?? (() => undefined);
  const { startEmulator } = await import('@devplan/sp-emulator');
  if (options.dbFile !== ':memory:') mkdirSync(dirname(options.dbFile), { recursive: true });

  let emulator: RunningEmulator;
  try {
    emulator = await startEmulator({
      ...options.emulator,
      port: options.spPort,
      host: '127.0.0.1',
      dbFile: options.dbFile,
    });
  } catch (error) {
    throw new StackStartError('emulator', options.spPort, error);
  }
  const site = new PlanSite(
    spfi(emulator.siteUrl).using(TokenAuthenticated(() => emulator.issueToken('app'))),
    emulator.siteUrl,
  );

  try {
    log('Förbereder listorna … / Provisioning the lists …');
    const steps = await provision(site);
    const changed = steps.filter((s) => s.outcome !== 'unchanged');
    log(`  ${changed.length} ändringar, ${steps.length - changed.length} oförändrade / changes, unchanged`);

    const report = await importPlan(createRepositories(site), PLAN_2026, { actor: 'npm start' });
    log(
      report.unchanged
        ? `Planen ${report.plan.planYear} finns redan. / The ${report.plan.planYear} plan is already there.`
        : `Importerade planen ${report.plan.planYear} / Imported the plan: ${JSON.stringify(report.created)}`,
    );
  } catch (error) {
    await emulator.close();
    throw error;
  }

  let approvals: LocalApprovals;
  try {
    approvals = await startLocalApprovals({
      site,
      ...(options.dbFile === ':memory:' ? {} : { sealKey: await keptSealKey(options.dbFile) }),
      emulatorOrigin: emulator.origin,
      connectorPort: options.connectorPort ?? 0,
      sweepSeconds: options.approvalSweepSeconds ?? 30,
    });
  } catch (error) {
    await emulator.close();
    throw error;
  }

  // The demo intranet page starts after the app server (it loads the element's script from it); the start page
  // reads its address when it is asked, by then known.
  const intranetPort = options.intranetPort ?? 0;
  let intranetUrl = '';
  let app: RunningAppServer;
  try {
    app = await startAppServer({
      // The same route composition as production (server/compose.ts); add features there. Only the local
      // start page is this host's own.
      routes: composeAppRoutes(
        { site, approvals: approvals.host, apiTokens: approvals.host.tokens, clock: () => new Date() },
        [
          startPageRoute({
            site,
            emulatorOrigin: emulator.origin,
            siteUrl: emulator.siteUrl,
            intranetUrl: () => intranetUrl,
          }),
        ],
      ),
      port: options.appPort,
      site,
      browserConfig: {
        // The audience of the app server's API: the tab's local sign-in asks the emulator for such tokens.
        apiAudience: API_AUDIENCE,
        // The card inbox talks to the local Bot Framework connector.
        connectorOrigin: approvals.connector.origin,
        signIn: {
          tokenEndpoint: `${emulator.origin}/_local/token`,
          usersEndpoint: `${emulator.origin}/_local/users`,
        },
      },
      webDirs: options.webDirs ?? [],
    });
  } catch (error) {
    await approvals.close();
    await emulator.close();
    throw new StackStartError('app', options.appPort, error);
  }
  try {
    await approvals.attach(app.url);
  } catch (error) {
    await app.close();
    await approvals.close();
    await emulator.close();
    throw error;
  }
  log(
    `Lokal Bot Framework-anslutning / local connector: ${approvals.connector.origin}; kortinkorg / card inbox: ${app.url}/inbox/`,
  );
  // Example data is written through the running app server, as the people would write it in the tab.
  let exampleData: ExampleDataReport | null = null;
  try {
    if (options.exampleData) {
      log('Skriver exempeldata … / Writing example data …');
      exampleData = await writeExampleData({ emulator, site, approvals, appUrl: app.url, log });
    } else if ((await exampleDataState(createRepositories(site), EXAMPLE_2026)).marked) {
      log(
        'Webbplatsen har exempeldata från en tidigare start; radera .data/ för att börja utan. / The site holds example data from an earlier start; delete .data/ to start without it.',
      );
    }
  } catch (error) {
    await app.close();
    await approvals.close();
    await emulator.close();
    throw error;
  }
  let intranet: DemoIntranet;
  try {
    const { DEMO_USERS } = await import('@devplan/sp-emulator');
    const reader = DEMO_USERS.find((u) => u.key === 'reader')!;
    intranet = await startDemoIntranet({
      port: intranetPort,
      appUrl: app.url,
      siteUrl: emulator.siteUrl,
      user: { key: reader.key, displayName: reader.displayName },
    });
    intranetUrl = intranet.url;
  } catch (error) {
    await app.close();
    await approvals.close();
    await emulator.close();
    throw new StackStartError('intranet', intranetPort, error);
  }

  return {
    emulator,
    app,
    site,
    approvals,
    intranet,
    exampleData,
    close: async () => {
      await intranet.close();
      await app.close();
      await approvals.close();
      await emulator.close();
    },
  };
}
