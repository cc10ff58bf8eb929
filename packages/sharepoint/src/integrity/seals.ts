import '@pnp/sp/webs/index.js';
import {
  decisionSealPayload,
  groupBy,
  parseSeal,
  periodSealPayload,
  publicationSealPayload,
  SEAL_KEYS_PROPERTY,
  type ApprovalDecision,
  type PeriodClosure,
  type SealedPeriodContent,
  type SealPrivateKey,
  type PublishedFollowUp,
} from '@devplan/core';
import type { SPFI } from '@pnp/sp/index.js';
import { spCall } from '../client/errors.js';
import type { SealCheckMemory } from './seal-memory.js';

/** A public key seals are checked with: an ECDSA P-256 JWK and its key id. */
export interface SealPublicKey extends JsonWebKey {
  kid: string;
}

/** What a reader needs of a period's close to check its publications at once. */
export type PeriodSeal = Pick<PeriodClosure, 'planId' | 'periodYear' | 'period' | 'publicationsSeal'>;

const periodOf = (p: Pick<PublishedFollowUp, 'planId' | 'periodYear' | 'period'>): string =>
  `${p.planId}@${p.periodYear}-${p.period}`;

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;
const encoder = new TextEncoder();

const toBase64Url = (bytes: ArrayBuffer | Uint8Array): string => {
  let text = '';
  for (const byte of new Uint8Array(bytes)) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
};

/**
 * Resolves once the browser is idle after the work at hand (the first paint of the view comes first), or on the
 * next task where there is no idle callback (Node, older browsers).
 */
function afterPaint(): Promise<void> {
  const idle = (
    globalThis as { requestIdleCallback?: (run: () => void, options?: { timeout: number }) => number }
  ).requestIdleCallback;
  return new Promise<void>((resolve) => {
    if (idle) idle(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 0);
  });
}

/**
 * Checks seals with public keys only, with Web Crypto (a reader's browser, the tab and the server alike):
 * a seal names its key, and a key not in the set, a malformed seal or a signature that does not match the
 * content all fail.
 */
export class SealVerifier {
  private readonly keys: Map<string, Promise<CryptoKey>>;
  private readonly jwks: Map<string, SealPublicKey>;
  private memorising: Promise<void> = Promise.resolve();

  /** `memory`: checks that passed before (a returning reader's browser), so only new content is checked. */
  constructor(
    keys: readonly SealPublicKey[],
    private readonly memory?: SealCheckMemory,
  ) {
    this.jwks = new Map(keys.map((k) => [k.kid, k]));
    this.keys = new Map(
      keys.map((k) => [
        k.kid,
        globalThis.crypto.subtle.importKey(
          'jwk',
          { kty: k.kty, crv: k.crv, x: k.x, y: k.y, ext: true },
          ALGORITHM,
          false,
          ['verify'],
        ),
      ]),
    );
  }

  /** Whether `seal` is a valid signature over `payload` by one of the keys. */
  async verify(payload: string, seal: string | null | undefined): Promise<boolean> {
    const parsed = parseSeal(seal);
    const key = parsed ? this.keys.get(parsed.kid) : undefined;
    if (!parsed || !key) return false;
    try {
      return await globalThis.crypto.subtle.verify(
        SIGNING,
        await key,
        fromBase64Url(parsed.signature),
        encoder.encode(payload),
      );
    } catch (error) {
      // A signature of the wrong length or a key that failed to import: not a valid seal.
      console.warn(`[seals] a seal could not be checked: ${(error as Error).message}`);
      return false;
    }
  }

  /** Whether a publication carries the app's seal over its content. */
  publication(p: PublishedFollowUp): Promise<boolean> {
    return this.verify(publicationSealPayload(p), p.seal);
  }

  /**
   * The publications whose seal checks (order kept). A closed period whose seal (`periods`) checks over its
   * publications passes them all with that one check. The rest are checked one by one: with a memory, a
   * publication whose content, seal and key passed before is taken on its fingerprint, and those that pass now
   * are remembered. On a first visit (an empty memory) every seal is checked at once and the fingerprints are
   * made afterwards, once the browser is idle after the first paint (`remembered()` resolves when they are kept).
   */
  async publications(
    items: readonly PublishedFollowUp[],
    periods: readonly PeriodSeal[] = [],
  ): Promise<PublishedFollowUp[]> {
    const sealed = await this.sealedPeriods(items, periods);
    if (sealed.size === 0) return this.oneByOne(items);
    const ok = new Set(await this.oneByOne(items.filter((p) => !sealed.has(periodOf(p)))));
    return items.filter((p) => sealed.has(periodOf(p)) || ok.has(p));
  }

