/** Abstract syntax of an OData `$filter` expression, as the emulator supports it. */

/** A literal value in a filter. */
export interface LiteralNode {
  type: 'literal';
  kind: 'string' | 'number' | 'boolean' | 'null' | 'datetime' | 'guid';
  value: string | number | boolean | null;
}

/** A property path such as `Title` or `Plan/Title`. */
export interface MemberNode {
  type: 'member';
  path: string[];
}

/** A call of a supported function (`startswith`, `substringof`). */
export interface CallNode {
  type: 'call';
  name: 'startswith' | 'substringof';
  args: OperandNode[];
}

/** Something a comparison compares. */
export type OperandNode = LiteralNode | MemberNode | CallNode;

/** Comparison operators. */
export type CompareOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

/** `left op right`. */
export interface CompareNode {
  type: 'compare';
  op: CompareOp;
  left: OperandNode;
  right: OperandNode;
}

/** `left and right`, `left or right`. */
export interface LogicalNode {
  type: 'and' | 'or';
  left: FilterNode;
  right: FilterNode;
}

/** `not operand`. */
export interface NotNode {
  type: 'not';
  operand: FilterNode;
}

/** A boolean filter expression. */
export type FilterNode = CompareNode | LogicalNode | NotNode | CallNode;

/** The top-level AND-ed clauses of a filter (`a and (b and c)` → a, b, c). */
export function topLevelConjuncts(node: FilterNode): FilterNode[] {
  if (node.type === 'and') return [...topLevelConjuncts(node.left), ...topLevelConjuncts(node.right)];
  return [node];
}
