import { CardSigner } from './card-signature';

describe('card data signatures', () => {
  const signer = new CardSigner('a-secret-of-enough-length');

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
});
