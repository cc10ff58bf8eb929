/**
 * What a reader's browser remembers of seal checks: the content, seal and key of each publication whose seal it
 * found valid, as a short SHA-256 fingerprint. A returning reader then checks only what is new or changed (an
 * ECDSA check costs about 0.1 ms of the page's main thread; 10,000 publications about a second), and a
 * fingerprint (a few microseconds) for the rest. Anything changed in a list item changes its fingerprint, and
 * a key taken out of the tenant property takes its fingerprints with it (the key is part of them), so nothing
 * passes that would not pass the full check. Whoever could write to this memory could run script in the page
 * anyway.
 */
export interface SealCheckMemory {
  /** Whether a check with this fingerprint passed before. */
  has(fingerprint: string): boolean;
  /** Remembers fingerprints of checks that passed. */
  add(fingerprints: readonly string[]): void;
  /** Whether nothing is remembered yet (a first visit). */
  empty(): boolean;
  /** A synchronous SHA-256 to make fingerprints with, where the host has one (else Web Crypto's is used). */
  sha256?: (data: Uint8Array) => Uint8Array;
}

/** Most fingerprints kept (22 characters each: about 660 KB of the origin's 5 MB of local storage). */
export const SEAL_MEMORY_LIMIT = 30_000;
const LENGTH = 22;

/**
 * A `SealCheckMemory` in the browser's local storage under `devplan.seals.<scope>` (the site's URL), oldest
 * dropped first past `limit`; undefined where there is no local storage (Node, or storage switched off).
 */
export function browserSealMemory(scope: string, limit = SEAL_MEMORY_LIMIT): SealCheckMemory | undefined {
  let storage: Storage | undefined;
  try {
    storage = globalThis.localStorage;
  } catch (error) {
    // Storage refused (e.g. third-party cookies blocked in an embedded page): check every seal instead.
    console.warn(`[seals] no local storage to remember checks in: ${(error as Error).message}`);
    return undefined;
  }
  if (!storage) return undefined;
  const key = `devplan.seals.${scope}`;
  const read = (): string[] => {
    const text = storage.getItem(key) ?? '';
    const out: string[] = [];
    for (let i = 0; i + LENGTH <= text.length; i += LENGTH) out.push(text.slice(i, i + LENGTH));
    return out;
  };
  let known: Set<string> | null = null;
  return {
    has(fingerprint) {
      known ??= new Set(read());
      return known.has(fingerprint);
    },
    empty() {
      known ??= new Set(read());
      return known.size === 0;
    },
    add(fingerprints) {
      if (!fingerprints.length) return;
      const all = [...read(), ...fingerprints].slice(-limit);
      known = new Set(all);
      try {
        storage.setItem(key, all.join(''));
      } catch (error) {
        // Full or refused: the checks stay correct, only not remembered.
        console.warn(`[seals] could not remember seal checks: ${(error as Error).message}`);
      }
    },
  };
}

/**
 * A `SealCheckMemory` held in this process (the app server's sweep checks every decision and publication every
 * 30 seconds: after the first sweep only what is new or changed costs an ECDSA check), oldest dropped first
 * past `limit`, its fingerprints made with `sha256` when given (Node's `crypto.createHash`). Nobody but the
 * process can write to it.
 */
export function processSealMemory(
  limit = 200_000,
  sha256?: (data: Uint8Array) => Uint8Array,
): SealCheckMemory {
  const known = new Set<string>();
  return {
    ...(sha256 ? { sha256 } : {}),
    has: (fingerprint) => known.has(fingerprint),
    empty: () => known.size === 0,
    add(fingerprints) {
      for (const print of fingerprints) {
        known.delete(print);
        known.add(print);
      }
      for (const oldest of known) {
        if (known.size <= limit) break;
        known.delete(oldest);
      }
    },
  };
}
