import type { PlanLink } from '@devplan/core';

/** Where the app's links point: the tab's public URL and the Teams app's id (for Teams deep links). */
export interface PlanLinkTargets {
  /** The tab's URL, e.g. `https://utvecklingsplan.malmo.se/tab/`; null when unknown. */
  tabUrl: string | null;
  /** The Teams app's id (the manifest's `id`); null when unknown. */
  teamsAppId: string | null;
}
/** Host names of Teams deep links (`/l/entity/<app id>/<entity id>?context=…`). */
const TEAMS_HOSTS = new Set(['teams.microsoft.com', 'teams.cloud.microsoft']);

/** `initiative/12` or `initiative/12/follow-up` (a tab route without its `#/`), else null. */
function linkFromRoute(route: string): PlanLink | null {
  const parts = route.replace(/^#?\/?/, '').split(/[/?]/);
  if (parts[0] !== 'initiative' || !/^\d{1,9}$/.test(parts[1] ?? '')) return null;
  const initiativeId = Number(parts[1]);
  if (initiativeId <= 0) return null;
  return { kind: parts[2] === 'follow-up' ? 'followUp' : 'initiative', initiativeId };
}

/** The URL's parsed form, or null for text that is no absolute http(s) URL. */
function parseUrl(text: string): URL | null {
  if (!URL.canParse(text.trim())) return null;
  const url = new URL(text.trim());
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
}

/**
 * Reads which initiative a pasted link points at: the tab's URL (`https://<host>/tab/#/initiative/12`,
 * `…/follow-up` for its follow-up page) or the tab's Teams deep link
 * (`https://teams.microsoft.com/l/entity/<app id>/…?context={"subEntityId":"initiative/12"}`). A URL of
 * another host, another app, another page or a malformed one is not the app's: null.
 */
export function parsePlanLink(text: string, targets: PlanLinkTargets): PlanLink | null {
  const url = parseUrl(text);
  if (!url) return null;
  if (TEAMS_HOSTS.has(url.hostname.toLowerCase())) {
    const match = /^\/l\/entity\/([^/]+)\/[^/]+\/?$/.exec(url.pathname);
    if (!match || !targets.teamsAppId) return null;
    if (match[1]!.toLowerCase() !== targets.teamsAppId.toLowerCase()) return null;
    const context = url.searchParams.get('context');
    if (!context) return null;
    let subEntityId: unknown;
    try {
      subEntityId = (JSON.parse(context) as { subEntityId?: unknown } | null)?.subEntityId;
    } catch (error) {
      if (error instanceof SyntaxError) return null;
      throw error;
    }
    return typeof subEntityId === 'string' ? linkFromRoute(subEntityId) : null;
  }
  const tab = targets.tabUrl ? parseUrl(targets.tabUrl) : null;
  if (!tab || url.host.toLowerCase() !== tab.host.toLowerCase()) return null;
  const tabPath = tab.pathname.endsWith('/') ? tab.pathname : `${tab.pathname}/`;
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  if (!path.startsWith(tabPath)) return null;
  return linkFromRoute(url.hash);
}
