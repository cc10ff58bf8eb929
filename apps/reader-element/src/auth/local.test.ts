import { localAuth, LocalSignInError, localTokens } from './local';

function tokenServer(): { fetch: typeof fetch; calls: () => number; failNext: () => void } {
  let calls = 0;
  let fail = false;
  const impl = jest.fn(async (_url: string, init?: RequestInit) => {
    calls++;
    if (fail) {
      fail = false;
      return new Response('{}', { status: 503 });
    }
    const { user } = JSON.parse(String(init?.body)) as { user: string };
    return new Response(JSON.stringify({ access_token: `token-${user}-${calls}`, expires_in: 3600 }), {
      status: 200,
    });
  });
  return { fetch: impl as unknown as typeof fetch, calls: () => calls, failNext: () => (fail = true) };
}

describe('the local sign-in’s tokens', () => {
  it('asks once for callers at the same time and keeps the token until a minute before it expires', async () => {
    const server = tokenServer();
    let now = 0;
    const tokens = localTokens('http://emulator/_local/token', 'reader', server.fetch, () => now);
    const [a, b] = await Promise.all([tokens(), tokens()]);
    expect(a).toBe('token-reader-1');
    expect(b).toBe(a);
    now = 3_500_000;
    await expect(tokens()).resolves.toBe('token-reader-1');
    now = 3_541_000;
    await expect(tokens()).resolves.toBe('token-reader-2');
    expect(server.calls()).toBe(2);
  });

  it('fails with a named error and asks again the next time', async () => {
    const server = tokenServer();
    server.failNext();
    const tokens = localTokens('http://emulator/_local/token', 'reader', server.fetch);
    await expect(tokens()).rejects.toThrow(LocalSignInError);
    await expect(tokens()).resolves.toBe('token-reader-2');
  });

  it('signs in silently: the first token proves it works', async () => {
    const server = tokenServer();
    const auth = localAuth(localTokens('http://emulator/_local/token', 'reader', server.fetch));
    const provider = await auth.silent();
    expect(provider).not.toBeNull();
    await expect(provider!()).resolves.toBe('token-reader-1');
    expect(server.calls()).toBe(1);
  });
});
