import {
  topLevelConjuncts,
  type FilterNode,
  type MemberNode,
  type LiteralNode,
  type CompareOp,
} from '../odata/filter-ast.js';
import type { IndexOp } from '../storage/items-repo.js';
import type { PathTarget } from './paths.js';
import { coerceLiteral } from './sql-filter.js';

/** A top-level AND-ed filter clause that an index can answer. */
export interface IndexClause {
  /** Internal name of the indexed field, or `ID`. */
  field: string;
  op: IndexOp;
  value: string | number;
}

const INDEX_OP: Partial<Record<CompareOp, IndexOp>> = { eq: '=', lt: '<', le: '<=', gt: '>', ge: '>=' };
const FLIP: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };

/** True when the target is the ID or a field with an index. */
export function isIndexedTarget(target: PathTarget): boolean {
  if (target.kind === 'id') return true;
  if (target.kind === 'value' || target.kind === 'refId') {
    return target.field.indexed || target.field.enforceUniqueValues;
  }
  return false;
}

/** The clauses of a filter that an index can serve (comparisons of ID or an indexed field with a literal). */
export function indexClauses(filter: FilterNode, resolve: (member: MemberNode) => PathTarget): IndexClause[] {
  const out: IndexClause[] = [];
  for (const clause of topLevelConjuncts(filter)) {
    if (clause.type !== 'compare') continue;
    let member: MemberNode;
    let literal: LiteralNode;
    let op = clause.op;
    if (clause.left.type === 'member' && clause.right.type === 'literal') {
      member = clause.left;
      literal = clause.right;
    } else if (clause.left.type === 'literal' && clause.right.type === 'member') {
      member = clause.right;
      literal = clause.left;
      op = FLIP[op];
    } else continue;
    const indexOp = INDEX_OP[op];
    if (!indexOp || literal.kind === 'null') continue;
    const target = resolve(member);
    if (!isIndexedTarget(target)) continue;
    if (target.kind === 'id') out.push({ field: 'ID', op: indexOp, value: coerceLiteral('id', literal) });
    else if (target.kind === 'value') {
      if (target.field.kind === 'MultiChoice') continue;
      out.push({
        field: target.field.internalName,
        op: indexOp,
        value: coerceLiteral(target.field, literal),
      });
    } else if (target.kind === 'refId') {
      out.push({ field: target.field.internalName, op: indexOp, value: coerceLiteral('ref', literal) });
    }
  }
  return out;
}

/** What the list view threshold rule needs to know about a query. */
export interface ThresholdInput {
  itemCount: number;
  threshold: number;
  hasFilter: boolean;
  /** Every $orderby term is ID or an indexed field. */
  orderServedByIndex: boolean;
  /** How many items each index clause matches (counted up to threshold + 1). */
  clauseCounts: readonly number[];
}

/**
 * SharePoint's list view threshold rule: past the threshold a query must be answerable through an index:
 * without a filter it must be ordered by ID or an indexed field (and paged); with a filter one AND-ed clause on
 * an indexed field must match at most `threshold` items. Returns true when the query is allowed.
 */
export function withinThreshold(input: ThresholdInput): boolean {
  if (input.itemCount <= input.threshold) return true;
  if (!input.orderServedByIndex) return false;
  if (!input.hasFilter) return true;
  return input.clauseCounts.some((n) => n <= input.threshold);
}
