/**
 * Time to render, in headless Chromium (`launchBrowser()`, Debian's chromium), measured in the page: from the
 * start of navigation (`performance.now()` is 0 there) to the first paint after the initiative the view shows
 * last is in the document (a mutation observer sees it; the time is taken in a task queued from the next
 * animation frame, which runs after that frame is painted). Each run is a fresh page (cold JavaScript and
 * data; the HTTP cache of the browser context is kept, as for a returning user).
 * - the tab's plan overview: `/tab/?plan=<year>`, signed in locally as the demo member (staff);
 * - an initiative's page in the tab opened first (as a card's link opens it): `/tab/?plan=<year>#/initiative/<id>`,
 *   the plan's middle initiative, done when its title is painted;
 * - the intranet view opened by a link to that initiative, `/webpart-preview/?year=<year>#initiative=<id>`, done
 *   when its title is painted;
 * - the intranet view: the web part preview page `/webpart-preview/?year=<year>`, as the demo reader, on a first
 *   visit and for a returning reader (a kept context: the seal checks it passed are remembered);
 * - the reader web component (the Omnia element) on the demo intranet page, another origin
 *   (`<intranet>/?plan=<year>`), as the demo reader on a first visit: its text is in its open shadow root, which
 *   the page's observer watches too (every shadow root attached is observed from the start).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { startLocalStack, type LocalStack } from '@devplan/local-stack';
import { launchBrowser } from '../e2e/support/browser.ts';

/** One view to time. */
export interface RenderTarget {
  year: number;
  initiatives: number;
  /** Title of the initiative the tab's overview shows last (the view is done when it is painted). */
  lastShownTitle: string;
  /** Title of the initiative the intranet view shows last (each area's first `READER_PAGE`). */
  lastShownReaderTitle: string;
  /** The initiative whose page is timed opened first (as a card's or a notification's link opens it). */
  initiative: { id: number; title: string };
  /**
   * Whether a first visit leaves seal checks to remember: publications outside closed periods (a closed period is
   * checked with its one seal, nothing to remember). A returning reader's run waits until they are kept.
   */
  sealsToRemember: boolean;
}

/** Timings of one view at one size. */
export interface RenderTiming {
  /** `webpart-returning`: the intranet view again in a kept browser context (a returning reader). */
  view: RenderView;
  year: number;
  initiatives: number;
  runs: number;
  /** NaN when the view did not render within the time limit (see `error`). */
  medianMs: number;
  /**
   * Until what the view reads after its first paint is shown too (the intranet view's activities past the list
   * view threshold); the same as `medianMs` where nothing is read after it.
   */
  medianCompleteMs: number;
  /**
   * When the last SharePoint answer before the paint had come in: what the time until then is (the rest is the
   * page's own work on the answers: parsing, checking, rendering). NaN when the view did not render.
   */
  medianDataMs: number;
  error?: string;
  minMs: number;
  maxMs: number;
}

/**
 * The local stack the views are timed on: an in-memory emulator and the app server serving `webDir` (a private
 * copy of the built pages), without the approval sweep, which would change the generated data between runs and
 * add requests to the timings.
 */
export function startRenderStack(...webDirs: string[]): Promise<LocalStack> {
  return startLocalStack({
    spPort: 0,
    appPort: 0,
    dbFile: ':memory:',
    webDirs,
    approvalSweepSeconds: 0,
  });
}

/**
 * The views timed: the tab's overview, an initiative's page in the tab opened first, the intranet view on a first
 * visit, an initiative a link to the intranet view names (first visit), and the intranet view for a returning
 * reader.
 */
export const RENDER_VIEWS = [
  'tab',
  'tab-initiative',
  'webpart',
  'webpart-initiative',
  'webpart-returning',
  'reader-element',
] as const;
/** One of `RENDER_VIEWS`. */
export type RenderView = (typeof RENDER_VIEWS)[number];

/** What RESULTS.md calls a view. */
export const RENDER_VIEW_LABELS: Record<RenderView, string> = {
  tab: 'tab plan overview',
  'tab-initiative': 'tab, an initiative’s page opened first (a card’s link)',
  webpart: 'intranet view (web part preview)',
  'webpart-initiative': 'intranet view (web part preview), an initiative a link names',
  'webpart-returning': 'intranet view (web part preview), returning reader',
  'reader-element': 'intranet view (reader web component on the demo intranet page)',
};

/** Where the timed views are served: the app server, and the demo intranet page with the reader web component. */
export interface RenderUrls {
  app: string;
  intranet: string;
}

