import { BadRequestError } from '../errors/sp-errors.js';
import type { CompareOp, FilterNode, LiteralNode, OperandNode } from './filter-ast.js';
import { invalidExpression, tokenize, type Token } from './lexer.js';

const COMPARE_OPS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
const ARITHMETIC_OPS = new Set(['add', 'sub', 'mul', 'div', 'mod', 'has', 'in']);
const SUPPORTED_FUNCTIONS = new Set(['startswith', 'substringof']);
const MAX_DEPTH = 100;
/** Most comparisons one filter may hold (SQLite's expression depth is limited too). */
const MAX_CLAUSES = 200;

/** Resolves `@alias` parameters used inside expressions. */
export type AliasResolver = (name: string) => LiteralNode | undefined;

class FilterParser {
  private pos = 0;
  private depth = 0;
  private clauses = 0;
  private readonly tokens: Token[];

  constructor(
    private readonly source: string,
    private readonly aliases: AliasResolver,
  ) {
    this.tokens = tokenize(source);
  }

  parse(): FilterNode {
    if (this.tokens.length === 0) throw invalidExpression(this.source, 'The expression is empty.');
    const node = this.parseOr();
    const extra = this.tokens[this.pos];
    if (extra)
      throw invalidExpression(this.source, `Unexpected '${tokenText(extra)}' at position ${extra.pos}.`);
    return node;
  }

