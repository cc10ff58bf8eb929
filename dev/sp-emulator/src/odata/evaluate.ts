import { BadRequestError } from '../errors/sp-errors.js';
import { fold } from '../model/names.js';
import type { CompareOp, FilterNode, LiteralNode, OperandNode } from './filter-ast.js';

/** Reads a property path of the object being filtered (undefined when it does not exist). */
export type PropertyReader = (path: readonly string[]) => unknown;

function normalize(value: unknown): unknown {
  if (typeof value === 'string') return fold(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

function literalValue(literal: LiteralNode, other: unknown): unknown {
  if (literal.kind === 'boolean') return literal.value ? 1 : 0;
  if (literal.kind === 'number' && typeof other === 'boolean') return literal.value;
  if (literal.kind === 'guid' && typeof literal.value === 'string') return fold(literal.value);
  return normalize(literal.value);
}

function compareValues(op: CompareOp, a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) {
    const bothNull = (a === null || a === undefined) && (b === null || b === undefined);
    if (op === 'eq') return bothNull;
    if (op === 'ne') return !bothNull;
    return false;
  }
  if (typeof a !== typeof b) {
    if (typeof a === 'number' && typeof b === 'string' && b.trim() !== '' && Number.isFinite(Number(b)))
      b = Number(b);
    else if (typeof a === 'string' && typeof b === 'number') a = Number.isFinite(Number(a)) ? Number(a) : a;
  }
  const x = a as string | number;
  const y = b as string | number;
  switch (op) {
    case 'eq':
      return x === y;
    case 'ne':
      return x !== y;
    case 'lt':
      return x < y;
    case 'le':
      return x <= y;
    case 'gt':
      return x > y;
    case 'ge':
      return x >= y;
  }
}

function operand(node: OperandNode, read: PropertyReader): unknown {
  if (node.type === 'member') {
    const value = read(node.path);
    if (value === undefined)
      throw new BadRequestError(`The property '${node.path.join('/')}' does not exist on this type.`);
    return normalize(value);
  }
  if (node.type === 'call') return callValue(node.name, node.args, read) ? 1 : 0;
  return normalize(node.value);
}

function callValue(name: 'startswith' | 'substringof', args: OperandNode[], read: PropertyReader): boolean {
  const [a, b] = args.map((n) => operand(n, read));
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  return name === 'startswith' ? a.startsWith(b) : b.includes(a);
}

/**
 * Evaluates a filter against an object in memory (lists, fields, users, groups): text case-insensitive,
 * booleans comparable with 1/0.
 */
export function evaluateFilter(node: FilterNode, read: PropertyReader): boolean {
  switch (node.type) {
    case 'and':
      return evaluateFilter(node.left, read) && evaluateFilter(node.right, read);
    case 'or':
      return evaluateFilter(node.left, read) || evaluateFilter(node.right, read);
    case 'not':
      return !evaluateFilter(node.operand, read);
    case 'call':
      return callValue(node.name, node.args, read);
    case 'compare': {
      const left = node.left.type === 'literal' ? undefined : operand(node.left, read);
      const right = node.right.type === 'literal' ? undefined : operand(node.right, read);
      const l = node.left.type === 'literal' ? literalValue(node.left, right) : left;
      const r = node.right.type === 'literal' ? literalValue(node.right, left) : right;
      return compareValues(node.op, l, r);
    }
  }
}
