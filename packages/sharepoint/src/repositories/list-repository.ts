import type { SPFI } from '@pnp/sp/index.js';
import '@pnp/sp/items/index.js';
import type { IItem, IItems } from '@pnp/sp/items/index.js';
import type { z } from 'zod';
import { ConcurrencyError, NotFoundError, newCreateKey, type Stored } from '@devplan/core';
import type { PlanSite } from '../client/site.js';
import { DuplicateValueError, SharePointError, spCall } from '../client/errors.js';
import {
  fromItem,
  selectFor,
  toFields,
  versionFromEtag,
  type EntityMapping,
  type SpItem,
} from '../mapping/mapper.js';

/** SharePoint's maximum page size, and the list view threshold. */
export const PAGE_SIZE = 5000;

/** A query on a list: an OData filter over indexed columns and an order. */
export interface ListQuery {
  filter?: string;
  orderBy?: { field: string; ascending?: boolean };
  /** At most this many items (default: all). */
  top?: number;
}

/** Whether SharePoint refused a query for the list view threshold (500, SPQueryThrottledException). */
export function isThrottled(error: unknown): boolean {
  return error instanceof SharePointError && error.spCode.includes('SPQueryThrottledException');
}

/** One comparison `Field eq value` of an equality filter. */
interface Equality {
  field: string;
  value: string | number;
}

const EQUALITY = /^\(?\s*([A-Za-z_]\w*) eq (?:(-?\d+(?:\.\d+)?)|'((?:[^']|'')*)')\s*\)?$/;

/** The terms of a filter that is an AND of `Field eq value` (number or quoted text), else undefined. */
function equalities(filter: string): Equality[] | undefined {
  const out: Equality[] = [];
  for (const term of filter.split(' and ')) {
    const m = EQUALITY.exec(term.trim());
    if (!m) return undefined;
    out.push({ field: m[1]!, value: m[2] !== undefined ? Number(m[2]) : m[3]!.replace(/''/g, "'") });
  }
  return out;
}

/** Whether an item holds the value as SharePoint compares it: text without case, booleans as 1/0. */
function matches(item: SpItem, { field, value }: Equality): boolean {
  const raw = item[field];
  if (typeof raw === 'string' && typeof value === 'string') return raw.toLowerCase() === value.toLowerCase();
  return raw === value || (typeof raw === 'boolean' && typeof value === 'number' && Number(raw) === value);
}

/**
 * One read of a filter in a window of item ids: its query (on this site or a batched instance), and how to
 * pick the filter's items from its answer.
 */
export interface IdWindowRead {
  query(sp?: SPFI): IItems;
  pick(items: readonly SpItem[]): SpItem[];
}

/** The highest item id in an answer of `ListRepository.lastIdQuery` (0 for an empty list). */
export function lastIdOf(items: readonly SpItem[]): number {
  return Number(items[0]?.['Id'] ?? 0);
}

/**
 * A list's input schemas and how they are applied (`parseOrThrow`, which throws a `ValidationError`): handed in
 * by the writing repositories, so a host that only reads loads no validation.
 */
export interface InputSchemas {
  create: z.ZodType;
  patch: z.ZodType;
  parse: <S extends z.ZodType>(schema: S, input: unknown) => z.output<S>;
}

/**
 * Reads one list through PnPjs, mapping items with the list's `EntityMapping` (the one place items become
 * entities): the reading base of every repository, and all a read-only host (the intranet view) loads.
 */
export class ReadRepository<E extends Stored> {
  protected readonly selection: { select: string[]; expand: string[] };

  constructor(
    protected readonly site: PlanSite,
    protected readonly mapping: EntityMapping<E>,
  ) {
    this.selection = selectFor(mapping);
  }

  /** The list's display-independent key, for messages and the audit trail. */
  get listName(): string {
    return this.mapping.list;
  }

  /**
   * The items collection with the mapped `$select`/`$expand` (and `extra` columns), on this site or a batched
   * instance.
   */
  items(sp?: SPFI, extra: readonly string[] = []): IItems {
    const { select, expand } = this.selection;
    const items = this.site.list(this.mapping.list, sp).items.select(...new Set([...select, ...extra]));
    return expand.length ? items.expand(...expand) : items;
  }

  /** Maps raw items (e.g. from a batch) to entities. */
  map(items: readonly SpItem[]): E[] {
    return items.map((item) => fromItem(this.mapping, item));
  }

  /** The query for one item by id with the mapped `$select`/`$expand`, on this site or a batched instance. */
  byId(id: number, sp?: SPFI): IItem {
    const { select, expand } = this.selection;
    // getById starts a new query: $select and $expand must be set on the item itself.
    const byId = this.site
      .list(this.mapping.list, sp)
      .items.getById(id)
      .select(...select);
    return expand.length ? byId.expand(...expand) : byId;
  }

