import type { SQLInputValue } from 'node:sqlite';
import { BadRequestError } from '../errors/sp-errors.js';
import { isMultiValued, type FieldDef } from '../model/fields.js';
import { fold } from '../model/names.js';
import type {
  CallNode,
  CompareOp,
  FilterNode,
  LiteralNode,
  MemberNode,
  OperandNode,
} from '../odata/filter-ast.js';
import type { Store } from '../storage/store.js';
import { normalizeDate } from './dates.js';
import { resolvePath, type PathTarget } from './paths.js';
import type { ListSchema } from './schema.js';

/** Collects the parameters of a generated SQL statement (numbered, so SQL text may be assembled in any order). */
export class SqlParams {
  readonly values: SQLInputValue[] = [];
  /** Adds a parameter; returns its numbered placeholder (`?3`). */
  add(value: SQLInputValue): string {
    this.values.push(value);
    return `?${this.values.length}`;
  }
}

const SQL_OP: Record<CompareOp, string> = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' };
const FLIP: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };

/** True for kinds compared as case-insensitive text. */
export function isTextKind(field: FieldDef): boolean {
  return ['Text', 'Note', 'Choice', 'MultiChoice', 'Guid'].includes(field.kind);
}

/** SQL expression of a field's stored value on the items row `alias`. */
export function valueExpr(alias: string, field: FieldDef): string {
  if (field.internalName === 'ID') return `${alias}.item_id`;
  return `json_extract(${alias}.data, '$."${field.internalName}"')`;
}

function jsonPath(field: FieldDef): string {
  return `'$."${field.internalName}"'`;
}

function invalidValue(literal: LiteralNode, field: FieldDef | undefined, expected: string): BadRequestError {
  return new BadRequestError(
    `The value ${literal.kind === 'string' ? `'${String(literal.value)}'` : String(literal.value)} is not valid for ${field ? `field '${field.internalName}'` : 'the property'}: ${expected} expected.`,
  );
}

/** Converts a filter literal to the comparable stored form of a field (folded text, 0/1, ISO dates, ids). */
export function coerceLiteral(field: FieldDef | 'id' | 'ref', literal: LiteralNode): string | number {
  const v = literal.value;
  if (field === 'id' || field === 'ref') {
    const n = typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isInteger(n))
      throw invalidValue(literal, undefined, 'an integer id');
    return n;
  }
  switch (field.kind) {
    case 'Text':
    case 'Note':
    case 'Choice':
    case 'MultiChoice':
    case 'Guid':
      if (typeof v === 'string') return fold(v);
      if (typeof v === 'number') return String(v);
      throw invalidValue(literal, field, 'a text');
    case 'Number':
    case 'Currency':
    case 'Counter': {
      const n = typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v;
      if (typeof n !== 'number') throw invalidValue(literal, field, 'a number');
      return n;
    }
    case 'Boolean':
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (v === 1 || v === 0) return v;
      if (typeof v === 'string' && /^(true|false|1|0)$/i.test(v)) return /^(true|1)$/i.test(v) ? 1 : 0;
      throw invalidValue(literal, field, 'a boolean (true/false or 1/0)');
    case 'DateTime': {
      const date = typeof v === 'string' ? normalizeDate(v) : undefined;
      if (!date) throw invalidValue(literal, field, 'a date (ISO 8601)');
      return date;
    }
    case 'Lookup':
    case 'User':
      return coerceLiteral('ref', literal);
    case 'URL':
    case 'Computed':
    case 'Location':
      throw new BadRequestError(
        `The field '${field.internalName}' of type '${field.kind}' cannot be used in a query filter.`,
      );
  }
}

function assertFilterable(field: FieldDef): void {
  if (field.kind === 'Note') {
    throw new BadRequestError(
      `The field '${field.internalName}' of type 'Note' cannot be used in the query filter expression.`,
      '-1, Microsoft.SharePoint.SPException',
    );
  }
  if (field.kind === 'URL' || field.kind === 'Computed') {
    throw new BadRequestError(
      `The field '${field.internalName}' of type '${field.kind}' cannot be used in the query filter expression.`,
    );
  }
}

/** Compiles `$filter` trees to SQL over the `items` row aliased `i`. */
export class FilterCompiler {
  constructor(
    private readonly store: Store,
    private readonly schema: ListSchema,
    readonly params: SqlParams,
  ) {}

