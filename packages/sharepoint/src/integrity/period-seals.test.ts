import type { PublishedFollowUp } from '@devplan/core';
import { SealSigner, SealVerifier, type PeriodSeal } from './seals.js';
import { sealedPublication } from './test-fixtures.js';

const sealed = (signer: SealSigner, id: number, period = 'T1') => sealedPublication(signer, id, { period });

async function closed(
  signer: SealSigner,
  publications: readonly PublishedFollowUp[],
  period = 'T1',
): Promise<PeriodSeal> {
  const ref = { year: 2026, period };
  return {
    planId: 1,
    periodYear: 2026,
    period,
    publicationsSeal: await signer.sealPeriod(1, ref, publications),
  };
}

describe('a closed period’s seal', () => {
  let verify: jest.SpyInstance;
  let signer: SealSigner;
  let t1: PublishedFollowUp[];

  beforeAll(async () => {
    signer = new SealSigner(await SealSigner.generateKey('k1'));
    t1 = await Promise.all([1, 2, 3, 4].map((id) => sealed(signer, id)));
  });
  beforeEach(() => {
    verify = jest.spyOn(globalThis.crypto.subtle, 'verify');
  });
  afterEach(() => verify.mockRestore());

  it('passes all the period’s publications with one check, in whatever order they are read', async () => {
    const period = await closed(signer, t1);
    const open = await sealed(signer, 5, 'T2');
    const read = [t1[2]!, open, t1[0]!, t1[3]!, t1[1]!];
    const shown = await new SealVerifier([signer.publicKey]).publications(read, [period]);
    expect(shown).toEqual(read);
    // One check for the closed period, one for the publication of the open period.
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('fails when a publication was changed after the close, and then leaves out only that one', async () => {
    const period = await closed(signer, t1);
    const changed = { ...t1[1]!, summary: 'Ändrad över REST efter stängningen' };
    const shown = await new SealVerifier([signer.publicKey]).publications(
      [t1[0]!, changed, t1[2]!, t1[3]!],
      [period],
    );
    expect(shown.map((p) => p.id)).toEqual([1, 3, 4]);
    expect(verify).toHaveBeenCalledTimes(1 + 4);
  });

  it('fails when a publication was added or copied after the close, and leaves out one not sealed by the app', async () => {
    const period = await closed(signer, t1);
    const other = new SealSigner(await SealSigner.generateKey('k1'));
    const foreign = await sealed(other, 6);
    const added = await new SealVerifier([signer.publicKey]).publications([...t1, foreign], [period]);
    expect(added.map((p) => p.id)).toEqual([1, 2, 3, 4]);
    // A second copy of a sealed publication has a valid seal of its own: shown, after the period seal failed.
    verify.mockClear();
    const copied = await new SealVerifier([signer.publicKey]).publications(
      [...t1, { ...t1[0]!, id: 7 }],
      [period],
    );
    expect(copied.map((p) => p.id)).toEqual([1, 2, 3, 4, 7]);
    expect(verify).toHaveBeenCalledTimes(1 + 5);
  });

  it('fails when a publication was removed after the close, and the rest still pass one by one', async () => {
    const period = await closed(signer, t1);
    const shown = await new SealVerifier([signer.publicKey]).publications(t1.slice(1), [period]);
    expect(shown.map((p) => p.id)).toEqual([2, 3, 4]);
    expect(verify).toHaveBeenCalledTimes(1 + 3);
  });

  it('stands only for its own plan and period', async () => {
    const period = await closed(signer, t1);
    const elsewhere = { ...period, planId: 2 };
    const shown = await new SealVerifier([signer.publicKey]).publications(t1, [elsewhere]);
    expect(shown).toEqual(t1);
    // The seal did not check for plan 2 (with none of its publications); plan 1's were checked one by one.
    expect(verify).toHaveBeenCalledTimes(1 + 4);
  });

  it('is not taken from a key outside the tenant property, nor when empty (a close made before period seals)', async () => {
    const stranger = new SealSigner(await SealSigner.generateKey('k9'));
    const forged = await closed(stranger, t1);
    const none = { ...forged, publicationsSeal: '' };
    const verifier = new SealVerifier([signer.publicKey]);
    expect(await verifier.publications(t1, [forged])).toEqual(t1);
    expect(await verifier.publications(t1, [none])).toEqual(t1);
    // The unknown key costs no check; each publication was checked on its own, twice over.
    expect(verify).toHaveBeenCalledTimes(8);
  });
});
