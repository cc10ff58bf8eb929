/**
 * The local Bot Framework connector, and the approvers' clicks, in a process of their own, for the approvals
 * bench: in Teams, the Bot Framework service and the people clicking are never in the app server's process,
 * so the bench does not let them share its thread (the connector signs, sends and parses each invoke, and
 * takes the bot's card updates).
 *
 * `forkConnector()` starts this file as a child process (`forkChild`): the child starts a `LocalConnector`
 * (unchanged) for the demo users and the bench's people, reports its origin, and serves the calls
 * `startLocalApprovals` makes of a connector (`ApprovalsConnector`), the inbox, and `clicks`: a round of
 * invokes sent at once from the child, each timed there, from sending it to the bot's answer.
 * `startBenchConnector()` is the same connector in the bench's own process (as before, for comparison).
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { TENANT_ID } from '@devplan/sp-emulator';
import {
  DEMO_PEOPLE,
  LOCAL_BOT_APP_ID,
  LocalConnector,
  type ApprovalsConnector,
  type ConnectorMessage,
  type ConnectorUser,
  type InvokeAnswer,
} from '@devplan/local-stack';
import { forkChild, isForkedChild, serveChild } from './child-process.ts';

/** The environment variable that hands the child its people besides the demo users (JSON). */
const PEOPLE_VARIABLE = 'DEVPLAN_BENCH_CONNECTOR_PEOPLE';

/** How long the bot reuses the connector's token (it lives an hour), as MSAL keeps the tokens it is issued. */
const TOKEN_REUSE_MS = 50 * 60 * 1000;

/** One click of a round: a person's `Action.Execute` on a card in their inbox. */
export interface BenchClick {
  user: string;
  activityId: string;
  verb: string;
  data: Record<string, unknown>;
}

/** A click's time from sending the invoke to the bot's answer, and whether the answer was a card. */
export interface ClickResult {
  ms: number;
  ok: boolean;
}

/** The bench's connector: what approvals need of one, the inbox, and rounds of clicks. */
export interface BenchConnector extends ApprovalsConnector {
  /** Every message the bot posted where a person is a member, newest first (`LocalConnector.inbox`). */
  inbox(userKey: string): Promise<ConnectorMessage[]>;
  /**
   * Sends every click at once, on the next turn of the event loop of the connector's process; resolves with
   * their times, in order.
   */
  clicks(clicks: readonly BenchClick[]): Promise<ClickResult[]>;
}

/**
 * The next turn of the event loop. A round of clicks starts on it, not in the same turn as the previous
 * round's last answer: the connector's `fetch` (undici) puts a connection back in its pool a tick after the
 * answer's body is read, so a round started at once found some of its 50 kept-alive connections still taken
 * and opened new ones (4 to 38 of 50, counted per round), which the server then took in spread out. The Bot
 * Framework service's connections to a bot are its own and do not hang on the bot's answers in this way.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Whether the bot answered an invoke with a card (what a click expects). */
export const answeredWithCard = (answer: InvokeAnswer): boolean =>
  answer.status === 200 &&
  (answer.body as { type?: unknown } | null)?.type === 'application/vnd.microsoft.card.adaptive';

/** Starts the local connector for the demo users and `people` in this process. */
export async function startBenchConnector(people: readonly ConnectorUser[]): Promise<BenchConnector> {
  const connector = await LocalConnector.start({
    port: 0,
    botAppId: LOCAL_BOT_APP_ID,
    tenantId: TENANT_ID,
    users: [...DEMO_PEOPLE, ...people],
  });
  const click = async ({ user, activityId, verb, data }: BenchClick): Promise<ClickResult> => {
    const t0 = performance.now();
    const answer = await connector.invoke(user, activityId, { verb, data });
    return { ms: performance.now() - t0, ok: answeredWithCard(answer) };
  };
  return {
    origin: connector.origin,
    cloudOverrides: connector.cloudOverrides,
    appToken: () => connector.appToken(),
    setBotEndpoint: (url) => connector.setBotEndpoint(url),
    install: (userKey) => connector.install(userKey),
    inbox: (userKey) => Promise.resolve(connector.inbox(userKey)),
    clicks: async (clicks) => {
      await nextTurn();
      return Promise.all(clicks.map(click));
    },
    close: () => connector.close(),
  };
}

/** Starts the local connector for the demo users and `people` in a child process (`startBenchConnector` there). */
export async function forkConnector(people: readonly ConnectorUser[]): Promise<BenchConnector> {
  const child = await forkChild<Pick<ApprovalsConnector, 'origin' | 'cloudOverrides'>>(
    fileURLToPath(import.meta.url),
    { [PEOPLE_VARIABLE]: JSON.stringify(people) },
  );
  let token: { value: Promise<string>; until: number } | null = null;
  return {
    ...child.started,
    // Held in the bot's process, as MSAL keeps the tokens it is issued (no call to the child per request).
    appToken() {
      if (!token || Date.now() >= token.until) {
        const value = child.call<string>('appToken');
        token = { value, until: Date.now() + TOKEN_REUSE_MS };
        value.catch(() => (token = null));
      }
      return token.value;
    },
    setBotEndpoint: (url) => child.call<void>('setBotEndpoint', url),
    install: (userKey) => child.call<InvokeAnswer>('install', userKey),
    inbox: (userKey) => child.call<ConnectorMessage[]>('inbox', userKey),
    clicks: (clicks) => child.call<ClickResult[]>('clicks', clicks),
    close: () => child.close(),
  };
}

if (isForkedChild()) {
  serveChild(async () => {
    const people = JSON.parse(process.env[PEOPLE_VARIABLE] || '[]') as ConnectorUser[];
    const connector = await startBenchConnector(people);
    return {
      started: { origin: connector.origin, cloudOverrides: connector.cloudOverrides },
      operations: {
        appToken: () => connector.appToken(),
        setBotEndpoint: (url: string) => connector.setBotEndpoint(url),
        install: (userKey: string) => connector.install(userKey),
        inbox: (userKey: string) => connector.inbox(userKey),
        clicks: (clicks: BenchClick[]) => connector.clicks(clicks),
      },
      close: () => connector.close(),
    };
  }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