  private peekWord(): string | undefined {
    const t = this.tokens[this.pos];
    return t?.kind === 'ident' ? t.value.toLowerCase() : undefined;
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.peekWord() === 'or') {
      this.pos++;
      left = { type: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (this.peekWord() === 'and') {
      this.pos++;
      left = { type: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FilterNode {
    if (++this.depth > MAX_DEPTH)
      throw invalidExpression(this.source, 'The expression is nested too deeply.');
    try {
      if (this.peekWord() === 'not') {
        this.pos++;
        return { type: 'not', operand: this.parseUnary() };
      }
      return this.parseComparison();
    } finally {
      this.depth--;
    }
  }

  private parseComparison(): FilterNode {
    const t = this.tokens[this.pos];
    if (t?.kind === 'punct' && t.value === '(') {
      this.pos++;
      const inner = this.parseOr();
      this.expectPunct(')');
      return inner;
    }
    if (++this.clauses > MAX_CLAUSES) {
      throw invalidExpression(
        this.source,
        `The filter has more than ${MAX_CLAUSES} comparisons; the query is too complex.`,
      );
    }
    const left = this.parseOperand();
    const word = this.peekWord();
    if (word && COMPARE_OPS.has(word)) {
      this.pos++;
      const right = this.parseOperand();
      return { type: 'compare', op: word as CompareOp, left, right };
    }
    if (word && ARITHMETIC_OPS.has(word)) {
      throw new BadRequestError(
        `The operator '${word}' is not supported in $filter by SharePoint or the emulator.`,
      );
    }
    if (left.type === 'call') return left;
    const next = this.tokens[this.pos];
    throw invalidExpression(
      this.source,
      next
        ? `Expected a comparison operator (eq, ne, lt, le, gt, ge) at position ${next.pos}, found '${tokenText(next)}'.`
        : 'The expression ends where a comparison operator (eq, ne, lt, le, gt, ge) was expected.',
    );
  }

  private expectPunct(value: string): void {
    const t = this.tokens[this.pos];
    if (t?.kind !== 'punct' || t.value !== value) {
      throw invalidExpression(
        this.source,
        t
          ? `Expected '${value}' at position ${t.pos}, found '${tokenText(t)}'.`
          : `Expected '${value}' at the end.`,
      );
    }
    this.pos++;
  }

  private parseOperand(): OperandNode {
    const t = this.tokens[this.pos];
    if (!t)
      throw invalidExpression(this.source, 'The expression ends where a value or property was expected.');
    this.pos++;
    switch (t.kind) {
      case 'string':
        return { type: 'literal', kind: 'string', value: t.value };
      case 'number':
        return { type: 'literal', kind: 'number', value: t.value };
      case 'typed':
        if (t.type === 'datetime' || t.type === 'datetimeoffset') {
          return { type: 'literal', kind: 'datetime', value: t.value };
        }
        if (t.type === 'guid') return { type: 'literal', kind: 'guid', value: t.value };
        throw new BadRequestError(
          `The literal type '${t.type}' is not supported in $filter by the emulator.`,
        );
      case 'alias': {
        const value = this.aliases(t.value);
        if (!value) throw invalidExpression(this.source, `The parameter alias '${t.value}' has no value.`);
        return value;
      }
      case 'punct':
        throw invalidExpression(this.source, `Unexpected '${t.value}' at position ${t.pos}.`);
      case 'ident':
        return this.parseIdentifier(t.value, t.pos);
    }
  }

  private parseIdentifier(word: string, pos: number): OperandNode {
    const lower = word.toLowerCase();
    if (lower === 'true' || lower === 'false')
      return { type: 'literal', kind: 'boolean', value: lower === 'true' };
    if (lower === 'null') return { type: 'literal', kind: 'null', value: null };
    const next = this.tokens[this.pos];
    if (next?.kind === 'punct' && next.value === '(') {
      if (!SUPPORTED_FUNCTIONS.has(lower)) {
        throw new BadRequestError(
          `The function '${word}' is not supported in $filter (SharePoint and the emulator support startswith and substringof).`,
        );
      }
      this.pos++;
      const args: OperandNode[] = [];
      for (;;) {
        args.push(this.parseOperand());
        const sep = this.tokens[this.pos];
        if (sep?.kind === 'punct' && sep.value === ',') {
          this.pos++;
          continue;
        }
        break;
      }
      this.expectPunct(')');
      if (args.length !== 2) {
        throw invalidExpression(this.source, `The function '${word}' takes 2 arguments, not ${args.length}.`);
      }
      return { type: 'call', name: lower as 'startswith' | 'substringof', args };
    }
    const path = [word];
    while (
      this.tokens[this.pos]?.kind === 'punct' &&
      (this.tokens[this.pos] as { value: string }).value === '/'
    ) {
      this.pos++;
      const part = this.tokens[this.pos];
      if (part?.kind !== 'ident') {
        throw invalidExpression(this.source, `A property name was expected after '/' at position ${pos}.`);
      }
      path.push(part.value);
      this.pos++;
    }
    return { type: 'member', path };
  }
}

function tokenText(t: Token): string {
  switch (t.kind) {
    case 'string':
      return `'${t.value}'`;
    case 'typed':
      return `${t.type}'${t.value}'`;
    default:
      return String(t.value);
  }
}

/** Parses a `$filter` value into an expression tree; throws a 400 SharePoint error when it is invalid or unsupported. */
export function parseFilter(source: string, aliases: AliasResolver = () => undefined): FilterNode {
  return new FilterParser(source, aliases).parse();
}

/** Parses a literal written in a URL (path argument or alias value): `'text'`, `5`, `true`, `guid'…'`. */
export function parseLiteral(source: string): LiteralNode | undefined {
  let tokens: Token[];
  try {
    tokens = tokenize(source);
  } catch (error) {
    if (error instanceof BadRequestError) return undefined;
    throw error;
  }
  if (tokens.length !== 1) return undefined;
  const t = tokens[0] as Token;
  if (t.kind === 'string') return { type: 'literal', kind: 'string', value: t.value };
  if (t.kind === 'number') return { type: 'literal', kind: 'number', value: t.value };
  if (t.kind === 'typed')
    return { type: 'literal', kind: t.type === 'guid' ? 'guid' : 'datetime', value: t.value };
  if (t.kind === 'ident') {
    const lower = t.value.toLowerCase();
    if (lower === 'true' || lower === 'false')
      return { type: 'literal', kind: 'boolean', value: lower === 'true' };
    if (lower === 'null') return { type: 'literal', kind: 'null', value: null };
  }
  return undefined;
}