  /**
   * The closed periods (of `periods`) whose seal checks over exactly the publications of `items` in them: one
   * ECDSA check for the whole period. A period whose seal fails (a publication added, removed or changed after
   * the close) is left to the checks one by one.
   */
  private async sealedPeriods(
    items: readonly PublishedFollowUp[],
    periods: readonly PeriodSeal[],
  ): Promise<Set<string>> {
    const withSeal = periods.filter((c) => parseSeal(c.publicationsSeal));
    if (withSeal.length === 0) return new Set();
    const byPeriod = groupBy(items, periodOf);
    const checked = await Promise.all(
      withSeal.map(async (c) => {
        const key = periodOf(c);
        const payload = periodSealPayload(
          c.planId,
          { year: c.periodYear, period: c.period },
          byPeriod.get(key) ?? [],
        );
        return (await this.verify(payload, c.publicationsSeal)) ? key : null;
      }),
    );
    return new Set(checked.filter((key): key is string => key !== null));
  }

  /** `publications` for items no period seal stands for: each seal checked (or taken on its remembered check). */
  private oneByOne(items: readonly PublishedFollowUp[]): Promise<PublishedFollowUp[]> {
    return this.remembering(items, publicationSealPayload);
  }

  /**
   * The decisions whose seal checks (order kept), each checked, or with a memory taken on a check that passed
   * before for the same content, seal and key (the sweep checks every decision on every run).
   */
  decisions(items: readonly ApprovalDecision[]): Promise<ApprovalDecision[]> {
    return this.remembering(items, decisionSealPayload);
  }

  /** The items whose seal over `payloadOf(item)` checks, with the memory (see `publications`). */
  private async remembering<T extends { seal: string }>(
    items: readonly T[],
    payloadOf: (item: T) => string,
  ): Promise<T[]> {
    const { memory } = this;
    const payloads = items.map((p) => payloadOf(p));
    if (!memory || memory.empty()) {
      const ok = await Promise.all(items.map((p, i) => this.verify(payloads[i]!, p.seal)));
      if (memory) {
        const passed = items.flatMap((p, i) => (ok[i] ? [{ payload: payloads[i]!, seal: p.seal }] : []));
        this.memorising = afterPaint()
          .then(() => Promise.all(passed.map((p) => this.fingerprint(p.payload, p.seal))))
          .then((prints) => memory.add(prints.filter((print): print is string => print !== null)))
          .catch((error: unknown) =>
            console.warn(`[seals] the seal checks could not be remembered: ${(error as Error).message}`),
          );
      }
      return items.filter((_, i) => ok[i]);
    }
    const prints = await Promise.all(items.map((p, i) => this.fingerprint(payloads[i]!, p.seal)));
    const ok = await Promise.all(
      items.map((p, i) => {
        const print = prints[i] ?? null;
        return print !== null && memory.has(print) ? true : this.verify(payloads[i]!, p.seal);
      }),
    );
    memory.add(
      prints.filter(
        (print, i): print is string => !!ok[i] && typeof print === 'string' && !memory.has(print),
      ),
    );
    return items.filter((_, i) => ok[i]);
  }

  /** Resolves when the fingerprints of the last first-visit check are kept in the memory. */
  remembered(): Promise<void> {
    return this.memorising;
  }

  /** SHA-256 over the content, the seal and the seal's key (22 characters), or null for an unknown key. */
  private async fingerprint(payload: string, seal: string | null | undefined): Promise<string | null> {
    const kid = parseSeal(seal)?.kid;
    const key = kid ? this.jwks.get(kid) : undefined;
    if (!key) return null;
    const text = encoder.encode(JSON.stringify([payload, seal, key.crv, key.x, key.y]));
    // A synchronous SHA-256 where the host has one (the server's, a tenth of Web Crypto's cost per call there).
    const sha256 = this.memory?.sha256;
    const digest = sha256 ? sha256(text) : await globalThis.crypto.subtle.digest('SHA-256', text);
    return toBase64Url(digest.slice(0, 16));
  }