  /** SQL for a whole filter. */
  compile(node: FilterNode): string {
    switch (node.type) {
      case 'and':
        return `(${this.compile(node.left)} AND ${this.compile(node.right)})`;
      case 'or':
        return `(${this.compile(node.left)} OR ${this.compile(node.right)})`;
      case 'not':
        return `(NOT ${this.compile(node.operand)})`;
      case 'call':
        return this.call(node);
      case 'compare':
        return this.compare(node.op, node.left, node.right);
    }
  }

  /** Resolves a member path of the filter. */
  target(member: MemberNode): PathTarget {
    return resolvePath(this.store, this.schema, member.path);
  }

  private compare(op: CompareOp, left: OperandNode, right: OperandNode): string {
    if (left.type === 'call' || right.type === 'call') {
      const call = (left.type === 'call' ? left : right) as CallNode;
      const other = left.type === 'call' ? right : left;
      if (other.type !== 'literal' || other.kind !== 'boolean' || (op !== 'eq' && op !== 'ne')) {
        throw new BadRequestError(`A function result can only be compared with true or false (eq/ne).`);
      }
      const positive = (op === 'eq') === other.value;
      return positive ? this.call(call) : `(NOT ${this.call(call)})`;
    }
    if (left.type === 'literal' && right.type === 'member') return this.compare(FLIP[op], right, left);
    if (left.type !== 'member' || right.type !== 'literal') {
      throw new BadRequestError(
        "The emulator supports comparisons of a field with a literal value (e.g. Title eq 'x'), not of two fields or two literals.",
      );
    }
    const target = this.target(left);
    return this.comparison(target, op, right);
  }

  private comparison(target: PathTarget, op: CompareOp, literal: LiteralNode): string {
    const p = this.params;
    if (literal.kind === 'null') {
      if (op !== 'eq' && op !== 'ne')
        throw new BadRequestError(`The operator '${op}' cannot be used with null.`);
      const isNull = this.nullTest(target);
      return op === 'eq' ? isNull : `(NOT ${isNull})`;
    }
    switch (target.kind) {
      case 'id':
        return `i.item_id ${SQL_OP[op]} ${p.add(coerceLiteral('id', literal))}`;
      case 'nav':
        throw new BadRequestError(
          `Filter on the lookup '${target.field.internalName}' by its id ('${target.field.internalName}Id' or '${target.field.internalName}/Id') or a projected field ('${target.field.internalName}/Title').`,
        );
      case 'value': {
        const field = target.field;
        assertFilterable(field);
        const value = coerceLiteral(field, literal);
        const expr = valueExpr('i', field);
        if (field.kind === 'MultiChoice') return this.anyElement(field, op, value, true);
        const cmp = isTextKind(field) ? `sp_fold(${expr})` : expr;
        if (op === 'ne') return `(${expr} IS NULL OR ${cmp} <> ${p.add(value)})`;
        return `${cmp} ${SQL_OP[op]} ${p.add(value)}`;
      }
      case 'refId': {
        const value = coerceLiteral('ref', literal);
        if (isMultiValued(target.field)) return this.anyElement(target.field, op, value, false);
        const expr = valueExpr('i', target.field);
        if (op === 'ne') return `(${expr} IS NULL OR ${expr} <> ${p.add(value)})`;
        return `${expr} ${SQL_OP[op]} ${p.add(value)}`;
      }
      case 'lookupProjection':
      case 'userProjection': {
        const inner = this.projectionQuery(target, op === 'ne' ? 'eq' : op, literal);
        const matched = this.refIn(target.field, inner);
        return op === 'ne' ? `(NOT ${matched})` : matched;
      }
    }
  }

  private anyElement(field: FieldDef, op: CompareOp, value: string | number, text: boolean): string {
    if (op !== 'eq' && op !== 'ne') {
      throw new BadRequestError(
        `Only eq and ne can be used on the multi-value field '${field.internalName}'.`,
      );
    }
    const cmp = text ? 'sp_fold(je.value)' : 'je.value';
    const exists = `EXISTS (SELECT 1 FROM json_each(i.data, ${jsonPath(field)}) je WHERE ${cmp} = ${this.params.add(value)})`;
    return op === 'eq' ? exists : `(NOT ${exists})`;
  }

