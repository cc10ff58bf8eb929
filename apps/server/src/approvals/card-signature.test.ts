import { CardSigner } from './card-signature';

describe('card data signatures', () => {
  const signer = new CardSigner('a-secret-of-enough-length');
  const at = { planId: 1, initiativeId: 7, periodYear: 2026, period: 'T2' };

  it('accept the data the app signed', () => {
    const data = signer.sign(5, 2);
    expect(signer.verify({ ...data, comment: 'ok' })).toEqual(data);
  });

  it('refuse data whose follow-up, version or signature was altered, or that is not data at all', () => {
    const data = signer.sign(5, 2);
    expect(signer.verify({ ...data, followUpId: 6 })).toBeNull();
    expect(signer.verify({ ...data, version: 3 })).toBeNull();
    expect(signer.verify({ ...data, sig: data.sig.slice(1) })).toBeNull();
    expect(signer.verify({ ...data, version: '2' })).toBeNull();
    expect(signer.verify(null)).toBeNull();
    expect(new CardSigner('another-secret-entirely').verify(data)).toBeNull();
  });

  it('carry where the follow-up belongs, signed with the rest', () => {
    const data = signer.sign(5, 2, at);
    expect(data.at).toBe('1.7.2026.T2');
    expect(signer.verify(data)).toEqual({ followUpId: 5, version: 2, sig: data.sig, at });
  });

  it('refuse a placement that was added, altered, removed or is not one', () => {
    const plain = signer.sign(5, 2);
    const placed = signer.sign(5, 2, at);
    expect(signer.verify({ ...plain, at: '1.7.2026.T2' })).toBeNull();
    expect(signer.verify({ ...placed, at: '1.8.2026.T2' })).toBeNull();
    expect(signer.verify({ ...placed, at: undefined })).toBeNull();
    expect(signer.verify({ followUpId: 5, version: 2, sig: placed.sig })).toBeNull();
    expect(signer.verify({ ...placed, at: 17 })).toBeNull();
    expect(signer.verify({ ...placed, at: '1.7.2026.T2; drop' })).toBeNull();
  });

  it('leave out a placement a card cannot carry', () => {
    expect(signer.sign(5, 2, { ...at, period: 'not a period' }).at).toBeUndefined();
  });
});
