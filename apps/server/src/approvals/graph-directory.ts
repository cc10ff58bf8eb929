import type { Directory, DirectoryUser } from './identity.js';

/** Microsoft Graph answered something other than a user or "not found". */
export class GraphDirectoryError extends Error {
  override readonly name = 'GraphDirectoryError';
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`Microsoft Graph answered ${status}: ${body.slice(0, 300)}`);
  }
}

/** Where the Graph directory asks and with which token. */
export interface GraphDirectoryOptions {
  /** An app-only token for `https://graph.microsoft.com/.default` (application permission `User.Read.All`). */
  token: () => Promise<string>;
  /** Graph's base URL (`https://graph.microsoft.com/v1.0`; a national cloud's, or a test server). */
  baseUrl?: string;
  fetch?: typeof fetch;
}

const SELECT = '$select=id,userPrincipalName,displayName';

/**
 * The production directory: Entra ID through Microsoft Graph (`GET /users/{id | upn}`), as the app itself.
 * A user Graph does not know (404) is `null`; any other failure is a `GraphDirectoryError` (the caller's
 * error handling answers it). The resolver above caches what it finds, so each person is asked once.
 */
export function graphDirectory(options: GraphDirectoryOptions): Directory {
  const base = (options.baseUrl ?? 'https://graph.microsoft.com/v1.0').replace(/\/$/, '');
  const doFetch = options.fetch ?? fetch;
  const user = async (idOrUpn: string): Promise<DirectoryUser | null> => {
    if (!idOrUpn || /[/?#]/.test(idOrUpn)) return null;
    const response = await doFetch(`${base}/users/${encodeURIComponent(idOrUpn)}?${SELECT}`, {
      headers: { authorization: `Bearer ${await options.token()}`, accept: 'application/json' },
    });
    if (response.status === 404) return null;
    const text = await response.text();
    if (!response.ok) throw new GraphDirectoryError(response.status, text);
    const body = JSON.parse(text) as { id?: string; userPrincipalName?: string; displayName?: string };
    if (!body.id || !body.userPrincipalName) return null;
    return {
      oid: body.id,
      upn: body.userPrincipalName,
      displayName: body.displayName ?? body.userPrincipalName,
    };
  };
  return { byObjectId: user, byUpn: user };
}
