import type { SPFI } from '@pnp/sp/index.js';
import '@pnp/sp/webs/index.js';
import '@pnp/sp/lists/index.js';
import type { IList } from '@pnp/sp/lists/index.js';
import { listDef, type ListKey } from '@devplan/core';

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
    const def = listDef(key);
    return def.template === 101 ? `${this.path}/${def.url}` : `${this.path}/Lists/${def.url}`;
  }

  /** The list `key`, on this site's PnPjs instance or on another (e.g. a batched one). */
  list(key: ListKey, sp: SPFI = this.sp): IList {
    return sp.web.getList(this.listUrl(key));
  }
}
