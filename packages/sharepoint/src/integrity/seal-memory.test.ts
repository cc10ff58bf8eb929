import { createHash } from 'node:crypto';
import { decisionSealPayload } from '@devplan/core';
import { browserSealMemory, processSealMemory, type SealCheckMemory } from './seal-memory.js';
import { SealSigner, SealVerifier } from './seals.js';
import { sealedPublication } from './test-fixtures.js';

/** A `Storage` in memory, as the browser's local storage behaves. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

/** The server's SHA-256 (Node's). */
const nodeSha256 = (data: Uint8Array) => createHash('sha256').update(data).digest();

const sealed = (signer: SealSigner, id: number, summary?: string) =>
  sealedPublication(signer, id, summary === undefined ? {} : { summary });

describe('remembered seal checks', () => {
  const globals = globalThis as { localStorage?: unknown };
  let verify: jest.SpyInstance;

  beforeEach(() => {
    globals.localStorage = new MemoryStorage();
    verify = jest.spyOn(globalThis.crypto.subtle, 'verify');
  });
  afterEach(() => {
    delete globals.localStorage;
    verify.mockRestore();
  });

  it('let a returning reader skip the checks that passed before, and check again what changed', async () => {
    const signer = new SealSigner(await SealSigner.generateKey('k1'));
    const items = await Promise.all([1, 2, 3].map((id) => sealed(signer, id)));
    const digest = jest.spyOn(globalThis.crypto.subtle, 'digest');
    const first = new SealVerifier([signer.publicKey], browserSealMemory('site'));
    expect((await first.publications(items)).map((p) => p.id)).toEqual([1, 2, 3]);
    expect(verify).toHaveBeenCalledTimes(3);
    // A first visit makes its fingerprints after the answer (off the way to the first paint).
    expect(digest).not.toHaveBeenCalled();
    await first.remembered();
    expect(digest).toHaveBeenCalledTimes(3);
    digest.mockRestore();

    verify.mockClear();
    const forged = { ...items[1]!, summary: 'Ändrad över REST' };
    const again = new SealVerifier([signer.publicKey], browserSealMemory('site'));
    expect((await again.publications([items[0]!, forged, items[2]!])).map((p) => p.id)).toEqual([1, 3]);
    // Only the changed one was checked, and it failed.
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('forget the checks of a key taken out of the tenant property', async () => {
    const retired = new SealSigner(await SealSigner.generateKey('k1'));
    const items = [await sealed(retired, 1)];
    const first = new SealVerifier([retired.publicKey], browserSealMemory('site'));
    await first.publications(items);
    await first.remembered();
    const current = new SealSigner(await SealSigner.generateKey('k2'));
    const after = new SealVerifier([current.publicKey], browserSealMemory('site'));
    expect(await after.publications(items)).toEqual([]);
  });

  it('are not shared by a key of the same name with other content', async () => {
    const real = new SealSigner(await SealSigner.generateKey('k1'));
    const first = new SealVerifier([real.publicKey], browserSealMemory('site'));
    await first.publications([await sealed(real, 1)]);
    await first.remembered();
    const impostor = new SealSigner(await SealSigner.generateKey('k1'));
    const verifier = new SealVerifier([real.publicKey], browserSealMemory('site'));
    expect(await verifier.publications([await sealed(impostor, 1)])).toEqual([]);
  });

  it('keep the newest fingerprints up to the limit', async () => {
    const signer = new SealSigner(await SealSigner.generateKey('k1'));
    const items = await Promise.all([1, 2, 3, 4].map((id) => sealed(signer, id)));
    const first = new SealVerifier([signer.publicKey], browserSealMemory('site', 2));
    await first.publications(items);
    await first.remembered();
    verify.mockClear();
    await new SealVerifier([signer.publicKey], browserSealMemory('site', 2)).publications(items);
    // 1 and 2 were dropped (oldest first), so they were checked again.
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('are not kept where there is no local storage: every seal is checked', async () => {
    delete globals.localStorage;
    expect(browserSealMemory('site')).toBeUndefined();
    const signer = new SealSigner(await SealSigner.generateKey('k1'));
    const items = [await sealed(signer, 1)];
    const verifier = new SealVerifier([signer.publicKey], browserSealMemory('site'));
    expect(await verifier.publications(items)).toEqual(items);
    expect(await verifier.publications(items)).toEqual(items);
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it("let the server's sweep check only the decisions that are new or changed since its last run", async () => {
    const signer = new SealSigner(await SealSigner.generateKey('k1'));
    const decision = async (id: number, decision: 'approved' | 'sentBack' = 'approved') => {
      const content = {
        followUpId: 100 + id,
        decision,
        decidedById: 9,
        decidedAt: '2026-05-04T08:00:00Z',
        comment: '',
        followUpVersion: 2,
      };
      return { id, ...content, seal: await signer.seal(decisionSealPayload(content)) };
    };
    const decisions = await Promise.all([1, 2, 3].map((id) => decision(id)));
    const verifier = signer.verifier([], processSealMemory(undefined, nodeSha256));
    const digest = jest.spyOn(globalThis.crypto.subtle, 'digest');
    expect((await verifier.decisions(decisions)).map((d) => d.id)).toEqual([1, 2, 3]);
    expect(verify).toHaveBeenCalledTimes(3);
    await verifier.remembered();

    verify.mockClear();
    const changed = { ...decisions[1]!, decision: 'sentBack' as const };
    const added = await decision(4);
    expect(
      (await verifier.decisions([decisions[0]!, changed, decisions[2]!, added])).map((d) => d.id),
    ).toEqual([1, 3, 4]);
    // The changed one (whose seal fails now) and the new one were checked; the two unchanged were not.
    expect(verify).toHaveBeenCalledTimes(2);
    // Fingerprints were made with the server's own SHA-256, not Web Crypto's.
    expect(digest).not.toHaveBeenCalled();
    digest.mockRestore();
  });

  it("make the same fingerprints with the server's SHA-256 as with Web Crypto's", async () => {
    const signer = new SealSigner(await SealSigner.generateKey('k1'));
    const items = await Promise.all([1, 2].map((id) => sealed(signer, id)));
    const printsOf = async (sha256?: SealCheckMemory['sha256']) => {
      const added: string[] = [];
      const memory: SealCheckMemory = {
        has: () => false,
        empty: () => added.length === 0,
        add: (prints) => void added.push(...prints),
        ...(sha256 ? { sha256 } : {}),
      };
      const verifier = new SealVerifier([signer.publicKey], memory);
      await verifier.publications(items);
      await verifier.remembered();
      return added;
    };
    const webCrypto = await printsOf();
    expect(webCrypto).toHaveLength(2);
    expect(await printsOf(nodeSha256)).toEqual(webCrypto);
  });

  it('keep at most their limit in the server, the oldest dropped first', () => {
    const memory = processSealMemory(2);
    expect(memory.empty()).toBe(true);
    memory.add(['a', 'b']);
    memory.add(['c']);
    expect(['a', 'b', 'c'].map((p) => memory.has(p))).toEqual([false, true, true]);
  });
});
