import { BadRequestError, ThresholdError } from '../errors/sp-errors.js';
import { isMultiValued } from '../model/fields.js';
import { fold } from '../model/names.js';
import type { FilterNode } from '../odata/filter-ast.js';
import type { OrderTerm } from '../odata/query-options.js';
import type { SkipToken } from '../odata/skiptoken.js';
import type { ItemRecord } from '../model/lists.js';
import type { Store } from '../storage/store.js';
import { resolvePath } from './paths.js';
import type { ListSchema } from './schema.js';
import { FilterCompiler, isTextKind, SqlParams, valueExpr } from './sql-filter.js';
import { indexClauses, isIndexedTarget, withinThreshold, type IndexClause } from './threshold.js';

/** An item query after OData parsing. */
export interface ItemQuery {
  filter?: FilterNode;
  orderBy?: readonly OrderTerm[];
  top: number;
  skipToken?: SkipToken;
}

/** A page of items and, when more exist, the skiptoken position after it. */
export interface ItemPage {
  items: ItemRecord[];
  next?: { id: number; values: Record<string, string> };
}

interface SortTerm {
  name: string;
  expr: string;
  descending: boolean;
  numeric: boolean;
}

function resolveOrder(
  store: Store,
  schema: ListSchema,
  terms: readonly OrderTerm[],
): { sort: SortTerm[]; indexed: boolean } {
  const sort: SortTerm[] = [];
  let indexed = true;
  for (const term of terms) {
    const target = resolvePath(store, schema, term.path);
    const name = term.path.join('/');
    if (target.kind === 'id') {
      sort.push({ name: 'ID', expr: 'i.item_id', descending: term.descending, numeric: true });
      continue;
    }
    if (target.kind !== 'value' && target.kind !== 'refId' && target.kind !== 'nav') {
      throw new BadRequestError(
        `Ordering by the projected field '${name}' is not supported by the emulator.`,
      );
    }
    const field = target.field;
    if (isMultiValued(field) || field.kind === 'Note' || field.kind === 'URL') {
      throw new BadRequestError(
        `The field '${field.internalName}' of type '${field.kind}' cannot be used to order a query.`,
      );
    }
    if (!isIndexedTarget(target.kind === 'nav' ? { kind: 'refId', field } : target)) indexed = false;
    const expr = valueExpr('i', field);
    sort.push({
      name: field.internalName,
      expr: isTextKind(field) ? `sp_fold(${expr})` : expr,
      descending: term.descending,
      numeric: !isTextKind(field) && field.kind !== 'DateTime',
    });
  }
  return { sort, indexed };
}

function keysetCondition(
  sort: readonly SortTerm[],
  anchor: readonly unknown[],
  anchorId: number,
  idDescending: boolean,
  params: SqlParams,
): string {
  const build = (k: number): string => {
    if (k === sort.length) return `i.item_id ${idDescending ? '<' : '>'} ${params.add(anchorId)}`;
    const term = sort[k] as SortTerm;
    const v = anchor[k] as string | number | null;
    const rest = build(k + 1);
    if (v === null || v === undefined) {
      return term.descending
        ? `(${term.expr} IS NULL AND ${rest})`
        : `(${term.expr} IS NOT NULL OR (${term.expr} IS NULL AND ${rest}))`;
    }
    const a = params.add(v);
    const b = params.add(v);
    return term.descending
      ? `(${term.expr} < ${a} OR ${term.expr} IS NULL OR (${term.expr} = ${b} AND ${rest}))`
      : `(${term.expr} > ${a} OR (${term.expr} = ${b} AND ${rest}))`;
  };
  return build(0);
}

function tokenValue(term: SortTerm, raw: string | undefined): string | number | null {
  if (raw === undefined || raw === '') return null;
  if (term.numeric) return Number.isFinite(Number(raw)) ? Number(raw) : null;
  return fold(raw);
}

