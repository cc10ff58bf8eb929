import type { TimelinePipe } from '@pnp/core/index.js';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders, type Queryable } from '@pnp/queryable/index.js';
import { DefaultHeaders, DefaultInit } from '@pnp/sp/index.js';

/** Gives a fresh access token for SharePoint each time it is asked (it may cache). */
export type TokenProvider = () => Promise<string>;

/**
 * Adds `Authorization: Bearer <token>` to every request, asking the provider per request so tokens can renew.
 * It runs in PnPjs's `auth` moment, as PnPjs's own token behaviours do: inside a `$batch` only the outer
 * request is authenticated (PnPjs clears `auth` on the batched requests), so the batched requests never wait
 * for a token and join the batch in the order they were made. (Adding the token in `pre` let a slow token
 * put a read before the write it follows, so a write-then-read batch read the old item.)
 */
export function BearerTokenFrom(getToken: TokenProvider): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.auth(async (url, init) => {
      const token = await getToken();
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
}

/**
 * The behaviours a host composes for SharePoint over bearer tokens (the tab, the app server, tests):
 * JSON headers, SharePoint defaults, fetch with PnPjs's retry of 429/503/504 honouring Retry-After,
 * the default parser, and the token. In SPFx the web part uses `SPFx(context)` instead.
 */
export function TokenAuthenticated(getToken: TokenProvider, retries = 4): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.using(
      DefaultHeaders(),
      DefaultInit(),
      BrowserFetchWithRetry({ retries }),
      DefaultParse(),
      BearerTokenFrom(getToken),
    );
    return instance;
  };
}

/**
 * Asks SharePoint for JSON without OData metadata (`odata=nometadata`): no type, id, edit link or ETag per item,
 * about a third less to download and parse. For read-only views only, since updates need the ETag.
 */
export function WithoutMetadata(): TimelinePipe<Queryable> {
  return InjectHeaders({ Accept: 'application/json;odata=nometadata' });
}
