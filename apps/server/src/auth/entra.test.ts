import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { EntraTokenValidator } from './entra.js';

/** Issue 14, defect 8: the key set is not fetched again for every token with an unknown key id. */
describe('the API token validator', () => {
  let server: Server;
  let jwksUri: string;
  let fetches = 0;
  let signing: CryptoKey;
  let forged: CryptoKey;

  beforeAll(async () => {
    const known = await generateKeyPair('RS256');
    signing = known.privateKey;
    forged = (await generateKeyPair('RS256')).privateKey;
    const jwk = { ...(await exportJWK(known.publicKey)), kid: 'known', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      fetches += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    jwksUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const token = (key: CryptoKey, kid: string) =>
    new SignJWT({ oid: 'x' })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer('https://issuer.example')
      .setAudience('api://app')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);

  it('accepts a token signed with a key of the set', async () => {
    const validator = new EntraTokenValidator({
      issuer: 'https://issuer.example',
      audience: 'api://app',
      jwksUri,
    });
    await expect(validator.validate(await token(signing, 'known'))).resolves.toMatchObject({ oid: 'x' });
  });

  it('fetches the key set once, not once per token, when a flood of tokens names unknown key ids', async () => {
    const validator = new EntraTokenValidator({
      issuer: 'https://issuer.example',
      audience: 'api://app',
      jwksUri,
    });
    const before = fetches;
    const forgedTokens = await Promise.all(
      Array.from({ length: 20 }, (_, n) => token(forged, `forged-${n}`)),
    );
    for (const forgedToken of forgedTokens) {
      await expect(validator.validate(forgedToken)).rejects.toMatchObject({ status: 401 });
    }
    expect(fetches - before).toBe(1);
  });
});