  private refIn(field: FieldDef, inner: string): string {
    if (isMultiValued(field)) {
      return `EXISTS (SELECT 1 FROM json_each(i.data, ${jsonPath(field)}) je WHERE je.value IN (${inner}))`;
    }
    return `${valueExpr('i', field)} IN (${inner})`;
  }

  private projectionQuery(
    target: Extract<PathTarget, { kind: 'lookupProjection' | 'userProjection' }>,
    op: CompareOp,
    literal: LiteralNode,
    call?: 'startswith' | 'substringof',
  ): string {
    const p = this.params;
    if (target.kind === 'userProjection') {
      if (typeof literal.value !== 'string') throw invalidValue(literal, target.field, 'a text');
      const col = `sp_fold(p.${target.column})`;
      const cond = call
        ? `${call === 'startswith' ? 'sp_startswith' : 'sp_contains'}(p.${target.column}, ${p.add(literal.value)})`
        : `${col} ${SQL_OP[op]} ${p.add(fold(literal.value))}`;
      return `SELECT p.id FROM principals p WHERE ${cond}`;
    }
    assertFilterable(target.target);
    const expr = valueExpr('t', target.target);
    let cond: string;
    if (call) {
      if (!isTextKind(target.target)) throw new BadRequestError(`The function '${call}' needs a text field.`);
      cond = `${call === 'startswith' ? 'sp_startswith' : 'sp_contains'}(${expr}, ${p.add(String(literal.value))})`;
    } else {
      const value = coerceLiteral(target.target.internalName === 'ID' ? 'id' : target.target, literal);
      const cmp = isTextKind(target.target) ? `sp_fold(${expr})` : expr;
      cond = `${cmp} ${SQL_OP[op]} ${p.add(value)}`;
    }
    return `SELECT t.item_id FROM items t WHERE t.list_id = ${p.add(target.targetSchema.list.id)} AND ${cond}`;
  }

  private nullTest(target: PathTarget): string {
    switch (target.kind) {
      case 'id':
        return '0';
      case 'nav':
      case 'refId':
      case 'value': {
        const field = target.field;
        if (target.kind === 'value') assertFilterable(field);
        if (isMultiValued(field)) return `coalesce(json_array_length(i.data, ${jsonPath(field)}), 0) = 0`;
        const expr = valueExpr('i', field);
        return isTextKind(field) ? `(${expr} IS NULL OR ${expr} = '')` : `${expr} IS NULL`;
      }
      case 'lookupProjection':
      case 'userProjection': {
        const notNull =
          target.kind === 'userProjection'
            ? `SELECT p.id FROM principals p WHERE p.${target.column} IS NOT NULL AND p.${target.column} <> ''`
            : `SELECT t.item_id FROM items t WHERE t.list_id = ${this.params.add(target.targetSchema.list.id)} AND ${valueExpr('t', target.target)} IS NOT NULL`;
        return `(NOT ${this.refIn(target.field, notNull)})`;
      }
    }
  }

  private call(node: CallNode): string {
    const [a, b] = node.args as [OperandNode, OperandNode];
    const member = node.name === 'startswith' ? a : b;
    const literal = node.name === 'startswith' ? b : a;
    if (member.type !== 'member' || literal.type !== 'literal' || typeof literal.value !== 'string') {
      throw new BadRequestError(
        node.name === 'startswith'
          ? "startswith takes a field and a text: startswith(Title, 'abc')."
          : "substringof takes a text and a field: substringof('abc', Title).",
      );
    }
    const fn = node.name === 'startswith' ? 'sp_startswith' : 'sp_contains';
    const target = this.target(member);
    switch (target.kind) {
      case 'value': {
        assertFilterable(target.field);
        if (!isTextKind(target.field)) {
          throw new BadRequestError(
            `The function '${node.name}' needs a text field; '${target.field.internalName}' is ${target.field.kind}.`,
          );
        }
        if (target.field.kind === 'MultiChoice') {
          return `EXISTS (SELECT 1 FROM json_each(i.data, ${jsonPath(target.field)}) je WHERE ${fn}(je.value, ${this.params.add(literal.value)}))`;
        }
        return `${fn}(${valueExpr('i', target.field)}, ${this.params.add(literal.value)})`;
      }
      case 'lookupProjection':
      case 'userProjection':
        return this.refIn(target.field, this.projectionQuery(target, 'eq', literal, node.name));
      default:
        throw new BadRequestError(`The function '${node.name}' needs a text field.`);
    }
  }
}
