import { startEmulator, type RunningEmulator, type RequestLogEntry } from '@devplan/sp-emulator';
import { startLocalTeams, type LocalTeams } from '../../approvals/local-teams';
import { startLossyProxy, type LossyProxy } from './lossy-proxy';

/** A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fault injection settings of the emulator for the faulty phase. */
export interface FaultSettings {
  seed: number;
  /** Share of `_api` requests answered 429/503 with Retry-After. */
  rate: number;
  /** Share of `_api` requests whose connection is dropped. */
  dropRate: number;
  retryAfterSeconds: number;
  /**
   * Share of `_api` writes whose answer is lost after the emulator processed them (a proxy in front of the
   * emulator drops the connection); 0 or absent: no proxy.
   */
  lostAnswerRate?: number;
  /** With a lost-answer rate: the answer of the first write whose decoded path matches is always lost. */
  loseFirstAnswerOf?: RegExp;
}

/** The local Teams world (emulator, app server with bot and API, connector) with switchable, seeded faults. */
export interface FaultyWorld extends LocalTeams {
  /** Turns the emulator's fault injection on or off (off during set-up and verification). */
  faults(on: boolean): void;
  /** Writes whose answers the proxy lost (empty without `lostAnswerRate`). */
  lostAnswers: string[];
  /** Requests the emulator answered with an injected fault (429/503) or dropped (status 0), since `since`. */
  faultedRequests(since?: number): {
    throttled: RequestLogEntry[];
    dropped: RequestLogEntry[];
    total: number;
  };
}

/**
 * Starts the world. The emulator's own fault injection (`faults` option of `startEmulator`) draws from
 * `Math.random`, read once when the emulator starts; it is started here with a seeded generator in its
 * place that answers "no fault" while faults are switched off, so set-up is clean and the faulty phase
 * repeatable. Initiatives with an even index are owned by `staff`, the others by `staff2`; `approver`
 * approves all.
 */
export async function startFaultyWorld(settings: FaultSettings, clock: () => Date): Promise<FaultyWorld> {
  const draw = seeded(settings.seed);
  let faultsOn = false;
  const rate = settings.lostAnswerRate;
  const lossy: { proxy?: LossyProxy } = {};
  const teams = await startLocalTeams(undefined, {
    startEmulator: async () => {
      const realRandom = Math.random;
      Math.random = () => (faultsOn ? draw() : 1);
      try {
        return await startEmulator({
          port: 0,
          dbFile: ':memory:',
          faults: {
            rate: settings.rate,
            dropRate: settings.dropRate,
            retryAfterSeconds: settings.retryAfterSeconds,
            statuses: [429, 503],
          },
        });
      } finally {
        Math.random = realRandom;
      }
    },
    ...(rate
      ? {
          front: async (emulator: RunningEmulator) => {
            const proxy = await startLossyProxy(
              emulator.origin,
              rate,
              settings.seed + 7,
              settings.loseFirstAnswerOf,
            );
            lossy.proxy = proxy;
            return {
              siteUrl: `${proxy.origin}${new URL(emulator.siteUrl).pathname}`,
              close: () => proxy.close(),
            };
          },
        }
      : {}),
    retries: 4,
    clock,
    owners: ['staff', 'staff2'],
  });
  const { emulator } = teams;
  return {
    ...teams,
    faults: (on) => {
      faultsOn = on;
      lossy.proxy?.losing(on);
    },
    lostAnswers: lossy.proxy?.lost ?? [],
    faultedRequests: (since = 0) => {
      const log = emulator.requestLog().filter((e) => Date.parse(e.at) >= since && /\/_api\//.test(e.url));
      const throttled = log.filter((e) => e.status === 429 || e.status === 503);
      const dropped = log.filter((e) => e.status === 0);
      return { throttled, dropped, total: log.length };
    },
  };
}