/** The view did not show its last initiative in time; carries what the page showed instead. */
export class RenderTimeout extends Error {
  override readonly name = 'RenderTimeout';
  readonly shown: string;
  constructor(url: string, timeoutMs: number, shown: string, cause: unknown) {
    super(`${url} did not render in ${timeoutMs / 1000} s; the page showed: ${shown.replace(/\s+/g, ' ')}`, {
      cause,
    });
    this.shown = shown;
  }
}

/** The view showed an error instead of the plan. */
export class RenderFailed extends Error {
  override readonly name = 'RenderFailed';
  constructor(url: string, shown: string) {
    super(`${url} showed an error instead of the plan: ${shown.replace(/\s+/g, ' ').slice(0, 300)}`);
  }
}

/** One run: until the view's last initiative was painted, and until nothing was left to read after it. */
interface Timed {
  ms: number;
  completeMs: number;
  /** When the last SharePoint answer before the paint had come in (`_api` resource timings), 0 if none. */
  dataMs: number;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** A browser context that signs in as the member (tab) and notes when `title` is first painted. */
async function benchContext(browser: Browser, title: string, member: boolean): Promise<BrowserContext> {
  const context = await browser.newContext();
  // The tab keeps the local sign-in per browser tab; start signed in as the member, as a returning user.
  if (member) await context.addInitScript(() => sessionStorage.setItem('devplan.tab.localUser', 'staff'));
  await context.addInitScript((text) => {
    const w = window as unknown as {
      benchSeen?: boolean;
      benchPaintedAt?: number;
      benchComplete?: boolean;
      benchCompleteAt?: number;
      benchRoots?: ShadowRoot[];
    };
    // A task queued from the next animation frame runs once that frame has been painted.
    const afterPaint = (note: (at: number) => void) =>
      requestAnimationFrame(() => setTimeout(() => note(performance.now()), 0));
    // The reader web component's text is in its shadow root: every shadow root attached is watched and read too.
    const roots: ShadowRoot[] = [];
    w.benchRoots = roots;
    const shown = () => [document.body, ...roots].map((n) => n?.textContent ?? '').join(' ');
    const reading = () =>
      [document, ...roots].some((n) =>
        n.querySelector('[data-activities="loading"], [data-whole="loading"], [data-rest="loading"]'),
      );
    const observer = new MutationObserver(() => {
      if (!w.benchSeen && shown().includes(text)) {
        w.benchSeen = true;
        afterPaint((at) => (w.benchPaintedAt = at));
      }
      // Complete once nothing is still being read after the first paint (the reader's whole view after the
      // snapshot's lead, its pending activities; the tab's overview after the app's lead).
      if (w.benchSeen && !w.benchComplete && !reading()) {
        w.benchComplete = true;
        observer.disconnect();
        afterPaint((at) => (w.benchCompleteAt = at));
      }
    });
    const watching = { childList: true, subtree: true, characterData: true, attributes: true };
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      const root = attachShadow.call(this, init);
      roots.push(root);
      observer.observe(root, watching);
      return root;
    };
    observer.observe(document, watching);
  }, title);
  return context;
}

/**
 * Opens `url` in a new page and returns the in-page time until `title` is painted: in a fresh context (a
 * first visit), or in `returning` (a context kept between runs: its local storage, e.g. remembered seal checks,
 * and HTTP cache stay).
 */
async function timeOnce(
  browser: Browser,
  url: string,
  { lastShownTitle: title, sealsToRemember }: RenderTarget,
  member: boolean,
  timeoutMs: number,
  returning?: BrowserContext,
): Promise<Timed> {
  const context = returning ?? (await benchContext(browser, title, member));
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    try {
      // Done when the view's last initiative is painted; failed when the page keeps showing an error (alert).
      const handle = await page.waitForFunction(
        () => {
          const { benchPaintedAt: painted, benchCompleteAt: complete } = window as unknown as {
            benchPaintedAt?: number;
            benchCompleteAt?: number;
          };
          if (painted !== undefined && complete !== undefined) {
            const answers = performance
              .getEntriesByType('resource')
              .filter((e) => e.name.includes('/_api/'))
              .map((e) => (e as PerformanceResourceTiming).responseEnd)
              .filter((end) => end <= painted);
            return { ms: painted, completeMs: complete, dataMs: Math.max(0, ...answers) };
          }
          // An error that stays 3 s (a passing notice does not count), in the page or a shadow root.
          const w = window as unknown as { benchAlertSince?: number; benchRoots?: ShadowRoot[] };
          const alert = [document, ...(w.benchRoots ?? [])]
            .map((n) => n.querySelector('[role="alert"]'))
            .find((a) => a?.textContent);
          if (!alert?.textContent) {
            w.benchAlertSince = undefined;
            return false;
          }
          w.benchAlertSince ??= performance.now();
          return performance.now() - w.benchAlertSince > 3000 ? { failed: alert.textContent } : false;
        },
        undefined,
        { polling: 'raf', timeout: timeoutMs },
      );
      const outcome = (await handle.jsonValue()) as Timed | { failed: string };
      // A returning reader's browser keeps the view hint, and the seal checks it passed once idle after the
      // paint (one write of `devplan.seals.*`): the page stays open until they are kept, as a reader's stays
      // open while reading.
      if ('ms' in outcome && returning)
        await page.waitForFunction(
          (seals) =>
            ['devplan.viewHints.', ...(seals ? ['devplan.seals.'] : [])].every((prefix) =>
              Object.keys(localStorage).some((k) => k.startsWith(prefix) && !!localStorage.getItem(k)),
            ),
          sealsToRemember,
          { polling: 100, timeout: timeoutMs },
        );
      if ('ms' in outcome) return outcome;
      throw new RenderFailed(url, outcome.failed);
    } catch (error) {
      if (error instanceof RenderFailed) throw error;
      const shown = await page
        .evaluate(() => document.body?.innerText.slice(0, 300) ?? '')
        .catch(() => 'page not readable');
      throw new RenderTimeout(url, timeoutMs, shown, error);
    } finally {
      if (returning) await page.close();
    }
  } finally {
    if (!returning) await context.close();
  }
}