  /** One item by id. */
  async get(id: number): Promise<E> {
    const item = await spCall({ listName: this.listName, itemId: id }, () => this.byId(id)());
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

  /**
   * The query for the list's highest item id (ordered by ID, which any list allows past the threshold), on
   * this site or a batched instance; read its answer with `lastIdOf`. With `filter`, the highest id of the
   * items that match it (allowed where the filter alone is).
   */
  lastIdQuery(sp?: SPFI, filter?: string): IItems {
    const items = this.site.list(this.mapping.list, sp).items.select('Id').orderBy('ID', false).top(1);
    return filter ? items.filter(filter) : items;
  }

  /**
   * The reads that cover `filter` on this list up to item `maxId` in windows of 5,000 item ids, each a query
   * SharePoint allows however large the list and answers in one page. Past the threshold a filtered window
   * (`ID gt a and ID le b and (filter)`) is allowed only at the ends of the list (one of its bounds must
   * match at most 5,000 items), so a filter of `Field eq value` terms is read as whole windows (no `$filter`,
   * ordered by ID, `$skiptoken` at the window's start) and picked here; any other filter as filtered windows.
   */
  idWindowReads(maxId: number, filter?: string): IdWindowRead[] {
    const terms = filter ? equalities(filter) : [];
    const reads: IdWindowRead[] = [];
    for (let from = 0; from < maxId; from += PAGE_SIZE) {
      const to = from + PAGE_SIZE;
      if (terms) {
        const query = (sp?: SPFI) =>
          this.items(
            sp,
            terms.map((t) => t.field),
          )
            .orderBy('ID')
            .top(PAGE_SIZE)
            .skip(from);
        const pick = (items: readonly SpItem[]) =>
          items.filter((item) => {
            const id = Number(item['Id']);
            return id > from && id <= to && terms.every((t) => matches(item, t));
          });
        reads.push({ query, pick });
      } else {
        const query = (sp?: SPFI) =>
          this.items(sp).filter(`ID gt ${from} and ID le ${to} and (${filter})`).top(PAGE_SIZE);
        reads.push({ query, pick: (items) => [...items] });
      }
    }
    return reads;
  }

  private async readInIdWindows(filter: string | undefined, top?: number): Promise<SpItem[]> {
    const maxId = lastIdOf(
      (await spCall({ listName: this.listName }, () => this.lastIdQuery()())) as SpItem[],
    );
    const out: SpItem[] = [];
    for (const read of this.idWindowReads(maxId, filter)) {
      out.push(...read.pick((await spCall({ listName: this.listName }, () => read.query()())) as SpItem[]));
      if (top !== undefined && out.length >= top) return out.slice(0, top);
    }
    return out;
  }
}

/**
 * Reads and writes one list through PnPjs (`ReadRepository`'s reads), validating inputs with the given schemas,
 * creating each item once per create key, and guarding every update and delete with the ETag the caller read.
 */
export class ListRepository<E extends Stored, Input, Patch> extends ReadRepository<E> {
  constructor(
    site: PlanSite,
    mapping: EntityMapping<E>,
    /** Input schemas; null for lists only the app writes from records it builds itself. */
    protected readonly schemas: InputSchemas | null,
  ) {
    super(site, mapping);
  }

  /**
   * Validates and creates an item; returns it as stored (with its ETag). `createKey` names this create (see
   * `addValidated`); a caller that may repeat the create itself (a form the user submits again after an
   * error) passes the same key each time.
   */
  async add(input: Input, createKey?: string): Promise<E> {
    const value = (this.schemas ? this.schemas.parse(this.schemas.create, input) : input) as Partial<E>;
    return this.addValidated(value, createKey);
  }

  /**
   * Creates an item from an already validated entity value, exactly once per `createKey` (a new random key
   * when none is given): the key is written in the list's unique `CreateKey` column, so when the request is
   * sent again (PnPjs retries after a lost answer, or the caller repeats it) SharePoint refuses the second
   * write as a duplicate and the item the first one made is returned. A duplicate of another unique column
   * (a second follow-up for a period) is still thrown as `DuplicateValueError`.
   */
  protected async addValidated(value: Partial<E>, createKey: string = newCreateKey()): Promise<E> {
    let created: SpItem;
    try {
      created = (await spCall({ listName: this.listName }, () =>
        this.addQuery(this.site.sp, value, createKey),
      )) as SpItem;
    } catch (error) {
      if (!(error instanceof DuplicateValueError)) throw error;
      const first = await this.byCreateKey(createKey);
      if (!first) throw error;
      return first;
    }
    // SharePoint answers a create with the new item (every column, its ETag): that is the item as stored, read
    // back only when the mapping shows people expanded (names, e-mails), the answer has no ETag (a host reading
    // without OData metadata) or it does not carry this create's key.
    const item = fromItem(this.mapping, created);
    return created[CREATE_KEY] === createKey && !this.selection.expand.length && item.etag
      ? item
      : this.get(Number(created['Id'] ?? created['ID']));
  }

