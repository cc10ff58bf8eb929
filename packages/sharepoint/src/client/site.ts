import type { SPFI } from '@pnp/sp/index.js';
import '@pnp/sp/webs/index.js';
import '@pnp/sp/lists/index.js';
import '@pnp/sp/batching.js';
import type { IList } from '@pnp/sp/lists/index.js';
import { listPathOf, type ListKey } from '@devplan/core/schema';

/**
 * Most requests SharePoint Online takes in one `$batch` (PnPjs would split after 20, its default, and send
 * the rest as a further HTTP request).
 */
export const MAX_BATCH_REQUESTS = 100;

/**
 * The plan site: the PnPjs instance a host built, and how to reach each of the product's lists.
 * Lists are found by URL (`Lists/Plans`), so a renamed display title does not break anything.
 */
export class PlanSite {
  /** Server-relative path of the site, e.g. `/sites/utvecklingsplan`. */
  readonly path: string;

  constructor(
    readonly sp: SPFI,
    readonly siteUrl: string,
  ) {
    this.path = new URL(siteUrl).pathname.replace(/\/$/, '');
  }

  /** Server-relative URL of a list (`<site>/Lists/<url>`), or of a document library (`<site>/<url>`). */
  listUrl(key: ListKey): string {
    return `${this.path}/${listPathOf(key)}`;
  }

  /** A batched instance of this site's PnPjs and the function that sends it: one `$batch` of up to 100 requests. */
  batched(): ReturnType<SPFI['batched']> {
    return this.sp.batched({ maxRequests: MAX_BATCH_REQUESTS });
  }

  /** The list `key`, on this site's PnPjs instance or on another (e.g. a batched one). */
  list(key: ListKey, sp: SPFI = this.sp): IList {
    return sp.web.getList(this.listUrl(key));
  }
}