/** Runs an item query: filter, threshold rule, ordering, keyset paging by skiptoken, top. */
export function queryItems(store: Store, schema: ListSchema, query: ItemQuery, threshold: number): ItemPage {
  const params = new SqlParams();
  const listParam = params.add(schema.list.id);
  const where: string[] = [`i.list_id = ${listParam}`];
  const compiler = new FilterCompiler(store, schema, params);
  if (query.filter) where.push(compiler.compile(query.filter));

  // ORDER BY: the given terms (ID excluded, it is the tiebreak) then ID.
  const { sort: allTerms, indexed: orderIndexed } = resolveOrder(store, schema, query.orderBy ?? []);
  // Terms after ID cannot change the order (IDs are unique).
  const idIndex = allTerms.findIndex((t) => t.name === 'ID');
  const idTerm = idIndex >= 0 ? allTerms[idIndex] : undefined;
  const sort = idIndex >= 0 ? allTerms.slice(0, idIndex) : allTerms;
  const idDescending = idTerm?.descending ?? false;

  // List view threshold and index acceleration.
  const clauses = query.filter ? indexClauses(query.filter, (m) => compiler.target(m)) : [];
  let accelerator: IndexClause | undefined;
  const overThreshold = schema.list.itemCount > threshold;
  if (overThreshold) {
    const counts = clauses.map((c) =>
      c.field === 'ID'
        ? store.items.countIds(schema.list.id, c.op, c.value as number, threshold + 1)
        : store.items.countIndexed(schema.list.id, c.field, c.op, c.value, threshold + 1),
    );
    const allowed = withinThreshold({
      itemCount: schema.list.itemCount,
      threshold,
      hasFilter: query.filter !== undefined,
      orderServedByIndex: orderIndexed,
      clauseCounts: counts,
    });
    if (!allowed) throw new ThresholdError();
    let best = -1;
    counts.forEach((n, i) => {
      if (n <= threshold && (best < 0 || n < (counts[best] as number))) best = i;
    });
    accelerator = best >= 0 ? clauses[best] : undefined;
  } else {
    accelerator = clauses.find((c) => c.op === '=');
  }
  const useSideIndex = accelerator !== undefined && accelerator.field !== 'ID';
  if (accelerator && useSideIndex) {
    // `+list_id` keeps SQLite from scanning the list's id index: the side index drives the lookup by row id.
    where[0] = `+i.list_id = ${listParam}`;
    where.push(
      `i.row_id IN (SELECT row_id FROM item_index WHERE list_id = ${params.add(schema.list.id)} AND field = ${params.add(accelerator.field)} AND value ${accelerator.op} ${params.add(accelerator.value)})`,
    );
  }

  // Paging: keyset after (or before, for PagedPrev) the token's item.
  const previous = query.skipToken?.previous ?? false;
  const effective = previous ? sort.map((t) => ({ ...t, descending: !t.descending })) : sort;
  const effectiveIdDesc = previous ? !idDescending : idDescending;
  if (query.skipToken) {
    const token = query.skipToken;
    let anchor: unknown[] = [];
    if (sort.length > 0) {
      const row = store.items.rows(
        `SELECT ${sort.map((t, k) => `${t.expr} AS s${k}`).join(', ')} FROM items i WHERE i.list_id = ? AND i.item_id = ?`,
        [schema.list.id, token.id],
      )[0];
      anchor = row ? sort.map((_, k) => row[`s${k}`]) : sort.map((t) => tokenValue(t, token.values[t.name]));
    }
    where.push(keysetCondition(effective, anchor, token.id, effectiveIdDesc, params));
  }

  const idOrder = `${useSideIndex ? '+' : ''}i.item_id ${effectiveIdDesc ? 'DESC' : 'ASC'}`;
  const orderSql = [...effective.map((t) => `${t.expr} ${t.descending ? 'DESC' : 'ASC'}`), idOrder].join(
    ', ',
  );
  const sql = `SELECT i.row_id, i.item_id, i.version, i.data FROM items i WHERE ${where.join(' AND ')} ORDER BY ${orderSql} LIMIT ${params.add(query.top + 1)}`;
  const rows = store.items.select(sql, params.values);
  const more = rows.length > query.top;
  const items = more ? rows.slice(0, query.top) : rows;
  if (previous) items.reverse();
  if (!more && !previous) return { items };
  const last = items[items.length - 1];
  if (!last) return { items };
  const values: Record<string, string> = {};
  if (sort.length > 0) {
    const row = store.items.rows(
      `SELECT ${sort.map((t, k) => `${t.expr} AS s${k}`).join(', ')} FROM items i WHERE i.row_id = ?`,
      [last.rowId],
    )[0];
    sort.forEach((t, k) => {
      const v = row?.[`s${k}`];
      values[t.name] = v === null || v === undefined ? '' : String(v);
    });
  }
  return { items, next: { id: last.id, values } };
}
