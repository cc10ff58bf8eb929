import type { LocalUser } from '@devplan/ui/tab';

/** The local sign-in refused or could not be reached. */
export class LocalSignInError extends Error {
  override readonly name = 'LocalSignInError';
}

const STORAGE_KEY = 'devplan.tab.localUser';

/**
 * Standalone mode's sign-in against the emulator's `/_local` endpoints: lists the demo people and issues
 * bearer tokens for the one picked. Tokens are cached until a minute before they expire and then renewed,
 * so they take the same path as NAA tokens in Teams. The choice is kept per browser tab (sessionStorage).
 */
export class LocalSignIn {
  private readonly cached = new Map<string, { token: string; expires: number }>();

  constructor(private readonly endpoints: { tokenEndpoint: string; usersEndpoint: string }) {}

  /** The demo people (the app principal is left out). */
  async users(): Promise<LocalUser[]> {
    const response = await fetch(this.endpoints.usersEndpoint);
    if (!response.ok) throw new LocalSignInError(`${this.endpoints.usersEndpoint}: HTTP ${response.status}`);
    const users = (await response.json()) as { key: string; displayName: string; role: string }[];
    return users
      .filter((u) => u.role !== 'app')
      .map((u) => ({ key: u.key, name: u.displayName, role: u.role }));
  }

  /** The person signed in in this browser tab, if any. */
  get current(): string | null {
    return sessionStorage.getItem(STORAGE_KEY);
  }

  /** Signs in as `key` (fetches a first token to prove it works). */
  async signIn(key: string): Promise<void> {
    sessionStorage.setItem(STORAGE_KEY, key);
    this.cached.clear();
    try {
      await this.token();
    } catch (error) {
      sessionStorage.removeItem(STORAGE_KEY);
      throw error;
    }
  }

  /** Forgets the person signed in. */
  signOut(): void {
    sessionStorage.removeItem(STORAGE_KEY);
    this.cached.clear();
  }

  /** A valid bearer token for SharePoint (the emulator's origin) for the person signed in. */
  readonly token = (): Promise<string> => this.tokenFor(null);

  /** A token provider for another audience (the app server's API, `api://…`), renewed the same way. */
  providerFor(audience: string): () => Promise<string> {
    return () => this.tokenFor(audience);
  }

  private async tokenFor(audience: string | null): Promise<string> {
    const user = this.current;
    if (!user) throw new LocalSignInError('Not signed in');
    const key = audience ?? '';
    const cached = this.cached.get(key);
    if (cached && cached.expires > Date.now() + 60_000) return cached.token;
    const response = await fetch(this.endpoints.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(audience ? { user, audience } : { user }),
    });
    if (!response.ok) throw new LocalSignInError(`${this.endpoints.tokenEndpoint}: HTTP ${response.status}`);
    const body = (await response.json()) as { access_token: string; expires_in?: number };
    this.cached.set(key, {
      token: body.access_token,
      expires: Date.now() + (body.expires_in ?? 3600) * 1000,
    });
    return body.access_token;
  }
}