  /** Whether a decision carries the app's seal over its content. */
  decision(d: ApprovalDecision): Promise<boolean> {
    return this.verify(decisionSealPayload(d), d.seal);
  }

  /** The items whose seal checks (order kept). */
  async only<T>(items: readonly T[], check: (item: T) => Promise<boolean>): Promise<T[]> {
    const ok = await Promise.all(items.map(check));
    return items.filter((_, i) => ok[i]);
  }
}

/**
 * Seals content with the app's private key (an ECDSA P-256 JWK that only the app server holds): the seal
 * is `<kid>.<signature>`. `publicKey` is what goes into the tenant property readers check with.
 */
export class SealSigner {
  private readonly key: Promise<CryptoKey>;
  readonly publicKey: SealPublicKey;

  constructor(privateJwk: SealPrivateKey) {
    this.key = globalThis.crypto.subtle.importKey(
      'jwk',
      { kty: privateJwk.kty, crv: privateJwk.crv, x: privateJwk.x, y: privateJwk.y, d: privateJwk.d },
      ALGORITHM,
      false,
      ['sign'],
    );
    this.publicKey = {
      kid: privateJwk.kid,
      kty: privateJwk.kty,
      crv: privateJwk.crv,
      x: privateJwk.x,
      y: privateJwk.y,
    };
  }

  /** A new key pair (the private JWK, with `kid`), e.g. for a local run or a key rotation. */
  static async generateKey(kid: string): Promise<SealPrivateKey> {
    const pair = (await globalThis.crypto.subtle.generateKey(ALGORITHM, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const jwk = await globalThis.crypto.subtle.exportKey('jwk', pair.privateKey);
    return { kid, kty: jwk.kty!, crv: jwk.crv!, x: jwk.x!, y: jwk.y!, d: jwk.d! };
  }

  /** The seal over `payload`. */
  async seal(payload: string): Promise<string> {
    const signature = await globalThis.crypto.subtle.sign(SIGNING, await this.key, encoder.encode(payload));
    return `${this.publicKey.kid}.${toBase64Url(signature)}`;
  }

  /** A closed period's seal over its publications (`periodSealPayload`); give only publications whose seal checks. */
  sealPeriod(
    planId: number,
    period: { year: number; period: string },
    publications: readonly SealedPeriodContent[],
  ): Promise<string> {
    return this.seal(periodSealPayload(planId, period, publications));
  }

  /**
   * A verifier for this key and `others` (keys retired by a rotation, still valid for older seals); with
   * `memory`, checks that passed before are taken on their fingerprint (`SealVerifier.decisions`, `publications`).
   */
  verifier(others: readonly SealPublicKey[] = [], memory?: SealCheckMemory): SealVerifier {
    return new SealVerifier([this.publicKey, ...others], memory);
  }
}

/** Reads the tenant property's key set from its JSON value; an empty set when absent or unreadable. */
export function sealKeysFromProperty(value: unknown): SealPublicKey[] {
  if (typeof value !== 'string' || !value) return [];
  try {
    const parsed = JSON.parse(value) as { keys?: unknown };
    return Array.isArray(parsed.keys)
      ? (parsed.keys as SealPublicKey[]).filter((k) => typeof k?.kid === 'string' && typeof k.x === 'string')
      : [];
  } catch (error) {
    console.warn(
      `[seals] the tenant property ${SEAL_KEYS_PROPERTY} is not JSON: ${(error as Error).message}`,
    );
    return [];
  }
}

/** The query for the tenant property holding the seal keys, on a site or a batched instance. */
export function sealKeysQuery(sp: SPFI): Promise<unknown> {
  return sp.web.getStorageEntity(SEAL_KEYS_PROPERTY);
}

/** The seal keys as the tenant property holds them (one request). */
export async function readSealKeys(sp: SPFI): Promise<SealPublicKey[]> {
  const entity = (await spCall({ listName: 'TenantProperties' }, () => sealKeysQuery(sp))) as {
    Value?: unknown;
  } | null;
  return sealKeysFromProperty(entity?.Value);
}
