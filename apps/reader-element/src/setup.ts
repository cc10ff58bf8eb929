import { DomainError } from '@devplan/core/domain';
import { localize } from '@devplan/core/i18n';
import type { AttributeReader } from './attributes.js';

/**
 * What the app server tells browser pages in `/config.json` (the same file the tab reads): the plan site, and
 * either the local development sign-in (the local stack only) or the app registration's client id (`naa`).
 */
export interface ServerConfig {
  siteUrl?: string;
  /** The local development sign-in against the emulator; never present in production. */
  signIn?: { tokenEndpoint: string; usersEndpoint?: string };
  /** The app registration (Entra ID) the tab signs in with; the element uses the same client id. */
  naa?: { clientId: string; authority?: string };
}

/** How the element signs the reader in and where it reads the plan. */
export type SignInPlan =
  | {
      kind: 'local';
      siteUrl: string;
      /** The emulator's token endpoint (`/_local/token`). */
      tokenEndpoint: string;
      /** The demo user to read as (the intranet reader unless `local-user` says otherwise). */
      user: string;
    }
  | {
      kind: 'msal';
      siteUrl: string;
      clientId: string;
      /** `https://login.microsoftonline.com/<tenant>`. */
      authority: string;
      /** The delegated SharePoint scope (`<SharePoint origin>/.default` unless `scope` says otherwise). */
      scopes: string[];
      /** Where Entra ID sends the sign-in answer: a page of the host's origin registered as SPA redirect URI. */
      redirectUri: string;
    };

/** The demo user the local stack's element reads as: an intranet reader (visitor), never a member. */
export const LOCAL_READER = 'reader';

/** The element cannot start as configured (no site, no app registration, no readable settings). */
export class ReaderSetupError extends DomainError {
  override readonly name = 'ReaderSetupError';
  constructor(
    key: 'reader.element.noSite' | 'reader.element.noClientId' | 'reader.element.config',
    params?: { url: string; status: string },
  ) {
    super('reader-setup', localize(key, params), 400);
  }
}

/**
 * Where the element's settings come from: the `config` attribute, else `/config.json` of the server the
 * element's script came from (the app server), or null when the attributes alone suffice (`site` and
 * `client-id`: a script hosted in the site's assets library or on a CDN, with no app server behind it).
 */
export function configUrlOf(read: AttributeReader, scriptUrl: string): string | null {
  const explicit = read('config');
  if (explicit) return new URL(explicit, scriptUrl).href;
  if (read('site') && read('client-id')) return null;
  return new URL('/config.json', scriptUrl).href;
}

/** Reads the server's `/config.json` (cross-origin: the app server allows it). */
export async function loadServerConfig(url: string, fetchImpl: typeof fetch = fetch): Promise<ServerConfig> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { accept: 'application/json' }, cache: 'no-store' });
  } catch (error) {
    throw new ReaderSetupError('reader.element.config', {
      url,
      status: error instanceof Error ? error.message : String(error),
    });
  }
  if (!response.ok)
    throw new ReaderSetupError('reader.element.config', { url, status: `HTTP ${response.status}` });
  return (await response.json()) as ServerConfig;
}

const trimmed = (value: string | null | undefined): string | null => {
  const text = value?.trim();
  return text ? text : null;
};

/** `tenant` as an authority: a tenant id or domain, or a full authority URL as it is. */
function authorityOf(tenant: string | null, fromServer: string | undefined): string {
  if (tenant) return /^https:\/\//i.test(tenant) ? tenant : `https://login.microsoftonline.com/${tenant}`;
  return fromServer ?? 'https://login.microsoftonline.com/organizations';
}

/**
 * Decides the sign-in the way the tab decides it: the local development sign-in when the serving app server
 * offers one (only the local stack does) and no `client-id` is given; MSAL otherwise, with the client id,
 * tenant, scope and redirect URI from the attributes, else from the app server's settings. The attribute
 * `site` wins over the server's `siteUrl`.
 */
export function planSignIn(read: AttributeReader, config: ServerConfig | null, pageUrl: string): SignInPlan {
  const siteUrl = trimmed(read('site')) ?? trimmed(config?.siteUrl);
  if (!siteUrl) throw new ReaderSetupError('reader.element.noSite');
  const site = siteUrl.replace(/\/+$/, '');
  const clientId = trimmed(read('client-id'));
  if (!clientId && config?.signIn) {
    return {
      kind: 'local',
      siteUrl: site,
      tokenEndpoint: config.signIn.tokenEndpoint,
      user: trimmed(read('local-user')) ?? LOCAL_READER,
    };
  }
  const id = clientId ?? trimmed(config?.naa?.clientId);
  if (!id) throw new ReaderSetupError('reader.element.noClientId');
  const page = new URL(pageUrl);
  return {
    kind: 'msal',
    siteUrl: site,
    clientId: id,
    authority: authorityOf(trimmed(read('tenant')), config?.naa?.authority),
    scopes: (trimmed(read('scope')) ?? `${new URL(site).origin}/.default`).split(/\s+/),
    redirectUri: new URL(trimmed(read('redirect-uri')) ?? `${page.origin}${page.pathname}`, pageUrl).href,
  };
}
