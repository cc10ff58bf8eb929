import { browserSealMemory } from './seal-memory.js';
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
});
