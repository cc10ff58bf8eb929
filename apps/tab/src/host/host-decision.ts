/** The tab's look: Teams' three themes, also selectable in standalone mode (`?theme=dark`). */
export type TabTheme = 'light' | 'dark' | 'highContrast';

/** How the tab runs: inside Teams (teams-js initialised) or standalone in a plain browser. */
export type HostDecision<C> =
  | { mode: 'teams'; context: C }
  | { mode: 'standalone'; reason: 'notFramed' | 'timeout' | 'failed'; detail?: string };

/** The window facts the decision needs (a real `window` satisfies it). */
export interface FrameFacts {
  self: unknown;
  top: unknown;
  parent?: unknown;
  opener?: unknown;
}

/** True when the page is framed by a host (an iframe, as Teams web/desktop frames a tab, or a Teams pop-out). */
export function isFramed(win: FrameFacts): boolean {
  try {
    return (
      win.self !== win.top || (win.opener !== null && win.opener !== undefined && win.opener !== win.self)
    );
  } catch {
    // Reading `top` across origins can throw in old browsers: then we are certainly framed.
    return true;
  }
}

/** Teams' default initialisation wait; teams-js itself would wait 60 s inside a non-Teams frame. */
export const TEAMS_INIT_TIMEOUT_MS = 4000;

/**
 * Decides the host: initialises teams-js only when framed, raced against `timeoutMs`; a plain browser tab,
 * a hung initialisation or a failed one all fall back to standalone mode (with the local sign-in).
 */
export async function decideHost<C>(options: {
  framed: boolean;
  initialize: () => Promise<C>;
  timeoutMs?: number;
}): Promise<HostDecision<C>> {
  if (!options.framed) return { mode: 'standalone', reason: 'notFramed' };
  const timeoutMs = options.timeoutMs ?? TEAMS_INIT_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([options.initialize().then((context) => ({ context })), timeout]);
    if (outcome === 'timeout') return { mode: 'standalone', reason: 'timeout' };
    return { mode: 'teams', context: outcome.context };
  } catch (error) {
    return {
      mode: 'standalone',
      reason: 'failed',
      detail: error instanceof Error ? error.message : String(error),
    };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** Teams' theme names (`default`, `dark`, `contrast`) to the tab's. */
export function themeFromTeams(theme: string | undefined | null): TabTheme {
  if (theme === 'dark') return 'dark';
  if (theme === 'contrast') return 'highContrast';
  return 'light';
}

/** A theme asked for in the URL (`?theme=dark|highContrast|light`), for standalone mode and tests. */
export function themeFromQuery(value: string | null | undefined): TabTheme | null {
  return value === 'dark' || value === 'highContrast' || value === 'light' ? value : null;
}

/** Where a tab page was opened: the channel tab, its configuration page, or the personal tab. */
export type TabPage = 'channel' | 'config' | 'personal';

/** Reads the page kind from `?view=` (`config`, `personal`; anything else is the channel tab). */
export function pageFromQuery(value: string | null | undefined): TabPage {
  return value === 'config' || value === 'personal' ? value : 'channel';
}

/**
 * The tab route a Teams deep link asks for (`subPageId`, the deep link's `subEntityId`): `initiative/7` opens
 * the initiative page; anything else opens the tab as usual (null).
 */
export function hashFromSubPage(subPageId: string | undefined): string | null {
  const match = /^initiative\/(\d{1,9})$/.exec(subPageId ?? '');
  return match ? `#/initiative/${match[1]}` : null;
}
