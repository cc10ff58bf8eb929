import { msalReaderAuth, MsalSignInError, type MsalAccount, type MsalClient, type MsalResult } from './msal';

class InteractionRequired extends Error {}
const needsInteraction = (error: unknown) => error instanceof InteractionRequired;
const SCOPES = ['https://malmo.sharepoint.com/.default'];
const lars: MsalAccount = { homeAccountId: 'lars', username: 'lars.persson@malmo.se' };

/** A fake MSAL client: `accounts` cached, each method answering as scripted. */
function fakeMsal(
  script: Partial<Record<keyof MsalClient, () => Promise<MsalResult>>>,
  accounts: MsalAccount[] = [],
) {
  let active: MsalAccount | null = null;
  const calls: string[] = [];
  const run = (name: keyof MsalClient) => {
    calls.push(name);
    const answer = script[name];
    return answer ? answer() : Promise.reject(new Error(`unexpected ${name}`));
  };
  const client: MsalClient = {
    getActiveAccount: () => active,
    getAllAccounts: () => accounts,
    setActiveAccount: (account) => {
      active = account;
    },
    acquireTokenSilent: () => run('acquireTokenSilent'),
    ssoSilent: () => run('ssoSilent'),
    loginPopup: () => run('loginPopup'),
    acquireTokenPopup: () => run('acquireTokenPopup'),
  };
  return { client, calls, active: () => active };
}
const token =
  (value: string): (() => Promise<MsalResult>) =>
  () =>
    Promise.resolve({ accessToken: value, account: lars });
const interaction = () => Promise.reject(new InteractionRequired('login_required'));

describe('signing the reader in with MSAL', () => {
  it('uses a cached account silently, and gives tokens from it', async () => {
    const msal = fakeMsal({ acquireTokenSilent: token('t1') }, [lars]);
    const provider = await msalReaderAuth(msal.client, SCOPES, needsInteraction).silent();
    await expect(provider!()).resolves.toBe('t1');
    expect(msal.calls).toEqual(['acquireTokenSilent', 'acquireTokenSilent']);
    expect(msal.active()).toBe(lars);
  });

  it('tries single sign-on with the Entra ID session when no account is cached', async () => {
    const msal = fakeMsal({ ssoSilent: token('sso'), acquireTokenSilent: token('t2') });
    const provider = await msalReaderAuth(msal.client, SCOPES, needsInteraction).silent();
    expect(provider).not.toBeNull();
    expect(msal.calls).toEqual(['ssoSilent']);
    await expect(provider!()).resolves.toBe('t2');
  });

  it('asks for the sign-in button when MSAL needs interaction, and signs in with a pop-up on the click', async () => {
    const msal = fakeMsal({
      ssoSilent: interaction,
      loginPopup: token('p'),
      acquireTokenSilent: token('t3'),
    });
    const auth = msalReaderAuth(msal.client, SCOPES, needsInteraction);
    await expect(auth.silent()).resolves.toBeNull();
    const provider = await auth.interactive();
    expect(msal.active()).toBe(lars);
    await expect(provider()).resolves.toBe('t3');
  });

  it('shows a real failure instead of the sign-in button', async () => {
    const msal = fakeMsal({ ssoSilent: () => Promise.reject(new Error('invalid_client')) });
    await expect(msalReaderAuth(msal.client, SCOPES, needsInteraction).silent()).rejects.toThrow(
      'invalid_client',
    );
  });

  it('renews by pop-up when the session has ended, and refuses to give a token without an account', async () => {
    const msal = fakeMsal({
      loginPopup: token('p'),
      acquireTokenSilent: interaction,
      acquireTokenPopup: token('again'),
    });
    const provider = await msalReaderAuth(msal.client, SCOPES, needsInteraction).interactive();
    await expect(provider()).resolves.toBe('again');
    expect(msal.calls).toEqual(['loginPopup', 'acquireTokenSilent', 'acquireTokenPopup']);

    const none = fakeMsal({ loginPopup: () => Promise.resolve({ accessToken: 'x', account: null }) });
    const without = await msalReaderAuth(none.client, SCOPES, needsInteraction).interactive();
    await expect(without()).rejects.toThrow(MsalSignInError);
  });
});
