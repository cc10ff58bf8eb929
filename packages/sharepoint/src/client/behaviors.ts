import type { TimelinePipe } from '@pnp/core/index.js';
import { BrowserFetchWithRetry, DefaultParse, type Queryable } from '@pnp/queryable/index.js';
import { DefaultHeaders, DefaultInit } from '@pnp/sp/index.js';

/** Gives a fresh access token for SharePoint each time it is asked (it may cache). */
export type TokenProvider = () => Promise<string>;

/** Adds `Authorization: Bearer <token>` to every request, asking the provider per request so tokens can renew. */
export function BearerTokenFrom(getToken: TokenProvider): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async (url, init, result) => {
      const token = await getToken();
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` };
      return [url, init, result];
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
