import type { SPFI } from '@pnp/sp/index.js';
import '@pnp/sp/items/index.js';
import type { IItems } from '@pnp/sp/items/index.js';
import type { z } from 'zod';
import type { Stored } from '../../domain/common/types.js';
import { parseOrThrow } from '../../validation/validate.js';
import type { PlanSite } from '../client/site.js';
import { SharePointError, spCall } from '../client/errors.js';
import { fromItem, selectFor, toFields, type EntityMapping, type SpItem } from '../mapping/mapper.js';

/** SharePoint's maximum page size, and the list view threshold. */
export const PAGE_SIZE = 5000;

/** A query on a list: an OData filter over indexed columns and an order. */
export interface ListQuery {
  filter?: string;
  orderBy?: { field: string; ascending?: boolean };
  /** At most this many items (default: all). */
  top?: number;
}

function isThrottled(error: unknown): boolean {
  return error instanceof SharePointError && error.spCode.includes('SPQueryThrottledException');
}

/**
 * Reads and writes one list through PnPjs, mapping items with the list's `EntityMapping` (the one place
 * items become entities), validating inputs with the given schemas, and guarding every update and
 * delete with the ETag the caller read.
 */
export class ListRepository<E extends Stored, Input, Patch> {
  private readonly selection: { select: string[]; expand: string[] };

  constructor(
    protected readonly site: PlanSite,
    protected readonly mapping: EntityMapping<E>,
    /** Input schemas; null for lists only the app writes from records it builds itself. */
    protected readonly schemas: { create: z.ZodType; patch: z.ZodType } | null,
  ) {
    this.selection = selectFor(mapping);
  }

  /** The list's display-independent key, for messages and the audit trail. */
  get listName(): string {
    return this.mapping.list;
  }

  /** The items collection with the mapped `$select`/`$expand`, on this site or a batched instance. */
  items(sp?: SPFI): IItems {
    const { select, expand } = this.selection;
    const items = this.site.list(this.mapping.list, sp).items.select(...select);
    return expand.length ? items.expand(...expand) : items;
  }

  /** Maps raw items (e.g. from a batch) to entities. */
  map(items: readonly SpItem[]): E[] {
    return items.map((item) => fromItem(this.mapping, item));
  }

  /** One item by id. */
  async get(id: number): Promise<E> {
    const { select, expand } = this.selection;
    // getById starts a new query: $select and $expand must be set on the item itself.
    const byId = this.site
      .list(this.mapping.list)
      .items.getById(id)
      .select(...select);
    const item = await spCall({ listName: this.listName, itemId: id }, () =>
      (expand.length ? byId.expand(...expand) : byId)(),
    );
    return fromItem(this.mapping, item as SpItem);
  }

  /**
   * Every item matching the query, read in pages of 5,000 (following `odata.nextLink`). On a list past the
   * list view threshold where the filter alone cannot be served by an index, reads in windows of item ids
   * (ID is always indexed) so the query stays valid.
   */
  async find(query: ListQuery = {}): Promise<E[]> {
    try {
      return this.map(await this.readPaged(query.filter, query));
    } catch (error) {
      if (!isThrottled(error) || query.orderBy) throw error;
      return this.map(await this.readInIdWindows(query.filter, query.top));
    }
  }

  private async readPaged(filter: string | undefined, query: ListQuery): Promise<SpItem[]> {
    let items = this.items().top(Math.min(query.top ?? PAGE_SIZE, PAGE_SIZE));
    if (filter) items = items.filter(filter);
    if (query.orderBy) items = items.orderBy(query.orderBy.field, query.orderBy.ascending ?? true);
    const out: SpItem[] = [];
    await spCall({ listName: this.listName }, async () => {
      for await (const page of items as unknown as AsyncIterable<SpItem[]>) {
        out.push(...page);
        if (query.top !== undefined && out.length >= query.top) break;
      }
    });
    return query.top === undefined ? out : out.slice(0, query.top);
  }

  private async readInIdWindows(filter: string | undefined, top?: number): Promise<SpItem[]> {
    const last = (await spCall({ listName: this.listName }, () =>
      this.site.list(this.mapping.list).items.select('Id').orderBy('ID', false).top(1)(),
    )) as SpItem[];
    const maxId = Number(last[0]?.['Id'] ?? 0);
    const out: SpItem[] = [];
    for (let from = 0; from < maxId; from += PAGE_SIZE) {
      const window = `ID gt ${from} and ID le ${from + PAGE_SIZE}`;
      out.push(...(await this.readPaged(filter ? `${window} and (${filter})` : window, {})));
      if (top !== undefined && out.length >= top) return out.slice(0, top);
    }
    return out;
  }

  /** Validates and creates an item; returns it as stored (with its ETag). */
  async add(input: Input): Promise<E> {
    const value = (this.schemas ? parseOrThrow(this.schemas.create, input) : input) as Partial<E>;
    return this.addValidated(value);
  }

  /** Creates an item from an already validated entity value. */
  protected async addValidated(value: Partial<E>): Promise<E> {
    const created = (await spCall({ listName: this.listName }, () =>
      this.site.list(this.mapping.list).items.add(toFields(this.mapping, value)),
    )) as SpItem;
    return this.get(Number(created['Id'] ?? created['ID']));
  }

  /**
   * Validates a change and writes it only if the item is still at `etag` (else a ConcurrencyError, 412);
   * returns the item as stored after the change.
   */
  async update(id: number, patch: Patch, etag: string): Promise<E> {
    if (!this.schemas) throw new Error(`${this.listName} items are never changed once written.`);
    const value = parseOrThrow(this.schemas.patch, patch) as Partial<E>;
    return this.updateValidated(id, value, etag);
  }

  /** Writes an already validated change, guarded by `etag`. */
  protected async updateValidated(id: number, value: Partial<E>, etag: string): Promise<E> {
    await spCall({ listName: this.listName, itemId: id }, () =>
      this.site.list(this.mapping.list).items.getById(id).update(toFields(this.mapping, value), etag),
    );
    return this.get(id);
  }

  /** Deletes an item if it is still at `etag`. */
  async delete(id: number, etag: string): Promise<void> {
    await spCall({ listName: this.listName, itemId: id }, () =>
      this.site.list(this.mapping.list).items.getById(id).delete(etag),
    );
  }
}
