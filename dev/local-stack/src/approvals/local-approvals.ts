import { DEMO_USERS, TENANT_ID } from '@devplan/sp-emulator';
import { SealSigner, type PlanSite } from '@devplan/sharepoint';
import { SEAL_KEYS_PROPERTY, type ReminderPolicy, type SealPrivateKey } from '@devplan/core';
import { LocalConnector, type ConnectorUser, type InvokeAnswer } from '../connector/connector.js';
import { createApprovalsHost, parseSealKey, staticDirectory, type ApprovalsHost } from '@devplan/server';

/** The local bot's app id (a real deployment uses its Entra app registration's client id). */
export const LOCAL_BOT_APP_ID = '3d0c8a57-5f1e-4b7a-9c2d-6e8f0a1b2c3d';
/** The audience of the API's tokens (`api://…` of the app registration; the emulator issues it locally). */
export const API_AUDIENCE = 'api://utvecklingsplan';

/**
 * What approvals need of the Bot Framework connector: the `LocalConnector` in this process, or one running in
 * a process of its own (the approvals bench, where Teams' side is not in the app server's process).
 */
export interface ApprovalsConnector {
  /** The connector's base URL: the service URL of the activities it sends. */
  readonly origin: string;
  /** Where the bot looks for the connector's signing keys (a Teams SDK `cloud` override). */
  readonly cloudOverrides: { openIdMetadataUrl: string; tokenIssuer: string };
  /** A token for the bot's calls to the connector (what Entra would issue for the Bot API). */
  appToken(): Promise<string>;
  /** Sets the bot's messaging endpoint. */
  setBotEndpoint(url: string): void | Promise<void>;
  /** Installs the app for a person, as Teams does. */
  install(userKey: string): Promise<InvokeAnswer>;
  /** Stops the connector. */
  close(): Promise<void>;
}

/** Settings of local approvals. */
export interface LocalApprovalsOptions<C extends ApprovalsConnector = LocalConnector> {
  site: PlanSite;
  emulatorOrigin: string;
  /** Port of the local connector (0 = any free port); not used when `connector` is given. */
  connectorPort: number;
  /**
   * A connector already running, that knows the demo users and `people` (default: a `LocalConnector` started
   * here on `connectorPort`). It is closed with the approvals.
   */
  connector?: C;
  clock?: () => Date;
  policy?: ReminderPolicy;
  /** Seconds between reminder sweeps (0 = none; tests run sweeps themselves). */
  sweepSeconds?: number;
  /**
   * The private key that seals decisions and publications (default: `APPROVAL_SEAL_KEY`, else a new key for
   * this run). Its public half is written to the tenant property readers check seals with.
   */
  sealKey?: SealPrivateKey;
  /**
   * People besides the demo users (default: none), in the directory, the connector and installed by `attach`
   * like them; the emulator must know them too (`EmulatorOptions.users`). For benches with many approvers.
   */
  people?: readonly ConnectorUser[];
}

/** Local approvals: the connector standing in for Teams and the approvals host wired to it. */
export interface LocalApprovals<C extends ApprovalsConnector = LocalConnector> {
  connector: C;
  host: ApprovalsHost;
  /** Seals content as the app server does (for tests that must write what the app writes). */
  sealer: SealSigner;
  /** Points the connector at the running app server, installs the app for the demo users, starts sweeps. */
  attach(appUrl: string): Promise<void>;
  close(): Promise<void>;
}

/** The emulator's demo users as a directory and as connector users. */
export const DEMO_PEOPLE = DEMO_USERS.filter((u) => u.upn).map((u) => ({
  key: u.key,
  oid: u.oid,
  upn: u.upn,
  displayName: u.displayName,
}));

/**
 * Starts the local Bot Framework connector and wires approvals to it. The bot validates the connector's
 * tokens exactly as Bot Framework tokens (key discovery points at the connector); unauthenticated requests
 * are accepted only with the explicit local setting `BOT_ALLOW_UNAUTHENTICATED_LOCAL=1`.
 */
export async function startLocalApprovals<C extends ApprovalsConnector = LocalConnector>(
  options: LocalApprovalsOptions<C>,
): Promise<LocalApprovals<C>> {
  const envKey = process.env['APPROVAL_SEAL_KEY'] ? parseSealKey(process.env['APPROVAL_SEAL_KEY']) : null;
  const sealKey = options.sealKey ?? envKey ?? (await SealSigner.generateKey(`local-${Date.now()}`));
  const sealer = new SealSigner(sealKey);
  const people = options.people?.length ? [...DEMO_PEOPLE, ...options.people] : DEMO_PEOPLE;
  // What a SharePoint administrator does once per tenant: publish the public key where readers look for it.
  await options.site.sp.web.setStorageEntity(
    SEAL_KEYS_PROPERTY,
    JSON.stringify({ keys: [sealer.publicKey] }),
    'Utvecklingsplanen: nycklar som appens sigill kontrolleras med / keys the app’s seals are checked with',
  );
  const connector =
    options.connector ??
    // Without a connector of its own type, C is its default, LocalConnector.
    ((await LocalConnector.start({
      port: options.connectorPort,
      botAppId: LOCAL_BOT_APP_ID,
      tenantId: TENANT_ID,
      users: people,
    })) as unknown as C);
  const host = await createApprovalsHost({
    site: options.site,
    directory: staticDirectory(people),
    bot: {
      appId: LOCAL_BOT_APP_ID,
      tenantId: TENANT_ID,
      token: () => connector.appToken(),
      cloud: connector.cloudOverrides,
      serviceUrl: connector.origin,
      dangerouslyAllowUnauthenticatedLocalRequests: process.env['BOT_ALLOW_UNAUTHENTICATED_LOCAL'] === '1',
    },
    api: {
      issuer: `${options.emulatorOrigin}/_local`,
      audience: API_AUDIENCE,
      jwksUri: `${options.emulatorOrigin}/_local/.well-known/jwks.json`,
    },
    cardSecret: process.env['APPROVAL_CARD_SECRET'] ?? 'local-development-only-card-secret',
    sealKey,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
  });
  let stopSweeps = (): Promise<void> => Promise.resolve();
  return {
    connector,
    host,
    sealer,
    attach: async (appUrl) => {
      await connector.setBotEndpoint(`${appUrl}/api/messages`);
      host.models.tabUrl = `${appUrl}/tab/`;
      for (const person of people) {
        const answer = await connector.install(person.key);
        if (answer.status >= 300)
          throw new Error(
            `Installing the app for ${person.key} failed: ${answer.status} ${JSON.stringify(answer.body)}`,
          );
      }
      if (options.sweepSeconds) stopSweeps = host.sweepEvery(options.sweepSeconds * 1000);
    },
    close: async () => {
      // What a sweep or a completion has under way finishes while SharePoint and the connector are still there.
      await stopSweeps();
      await host.notifier.completions.idle();
      await connector.close();
    },
  };
}