/**
 * Times the tab overview and the web part preview for each target, `runs(target)` times each (one warm-up
 * run per view first, not counted), and reports median, min and max.
 */
export async function measureRenders(
  urls: RenderUrls,
  targets: readonly RenderTarget[],
  runs: (target: RenderTarget) => number,
  progress: (message: string) => void = () => undefined,
): Promise<RenderTiming[]> {
  const browser = await launchBrowser();
  const out: RenderTiming[] = [];
  try {
    for (const view of RENDER_VIEWS) {
      for (const target of targets) {
        const appUrl = urls.app;
        const url =
          view === 'tab'
            ? `${appUrl}/tab/?plan=${target.year}`
            : view === 'tab-initiative'
              ? `${appUrl}/tab/?plan=${target.year}#/initiative/${target.initiative.id}`
              : view === 'webpart-initiative'
                ? `${appUrl}/webpart-preview/?year=${target.year}#initiative=${target.initiative.id}`
                : view === 'reader-element'
                  ? new URL(`?plan=${target.year}`, urls.intranet).href
                  : `${appUrl}/webpart-preview/?year=${target.year}`;
        // An initiative's page, or the initiative a link names, is done when its title is painted.
        const shown =
          view === 'tab-initiative' || view === 'webpart-initiative'
            ? { ...target, lastShownTitle: target.initiative.title }
            : view === 'tab'
              ? target
              : { ...target, lastShownTitle: target.lastShownReaderTitle };
        const n = runs(target);
        const timeout = 90_000;
        const times: Timed[] = [];
        const member = view === 'tab' || view === 'tab-initiative';
        // A returning reader: one context for all runs, after a first visit that is not counted.
        const returning =
          view === 'webpart-returning'
            ? await benchContext(browser, shown.lastShownTitle, member)
            : undefined;
        try {
          // One warm-up per view (the first page of a fresh browser starts slower), not counted.
          if (target === targets[0] || returning)
            await timeOnce(browser, url, shown, member, timeout, returning);
          for (let i = 0; i < n; i++)
            times.push(await timeOnce(browser, url, shown, member, timeout, returning));
        } catch (error) {
          if (!(error instanceof RenderTimeout) && !(error instanceof RenderFailed)) throw error;
          progress(`render ${view} ${target.initiatives} initiatives: ${error.message}`);
          out.push({
            view,
            year: target.year,
            initiatives: target.initiatives,
            runs: 0,
            medianMs: NaN,
            medianCompleteMs: NaN,
            medianDataMs: NaN,
            minMs: NaN,
            maxMs: NaN,
            error:
              error instanceof RenderFailed
                ? `failed: ${error.message.replace(/^.*instead of the plan: /, '')}`
                : `did not render within ${timeout / 1000} s`,
          });
          continue;
        } finally {
          await returning?.close();
        }
        const timing: RenderTiming = {
          view,
          year: target.year,
          initiatives: target.initiatives,
          runs: n,
          medianMs: median(times.map((t) => t.ms)),
          medianCompleteMs: median(times.map((t) => t.completeMs)),
          medianDataMs: median(times.map((t) => t.dataMs)),
          minMs: Math.min(...times.map((t) => t.ms)),
          maxMs: Math.max(...times.map((t) => t.ms)),
        };
        progress(
          `render ${view} ${target.initiatives} initiatives: median ${timing.medianMs.toFixed(0)} ms of ${n} runs`,
        );
        out.push(timing);
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}