  /**
   * The create `addValidated` sends, on `sp` (the site, or a batched instance shared with other requests): the
   * item with `createKey` in its unique `CreateKey` column, so a create sent twice writes once.
   */
  protected addQuery(sp: SPFI, value: Partial<E>, createKey: string): Promise<unknown> {
    assertCreateKey(createKey);
    return this.site
      .list(this.mapping.list, sp)
      .items.add({ ...toFields(this.mapping, value), [CREATE_KEY]: createKey });
  }

  /** The item a create with `createKey` made, or null. */
  async byCreateKey(createKey: string): Promise<E | null> {
    const [found] = await this.find({ filter: `${CREATE_KEY} eq '${createKey}'`, top: 1 });
    return found ?? null;
  }

  /**
   * Validates a change and writes it only if the item is still at `etag` (else a ConcurrencyError, 412);
   * returns the item as stored after the change.
   */
  async update(id: number, patch: Patch, etag: string): Promise<E> {
    if (!this.schemas) throw new Error(`${this.listName} items are never changed once written.`);
    const value = this.schemas.parse(this.schemas.patch, patch) as Partial<E>;
    return this.updateValidated(id, value, etag);
  }

  /**
   * Writes an already validated change, guarded by `etag`. When SharePoint answers 412 the write may be this
   * very one, repeated after its answer was lost (PnPjs retries after a network error): if the item is now
   * exactly one version past `etag` and holds every value written, the change is there and the item is
   * returned; otherwise someone else saved first (`ConcurrencyError`).
   */
  protected async updateValidated(id: number, value: Partial<E>, etag: string): Promise<E> {
    assertEtag(etag);
    try {
      await spCall({ listName: this.listName, itemId: id }, () =>
        this.site.list(this.mapping.list).items.getById(id).update(toFields(this.mapping, value), etag),
      );
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      const now = await this.get(id);
      if (landedAlready(now, value, etag)) return now;
      throw error;
    }
    return this.get(id);
  }

  /**
   * Deletes an item if it is still at `etag`. Gone already counts as deleted: a repeated delete (its first
   * answer lost) finds nothing, which is what the caller wanted.
   */
  async delete(id: number, etag: string): Promise<void> {
    assertEtag(etag);
    try {
      await spCall({ listName: this.listName, itemId: id }, () =>
        this.site.list(this.mapping.list).items.getById(id).delete(etag),
      );
    } catch (error) {
      if (error instanceof NotFoundError) return;
      throw error;
    }
  }
}

/** The internal name of every list's idempotency key column (`createKey` in the schema). */
export const CREATE_KEY = 'CreateKey';

const KEY_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._:@-]{7,63}$/;

/** Refuses a key that could not be filtered on safely or does not fit the column (8–64 plain characters). */
function assertCreateKey(key: string): void {
  if (!KEY_SHAPE.test(key)) throw new TypeError(`Not a create key (8–64 letters, digits, . _ : @ -): ${key}`);
}

/** Refuses a missing or wildcard ETag: product code never writes without the version it read. */
function assertEtag(etag: string): void {
  if (!etag || etag.trim() === '*') {
    throw new TypeError('An update or delete needs the ETag that was read; If-Match: * is never sent.');
  }
}

/**
 * Whether a write of `value` at `etag` that SharePoint refused with 412 is already in `now`, the item as read
 * after the refusal: the same write sent again after its answer was lost. True when the item is exactly one
 * version past `etag` and holds every written value (compared as the mapping reads them back).
 */
export function landedAlready<E extends Stored>(now: E, value: Partial<E>, etag: string): boolean {
  return versionFromEtag(now.etag) === versionFromEtag(etag) + 1 && holds(now, value);
}

function holds<E>(stored: E, value: Partial<E>): boolean {
  return Object.entries(value).every(([prop, written]) => {
    if (written === undefined) return true;
    const read = (stored as Record<string, unknown>)[prop];
    return JSON.stringify(comparable(read)) === JSON.stringify(comparable(written));
  });
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/** A value as SharePoint keeps it: empty text is no value, times to the second. */
function comparable(value: unknown): unknown {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  if (typeof value === 'string' && ISO_DATETIME.test(value)) return value.slice(0, 19);
  return value;
}
